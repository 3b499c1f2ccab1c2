"""The network map's graph of actors and ties, its analysis and its layout."""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType

import networkx as nx

from networks.models import Actor, Tie

WIDTH, HEIGHT = 1000, 700
CENTRE_X, CENTRE_Y = WIDTH / 2, HEIGHT / 2
# The ring is narrower than the canvas so that labels beside the nodes still fit.
RADIUS_X, RADIUS_Y = 250, 290

TYPE_ORDER = {value: index for index, value in enumerate(Actor.Type.values)}


@dataclass(frozen=True)
class ActorStats:
    """What the analysis says about one actor."""

    degree: int  # distinct actors tied to or from this one
    in_degree: int  # distinct actors with a tie to this one
    out_degree: int  # distinct actors this one has a tie to
    betweenness: float  # normalised, on the undirected graph, rounded to 3 decimals


@dataclass(frozen=True)
class NetworkAnalysis:
    """The analysis of a network map; every sequence is in a fixed order."""

    by_actor: Mapping[int, ActorStats]  # actor pk -> stats, ordered by name, then pk
    isolated: tuple[int, ...]  # pks of actors with no ties, ordered by name, then pk
    one_way: tuple[tuple[int, int], ...]  # (source pk, target pk) with no tie back
    brokers: tuple[int, ...]  # pks with betweenness > 0, highest first


def build_graph(actors: Iterable[Actor], ties: Iterable[Tie]) -> nx.MultiDiGraph:
    """A directed multigraph of the actors, with one edge per tie between two of them."""
    graph = nx.MultiDiGraph()
    for actor in actors:
        graph.add_node(
            actor.pk,
            name=str(actor.name),
            actor_type=str(actor.actor_type),
            slug=actor.slug,
            url=actor.get_absolute_url(),
        )
    for tie in ties:
        source, target = tie.source_id, tie.target_id
        if source == target or source not in graph or target not in graph:
            continue
        kind = str(tie.kind)
        graph.add_edge(source, target, key=kind, kind=kind, strength=int(tie.strength))
    return graph


def sort_key(graph: nx.Graph, pk: int) -> tuple:
    """Order actors by name, then pk."""
    name = graph.nodes[pk].get("name", "")
    return (name.casefold(), name, pk)


def analyse(graph: nx.Graph, degrees: Mapping | None = None) -> NetworkAnalysis:
    """Ties, bridging, isolated actors and one-way ties; a pair of actors counts once.
    `degrees` (pk -> an object with degree, in_degree and out_degree) gives the ties counted
    in a larger selection than the graph drawn; bridging is always the graph's own."""
    directed = nx.DiGraph(graph)  # parallel ties of different kinds become one edge
    undirected = directed.to_undirected()
    betweenness = nx.betweenness_centrality(undirected)
    by_name = partial(sort_key, directed)
    by_actor = {
        pk: ActorStats(
            degree=degrees[pk].degree if degrees else undirected.degree(pk),
            in_degree=degrees[pk].in_degree if degrees else directed.in_degree(pk),
            out_degree=degrees[pk].out_degree if degrees else directed.out_degree(pk),
            betweenness=round(betweenness[pk], 3),
        )
        for pk in sorted(directed, key=by_name)
    }
    one_way = [(u, v) for u, v in directed.edges if not directed.has_edge(v, u)]
    # sorted() is stable, so brokers with equal values stay in order by name.
    brokers = sorted(
        (pk for pk, stats in by_actor.items() if stats.betweenness > 0),
        key=lambda pk: -by_actor[pk].betweenness,
    )
    return NetworkAnalysis(
        by_actor=MappingProxyType(by_actor),
        isolated=tuple(sorted(nx.isolates(undirected), key=by_name)),
        one_way=tuple(sorted(one_way, key=lambda pair: (by_name(pair[0]), by_name(pair[1])))),
        brokers=tuple(brokers),
    )


def most_connected(analysis: NetworkAnalysis, limit: int) -> frozenset[int] | None:
    """The `limit` actors tied to the most others (by name among equals), or None when
    there are no more than that."""
    if len(analysis.by_actor) <= limit:
        return None
    # sorted() is stable and by_actor is in order by name.
    ranked = sorted(analysis.by_actor, key=lambda pk: -analysis.by_actor[pk].degree)
    return frozenset(ranked[:limit])


def layout_key(graph: nx.Graph, pk: int) -> tuple:
    """Order actors by type, then name, then pk."""
    return (
        TYPE_ORDER.get(graph.nodes[pk].get("actor_type"), len(TYPE_ORDER)),
        *sort_key(graph, pk),
    )


def layout(graph: nx.Graph) -> dict[int, tuple[float, float]]:
    """Actors on a ring, grouped by type, with a gap between types; same input, same places."""
    # networkx's own layouts need numpy, which the project does not install.
    ordered = sorted(graph, key=lambda pk: layout_key(graph, pk))
    if len(ordered) == 1:
        return {ordered[0]: (CENTRE_X, CENTRE_Y)}
    slots, previous_type = [], None
    for pk in ordered:
        actor_type = layout_key(graph, pk)[0]
        if slots and actor_type != previous_type:
            slots.append(None)
        slots.append(pk)
        previous_type = actor_type
    if None in slots:
        slots.append(None)  # the gap between the last type and the first
    positions = {}
    for index, pk in enumerate(slots):
        if pk is not None:
            angle = -math.pi / 2 + 2 * math.pi * index / len(slots)
            positions[pk] = (
                round(CENTRE_X + RADIUS_X * math.cos(angle), 1),
                round(CENTRE_Y + RADIUS_Y * math.sin(angle), 1),
            )
    return positions
