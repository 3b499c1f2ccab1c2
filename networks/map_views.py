"""The network map's pages: the map of chosen actors and an actor's own map."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from networks import map_export, network_map
from networks.filters import ChangesForm, FocusForm, MapFilterForm
from networks.models import Actor, Role, Tie
from networks.views import NETWORKS_ONLY, filter_form
from portal import caching
from portal.csv_export import csv_response

# A large map's page stays light (a thousand actors and their ties weighed 3 MB, and the
# cached page answered 48 requests a second): beyond INLINE_ACTORS the picture is a file of
# its own, and beyond these many rows a table or list shows its first ones; the map's CSV,
# GraphML and GEXF files hold them all.
INLINE_ACTORS = 300
TIES_IN_TABLE = 300
ROWS_SHOWN = 100
ITEMS_SHOWN = 30


@dataclass(frozen=True)
class Part:
    """The first items of a list, and how many more there are."""

    items: list
    more: int = 0


def first(items, limit) -> Part:
    items = list(items)
    return Part(items[:limit], max(0, len(items) - limit))


def actor_rows(drawn, actor_by_pk, limit) -> Part:
    """The actors' rows by name; beyond `limit`, those with the most ties."""
    rows = [(actor_by_pk[pk], stats) for pk, stats in drawn.analysis.by_actor.items()]
    if len(rows) <= limit:
        return Part(rows)
    # sorted() is stable: among equals the rows stay in order by name.
    most_tied = sorted(rows, key=lambda row: -row[1].degree)[:limit]
    order = {pk: index for index, pk in enumerate(drawn.analysis.by_actor)}
    return Part(sorted(most_tied, key=lambda row: order[row[0].pk]), len(rows) - limit)


def chosen_actors(form):
    """The actors that the map's filters select on the form's day, as a queryset."""
    day = form.day()
    actors = network_map.present_on(Actor.objects.all(), day)
    if form.is_valid():
        if path := form.cleaned_data["path"]:
            roles = Role.objects.valid_on(day).filter(actor=OuterRef("pk"), stage__path=path)
            actors = actors.filter(Exists(roles))
        if network := form.cleaned_data["network"]:
            actors = actors.filter(networks=network)
        if sub_region := form.cleaned_data["sub_region"]:
            actors = actors.filter(municipalities__sub_region=sub_region)
    return actors


def render_body(drawn: network_map.NetworkMap, downloads=None, **context) -> str:
    """The picture, the analysis and the tables, as HTML. A map with files to download
    (the whole map, not an actor's) shows the first rows of long tables and lists."""
    actor_by_pk = {actor.pk: actor for actor in drawn.actors}
    analysis = drawn.analysis
    rows, items = (ROWS_SHOWN, ITEMS_SHOWN) if downloads else (len(drawn.actors) + 1,) * 2
    return render_to_string(
        "networks/includes/network_map_body.html",
        {
            "picture": drawn.picture,
            "actors": drawn.actors,
            "ties": drawn.ties,
            "analysis": analysis,
            "actor_rows": actor_rows(drawn, actor_by_pk, rows),
            "communities": [
                (number, first((actor_by_pk[pk] for pk in members), items))
                for number, members in enumerate(analysis.communities, start=1)
            ],
            "bridges": first(((actor_by_pk[b.pk], b) for b in analysis.bridges), items),
            "isolated": first((actor_by_pk[pk] for pk in analysis.isolated), items),
            "one_way": first(
                ((actor_by_pk[s], actor_by_pk[t]) for s, t in analysis.one_way), items
            ),
            "ties_in_table": not downloads or len(drawn.ties) <= TIES_IN_TABLE,
            "downloads": downloads,
            **context,
        },
    )


def chosen_network(form):
    """The chosen actors and the ties between them in force on the form's day."""
    actor_pks = list(chosen_actors(form).order_by().values_list("pk", flat=True).distinct())
    return network_map.load(actor_pks, form.day())


