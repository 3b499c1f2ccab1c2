"""The network map's pages: the map of chosen actors and an actor's own map."""

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

# Beyond this many ties the table lists none: the CSV file has them all (5,000 rows made a
# page of 4 MB), and each actor's own map lists its ties.
TIES_IN_TABLE = 500


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


def render_body(drawn: network_map.NetworkMap, **context) -> str:
    """The picture, the analysis and the tables, as HTML."""
    actor_by_pk = {actor.pk: actor for actor in drawn.actors}
    analysis = drawn.analysis
    return render_to_string(
        "networks/includes/network_map_body.html",
        {
            "picture": drawn.picture,
            "actors": drawn.actors,
            "ties": drawn.ties,
            "analysis": analysis,
            "actor_rows": [(actor_by_pk[pk], stats) for pk, stats in analysis.by_actor.items()],
            "communities": [
                (number, [actor_by_pk[pk] for pk in members])
                for number, members in enumerate(analysis.communities, start=1)
            ],
            "bridges": [(actor_by_pk[broker.pk], broker) for broker in analysis.bridges],
            "isolated": [actor_by_pk[pk] for pk in analysis.isolated],
            "one_way": [(actor_by_pk[s], actor_by_pk[t]) for s, t in analysis.one_way],
            "ties_in_table": len(drawn.ties) <= TIES_IN_TABLE,
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
        (_("The ties on the map as a CSV file"), "networks:map-ties-csv"),
        (_("The map as GraphML (yEd, Cytoscape)"), "networks:map-graphml"),
        (_("The map as GEXF (Gephi)"), "networks:map-gexf"),
    ]
    suffix = f"?{query_string}" if query_string else ""
    return [(label, reverse(name) + suffix) for label, name in files]


def map_body(form, query_string: str) -> str:
    actors, ties = chosen_network(form)
    groups, order, titles = network_map.by_type(actors)
    drawn = network_map.draw(
        actors,
        ties,
        size_by=form.size_by(),
        groups=groups,
        group_order=order,
        region_titles=titles,
        title=_("Network map"),
    )
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
