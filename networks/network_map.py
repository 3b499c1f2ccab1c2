"""A network map of chosen actors, from the database to the picture: the actors and the ties
in force on a day, their analysis, each node's size and group, and the layout."""

import datetime
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import networkx as nx
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from networks import graph, map_drawing, map_layout
from networks.models import Actor, Role, Tie
from portal import addresses

# What a link to an actor needs: its address and its name in either language.
ACTOR_FIELDS = ("actor_type", "slug", "name", "name_fi", "name_sv")
SMALLEST, LARGEST = 7.0, 16.0
PLAIN_SIZE = 9.0


class SizeBy:
    """What a node's size tells."""

    DEGREE = "degree"
    BETWEENNESS = "betweenness"
    CLOSENESS = "closeness"
    NONE = "none"

    @staticmethod
    def choices():
        return [
            (SizeBy.DEGREE, _("Ties")),
            (SizeBy.BETWEENNESS, _("Bridging")),
            (SizeBy.CLOSENESS, _("Closeness")),
            (SizeBy.NONE, _("All the same size")),
        ]


@dataclass(frozen=True)
class NetworkMap:
    """A drawn map and everything its tables show."""

    actors: list  # Actor instances with .url and .type_label, by name
    ties: list  # MapTie rows, with .source, .target, .kind_label, .strength_label
    graph: nx.MultiDiGraph
    analysis: graph.NetworkAnalysis
    picture: map_drawing.Picture | None  # None: not drawn (too large for its page)


def present_on(actors, day: datetime.date):
    """The actors on the map of a day: those with a role or a tie in force then, and those
    with no role or tie recorded at all (nothing says when they were active)."""
    roles, ties_out, ties_in = Role.objects.all(), Tie.objects.all(), Tie.objects.all()
    of = OuterRef("pk")
    recorded = Q(Exists(roles.filter(actor=of))) | Q(Exists(ties_out.filter(source=of)))
    recorded |= Q(Exists(ties_in.filter(target=of)))
    in_force = Q(Exists(roles.valid_on(day).filter(actor=of)))
    in_force |= Q(Exists(ties_out.valid_on(day).filter(source=of)))
    in_force |= Q(Exists(ties_in.valid_on(day).filter(target=of)))
    return actors.filter(~recorded | in_force)


def labelled(actors: Iterable[Actor], ties: Iterable["MapTie"]):
    """Each actor's address and type and each tie's kind and strength in words, once: the
    tables name an actor several times, and a reversed URL or a choice's label made per
    cell cost more than the rest of the map."""
    types, kinds = dict(Actor.Type.choices), dict(Tie.Kind.choices)
    strengths = dict(Tie.Strength.choices)
    page_of, map_of = (
        addresses.by_slug("networks:actor-detail"),
        addresses.by_slug("networks:actor-map"),
    )
    for actor in actors:
        actor.url = page_of(actor.slug)
        actor.map_url = map_of(actor.slug)
        actor.type_label = types.get(actor.actor_type, actor.actor_type)
    for tie in ties:
        tie.kind_label = kinds.get(tie.kind, tie.kind)
        tie.strength_label = strengths.get(tie.strength, tie.strength)


@dataclass(slots=True)
class MapTie:
    """A tie as the map, its tables and its files read it: a plain row, not a model
    instance (five thousand Tie instances cost more than the whole analysis)."""

    source_id: int
    target_id: int
    kind: str
    strength: int
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    source: Actor | None = None
    target: Actor | None = None
    kind_label: str = ""
    strength_label: str = ""


def load(actor_pks, day: datetime.date):
    """The actors of `actor_pks` by name, and the ties in force on `day` between them."""
    by_pk = Actor.objects.only(*ACTOR_FIELDS).in_bulk(actor_pks)
    # Each name read once: the translated field's descriptor costs more than the sort.
    name_key = {pk: str(actor.name).casefold() for pk, actor in by_pk.items()}
    actors = sorted(by_pk.values(), key=lambda actor: (name_key[actor.pk], actor.pk))
    rows = (
        Tie.objects.valid_on(day)
        .filter(source__in=by_pk, target__in=by_pk)
        .order_by()
        .values_list("source_id", "target_id", "kind", "strength", "valid_from", "valid_to")
    )
    ties = [MapTie(*row, source=by_pk[row[0]], target=by_pk[row[1]]) for row in rows]
    ties.sort(key=lambda tie: (name_key[tie.source_id], name_key[tie.target_id], tie.kind))
    labelled(actors, ties)
    return actors, ties


def sizes(analysis: graph.NetworkAnalysis, size_by: str) -> dict[int, float]:
    """Each node's size: by the square root of the chosen figure, so that area follows it."""
    if size_by not in (SizeBy.DEGREE, SizeBy.BETWEENNESS, SizeBy.CLOSENESS):
        return dict.fromkeys(analysis.by_actor, PLAIN_SIZE)
    values = {pk: getattr(stats, size_by) for pk, stats in analysis.by_actor.items()}
    top = max(values.values(), default=0) or 1
    return {
        pk: round(SMALLEST + (LARGEST - SMALLEST) * math.sqrt(value / top), 1)
        for pk, value in values.items()
    }


def by_type(actors) -> tuple[dict, list, dict]:
    """Groups by actor type: each actor's group, the groups' order and their titles."""
    groups = {actor.pk: actor.actor_type for actor in actors}
    counts = {}
    for value in groups.values():
        counts[value] = counts.get(value, 0) + 1
    titles = {
        value: f"{label} ({counts[value]})"
        for value, label in Actor.Type.choices
        if value in counts
    }
    return groups, list(Actor.Type.values), titles


def draw(
    actors,
    ties,
    *,
    size_by: str,
    groups: Mapping[int, object],
    group_order,
    region_titles: Mapping,
    title: str,
    focus: int | None = None,
    with_picture: bool = True,
) -> NetworkMap:
    """The analysis and, unless told otherwise, the picture of loaded actors and ties."""
    network = graph.build_graph(actors, ties)
    analysis = graph.analyse(network)
    if not with_picture:
        return NetworkMap(actors, ties, network, analysis, None)
    size_of = sizes(analysis, size_by)
    nodes = [
        map_layout.NodeInput(actor.pk, str(actor.name), groups[actor.pk], size_of[actor.pk])
        for actor in actors
    ]
    layout = map_layout.layout(nodes, network.edges(), group_order)
    description = _("%(actors)d actors and %(ties)d ties. The same content is in the tables.") % {
        "actors": len(actors),
        "ties": len(ties),
    }
    picture = map_drawing.picture(
        network,
        layout,
        title=title,
        description=description,
        region_titles=region_titles,
        focus=focus,
    )
    return NetworkMap(actors, ties, network, analysis, picture)