def downloads(query_string: str) -> list[tuple[str, str]]:
    """The map as chosen, as files: its ties for a spreadsheet, the whole network for
    network analysis tools."""
    files = [
        (_("The map as a picture (SVG)"), "networks:map-svg"),
        (_("The ties on the map as a CSV file"), "networks:map-ties-csv"),
        (_("The map as GraphML (yEd, Cytoscape)"), "networks:map-graphml"),
        (_("The map as GEXF (Gephi)"), "networks:map-gexf"),
    ]
    suffix = f"?{query_string}" if query_string else ""
    return [(label, reverse(name) + suffix) for label, name in files]


def whole_map(form, *, inline_only=False) -> network_map.NetworkMap:
    """The chosen actors' map, grouped by type; with `inline_only`, its picture is drawn
    only when the page shows it (laying out a thousand actors for nothing took a second)."""
    actors, ties = chosen_network(form)
    groups, order, titles = network_map.by_type(actors)
    return network_map.draw(
        actors,
        ties,
        size_by=form.size_by(),
        groups=groups,
        group_order=order,
        region_titles=titles,
        title=_("Network map"),
        with_picture=not inline_only or len(actors) <= INLINE_ACTORS,
    )


def map_body(form, query_string: str) -> str:
    drawn = whole_map(form, inline_only=True)
    return render_body(drawn, downloads=downloads(query_string))


@caching.query_parameters(form=MapFilterForm)
def network_map_page(request):
    form = MapFilterForm(request.GET or None)
    # Analysing and drawing a thousand actors takes a second: kept until the networks app's
    # content changes (edits of practices leave it be).
    body = caching.cached_html(
        "network-map",
        (sorted(request.GET.lists()), form.day()),
        lambda: map_body(form, request.GET.urlencode()),
        apps=NETWORKS_ONLY,
    )
    filters = filter_form(request, form, _("Filter the map"), "map-filter-heading")
    return render(request, "networks/network_map.html", {"filters": filters, "map_body": body})


def neighbourhood(actor: Actor, steps: int, day) -> dict[int, int]:
    """The actors within `steps` ties of `actor` (either way, ties in force on `day`), each
    with its distance from it."""
    distance = {actor.pk: 0}
    frontier = {actor.pk}
    for step in range(1, steps + 1):
        ends = Tie.objects.valid_on(day).filter(Q(source__in=frontier) | Q(target__in=frontier))
        found = set()
        for source, target in ends.values_list("source_id", "target_id"):
            found.update((source, target))
        frontier = found - distance.keys()
        distance.update(dict.fromkeys(frontier, step))
    return distance


def distance_groups(distance: dict[int, int]) -> tuple[list, dict]:
    counts = {}
    for step in distance.values():
        counts[step] = counts.get(step, 0) + 1
    names = {0: _("The actor"), 1: _("Tied to it directly"), 2: _("Two steps away")}
    return [0, 1, 2], {step: f"{names[step]} ({counts[step]})" for step in counts}


def actor_map_body(actor: Actor, form: FocusForm) -> str:
    distance = neighbourhood(actor, form.step_count(), form.day())
    actors, ties = network_map.load(list(distance), form.day())
    order, titles = distance_groups(distance)
    drawn = network_map.draw(
        actors,
        ties,
        size_by=form.size_by(),
        groups=distance,
        group_order=order,
        region_titles=titles,
        title=_("Network map of %(actor)s") % {"actor": actor.name},
        focus=actor.pk,
    )
    return render_body(drawn, focus=actor)


@caching.query_parameters(form=FocusForm)
def actor_map_page(request, slug):
    actor = get_object_or_404(Actor.objects.only(*network_map.ACTOR_FIELDS), slug=slug)
    form = FocusForm(request.GET or None)
    body = caching.cached_html(
        "actor-map",
        (actor.pk, sorted(request.GET.lists()), form.day()),
        lambda: actor_map_body(actor, form),
        apps=NETWORKS_ONLY,
    )
    filters = filter_form(request, form, _("Change the map"), "map-filter-heading")
    return render(
        request,
        "networks/actor_map.html",
        {"actor": actor, "filters": filters, "map_body": body},
    )


@caching.query_parameters(form=MapFilterForm)
def network_map_ties_csv(request):
    """The ties of the map as chosen, for a spreadsheet."""
    actors, ties = chosen_network(MapFilterForm(request.GET or None))
    header = [_("From"), _("Kind of tie"), _("To"), _("Strength"), _("valid from"), _("valid to")]
    rows = (
        [
            tie.source.name,
            tie.kind_label,
            tie.target.name,
            tie.strength_label,
            tie.valid_from.isoformat() if tie.valid_from else "",
            tie.valid_to.isoformat() if tie.valid_to else "",
        ]
        for tie in ties
    )
    return csv_response(_("network-map-ties.csv"), header, rows)


def in_force(day) -> tuple[set, set]:
    """The actors on the map of a day and the ties then in force, as keys."""
    actors = set(network_map.present_on(Actor.objects.all(), day).values_list("pk", flat=True))
    ties = set(Tie.objects.valid_on(day).values_list("source_id", "target_id", "kind"))
    return actors, ties


def changes_between(earlier, later) -> dict:
    """The actors and ties added and gone between two days, by name."""
    actors_then, ties_then = in_force(earlier)
    actors_now, ties_now = in_force(later)
    ends = {pk for source, target, _kind in ties_then ^ ties_now for pk in (source, target)}
    named = Actor.objects.only(*network_map.ACTOR_FIELDS).in_bulk((actors_then ^ actors_now) | ends)
    kinds = dict(Tie.Kind.choices)

    def by_name(pks):
        return sorted((named[pk] for pk in pks), key=lambda actor: str(actor.name).casefold())

    def ties(keys):
        rows = [
            (named[source], kinds.get(kind, kind), named[target]) for source, target, kind in keys
        ]
        return sorted(
            rows, key=lambda row: (str(row[0].name).casefold(), str(row[2].name).casefold(), row[1])
        )

    return {
        "actors_added": by_name(actors_now - actors_then),
        "actors_gone": by_name(actors_then - actors_now),
        "ties_added": ties(ties_now - ties_then),
        "ties_gone": ties(ties_then - ties_now),
    }


@caching.query_parameters(form=ChangesForm)
def network_changes_page(request):
    form = ChangesForm(request.GET or None)
    earlier, later = form.days()
    body = caching.cached_html(
        "network-changes",
        (earlier, later),
        lambda: render_to_string(
            "networks/includes/network_changes_body.html",
            {"earlier": earlier, "later": later, **changes_between(earlier, later)},
        ),
        apps=NETWORKS_ONLY,
    )
    filters = filter_form(request, form, _("Compare two years"), "changes-filter-heading")
    return render(request, "networks/network_changes.html", {"filters": filters, "body": body})


@caching.query_parameters(form=MapFilterForm)
def network_map_file(request, file_format):
    """The map as chosen, as GraphML or GEXF."""
    actors, ties = chosen_network(MapFilterForm(request.GET or None))
    network = map_export.network_file(actors, ties, request.build_absolute_uri)
    content_type = map_export.FORMATS[file_format][0]
    response = HttpResponse(map_export.written(network, file_format), content_type=content_type)
    filename = _("network-map")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response


@caching.query_parameters(form=MapFilterForm)
def network_map_svg(request):
    """The map as chosen, as a picture of its own: a large map's is not drawn in its page."""
    form = MapFilterForm(request.GET or None)
    svg = caching.cached_html(
        "network-map-svg",
        (sorted(request.GET.lists()), form.day()),
        lambda: svg_of(form),
        apps=NETWORKS_ONLY,
    )
    return HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")


def svg_of(form) -> str:
    drawn = whole_map(form)
    return render_to_string("networks/includes/network_map_file.svg", {"picture": drawn.picture})
