"""The network map: a graph of actors and ties, its analysis, its layout and its SVG picture."""

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType

import networkx as nx
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst

from networks.models import Actor, Tie

WIDTH, HEIGHT = 1000, 700
CENTRE_X, CENTRE_Y = WIDTH / 2, HEIGHT / 2
# The ring is narrower than the canvas so that labels beside the nodes still fit.
RADIUS_X, RADIUS_Y = 250, 290
NODE_SIZE = 10
LABEL_GAP = 14
LABEL_MAX_CHARS = 30
EDGE_GAP = 8
ARROW_LENGTH = 10
TEXT_COLOUR = "#1a1a1a"
LEGEND_ROW = 24
LEGEND_COLUMNS = (30, 370, 720)

# Shape and colour per actor type: the shape alone tells the type apart, so colour is a second
# cue, not the only one. Every colour has at least 3:1 contrast against white.
ACTOR_TYPE_STYLES = {
    Actor.Type.MUNICIPALITY: ("circle", "#1f5fa8"),
    Actor.Type.WELLBEING_COUNTY: ("square", "#b3261e"),
    Actor.Type.STATE_AUTHORITY: ("diamond", "#5b3e96"),
    Actor.Type.EMPLOYMENT_SERVICES: ("triangle", "#0f7b6c"),
    Actor.Type.EDUCATION: ("hexagon", "#9a5b00"),
    Actor.Type.NGO: ("pentagon", "#2e7d32"),
    Actor.Type.EMPLOYER: ("triangle-down", "#8e3b6f"),
    Actor.Type.PROJECT: ("star", "#46535e"),
    Actor.Type.OTHER: ("cross", "#6b6400"),
}

# Dash pattern and colour per kind of tie: the dash pattern alone tells the kind apart.
TIE_KIND_STYLES = {
    Tie.Kind.REFERS: ("", "#222222"),
    Tie.Kind.COOPERATES: ("8 5", "#0b5394"),
    Tie.Kind.FUNDS: ("2 4", "#7a4b00"),
    Tie.Kind.CONTRACTS: ("10 4 2 4", "#6a1b9a"),
    Tie.Kind.INFORMS: ("10 4 2 4 2 4", "#00695c"),
}

STRENGTH_WIDTHS = {Tie.Strength.WEAK: 1.2, Tie.Strength.MODERATE: 2.4, Tie.Strength.STRONG: 4.0}

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


def analyse(graph: nx.Graph) -> NetworkAnalysis:
    """Ties, bridging, isolated actors and one-way ties; a pair of actors counts once."""
    directed = nx.DiGraph(graph)  # parallel ties of different kinds become one edge
    undirected = directed.to_undirected()
    betweenness = nx.betweenness_centrality(undirected)
    by_name = partial(sort_key, directed)
    by_actor = {
        pk: ActorStats(
            degree=undirected.degree(pk),
            in_degree=directed.in_degree(pk),
            out_degree=directed.out_degree(pk),
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


def render_svg(
    graph: nx.Graph,
    positions: Mapping[int, tuple[float, float]],
    *,
    title: str,
    description: str,
    labels: Mapping[str, str] | None = None,
    id_prefix: str = "netmap",
) -> SafeString:
    """The map as an inline SVG picture with a legend, without inline styles."""
    labels = labels or {}
    legend, legend_height = svg_legend(graph, labels, id_prefix)
    height = HEIGHT + legend_height
    prefix = escape(id_prefix)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="group" '
        f'aria-labelledby="{prefix}-title {prefix}-desc" '
        f'font-family="system-ui, sans-serif" font-size="13">',
        f'<title id="{prefix}-title">{escape(str(title))}</title>',
        f'<desc id="{prefix}-desc">{escape(str(description))}</desc>',
        svg_markers(present_kinds(graph), id_prefix),
        *svg_edges(graph, positions, labels, id_prefix),
        *svg_nodes(graph, positions, labels),
        legend,
        "</svg>",
    ]
    return mark_safe("\n".join(parts))  # noqa: S308 - every text and attribute was escaped above


def number(value: float) -> str:
    """A coordinate with one decimal, never "-0.0"."""
    return f"{round(value, 1) + 0.0:.1f}"


def choice_label(choices, value, labels: Mapping[str, str]) -> str:
    """The label of a choice in the active language, unless the caller gave one."""
    if str(value) in labels:
        return str(labels[str(value)])
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


def actor_style(actor_type: str) -> tuple[str, str]:
    """The shape and colour of an actor type; unknown types look like "other"."""
    return ACTOR_TYPE_STYLES.get(actor_type, ACTOR_TYPE_STYLES[Actor.Type.OTHER])


def tie_style(kind: str) -> tuple[str, str]:
    """The dash pattern and colour of a kind of tie; unknown kinds are solid."""
    return TIE_KIND_STYLES.get(kind, TIE_KIND_STYLES[Tie.Kind.REFERS])


def present_types(graph: nx.Graph) -> list[str]:
    """The actor types on the map, in the order of the choices."""
    found = {data.get("actor_type") for _pk, data in graph.nodes(data=True)}
    return sorted(found, key=lambda value: (TYPE_ORDER.get(value, len(TYPE_ORDER)), value))


def present_kinds(graph: nx.Graph) -> list[str]:
    """The kinds of tie on the map, in the order of the choices."""
    order = {value: index for index, value in enumerate(Tie.Kind.values)}
    found = {data["kind"] for _u, _v, data in graph.edges(data=True)}
    return sorted(found, key=lambda value: (order.get(value, len(order)), value))


def present_strengths(graph: nx.Graph) -> list[int]:
    """The strengths of tie on the map, weakest first."""
    return sorted({data["strength"] for _u, _v, data in graph.edges(data=True)})


def polygon(x: float, y: float, radius: float, corners: int, start_degrees: float) -> list:
    """The corners of a regular polygon around a point."""
    return [
        (
            x + radius * math.cos(math.radians(start_degrees + 360 * i / corners)),
            y + radius * math.sin(math.radians(start_degrees + 360 * i / corners)),
        )
        for i in range(corners)
    ]


def shape_points(shape: str, x: float, y: float, size: float) -> list:
    """The corners of a polygonal node shape."""
    if shape == "diamond":
        return polygon(x, y, size * 1.3, 4, -90)
    if shape == "triangle":
        return polygon(x, y, size * 1.35, 3, -90)
    if shape == "triangle-down":
        return polygon(x, y, size * 1.35, 3, 90)
    if shape == "hexagon":
        return polygon(x, y, size * 1.15, 6, 0)
    if shape == "pentagon":
        return polygon(x, y, size * 1.2, 5, -90)
    if shape == "star":
        outer = polygon(x, y, size * 1.45, 5, -90)
        inner = polygon(x, y, size * 0.6, 5, -54)
        return [corner for pair in zip(outer, inner, strict=True) for corner in pair]
    # A plus sign: the arms are narrow enough that it never reads as a square.
    arm, half = size * 1.2, size * 0.4
    steps = [(-half, -arm), (half, -arm), (half, -half), (arm, -half), (arm, half), (half, half)]
    steps += [(half, arm), (-half, arm), (-half, half), (-arm, half), (-arm, -half), (-half, -half)]
    return [(x + dx, y + dy) for dx, dy in steps]


def svg_shape(actor_type: str, x: float, y: float, size: float = NODE_SIZE) -> str:
    """The shape of an actor type, filled with its colour."""
    shape, colour = actor_style(actor_type)
    paint = f'fill="{colour}" stroke="#ffffff" stroke-width="1.5"'
    if shape == "circle":
        return f'<circle cx="{number(x)}" cy="{number(y)}" r="{number(size)}" {paint}/>'
    if shape == "square":
        side = size * 1.75
        return (
            f'<rect x="{number(x - side / 2)}" y="{number(y - side / 2)}" '
            f'width="{number(side)}" height="{number(side)}" {paint}/>'
        )
    points = " ".join(f"{number(px)},{number(py)}" for px, py in shape_points(shape, x, y, size))
    return f'<polygon points="{points}" {paint}/>'


def svg_markers(kinds: Iterable[str], id_prefix: str) -> str:
    """One arrowhead per kind of tie, in the kind's colour."""
    markers = []
    for kind in kinds:
        _dashes, colour = tie_style(kind)
        markers.append(
            f'<marker id="{escape(id_prefix)}-arrow-{escape(kind)}" viewBox="0 0 10 10" '
            f'refX="0" refY="5" markerWidth="{ARROW_LENGTH}" markerHeight="{ARROW_LENGTH}" '
            f'markerUnits="userSpaceOnUse" orient="auto">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        )
    return "<defs>" + "".join(markers) + "</defs>"


def line_attributes(kind: str, strength: int, id_prefix: str) -> str:
    """The stroke of a tie: dashes and colour by kind, width by strength."""
    dashes, colour = tie_style(kind)
    width = STRENGTH_WIDTHS.get(strength, STRENGTH_WIDTHS[Tie.Strength.MODERATE])
    attributes = f'stroke="{colour}" stroke-width="{width}"'
    if dashes:
        attributes += f' stroke-dasharray="{dashes}"'
    return attributes + f' marker-end="url(#{escape(id_prefix)}-arrow-{escape(kind)})"'


def sorted_edges(graph: nx.Graph) -> list[tuple[int, int, dict]]:
    """All ties, ordered by source, target and kind."""
    return sorted(
        graph.edges(data=True),
        key=lambda edge: (sort_key(graph, edge[0]), sort_key(graph, edge[1]), edge[2]["kind"]),
    )


def edge_offsets(graph: nx.Graph) -> dict[tuple[int, int, str], float]:
    """How far each tie is moved sideways so that ties between the same pair do not overlap."""
    by_pair = defaultdict(list)
    for u, v, data in sorted_edges(graph):
        by_pair[frozenset((u, v))].append((u, v, data["kind"]))
    offsets = {}
    for edges in by_pair.values():
        for index, (u, v, kind) in enumerate(edges):
            offset = (index - (len(edges) - 1) / 2) * EDGE_GAP
            # Measured from the same side of the pair whichever way the tie runs.
            flipped = sort_key(graph, u) > sort_key(graph, v)
            offsets[(u, v, kind)] = -offset if flipped else offset
    return offsets


def edge_ends(start, end, offset: float) -> tuple[float, float, float, float]:
    """Where a tie's line starts and stops: off the nodes, leaving room for the arrowhead."""
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    nx_, ny = -uy * offset, ux * offset
    head = NODE_SIZE + 3
    tail = NODE_SIZE + 3 + ARROW_LENGTH
    return (x1 + ux * head + nx_, y1 + uy * head + ny, x2 - ux * tail + nx_, y2 - uy * tail + ny)


def svg_edges(graph, positions, labels, id_prefix) -> list[str]:
    """One line per tie, with a tooltip saying who, what and how strong."""
    offsets = edge_offsets(graph)
    lines = []
    for u, v, data in sorted_edges(graph):
        kind, strength = data["kind"], data["strength"]
        x1, y1, x2, y2 = edge_ends(positions[u], positions[v], offsets[(u, v, kind)])
        tooltip = "{} → {}: {} ({})".format(
            graph.nodes[u]["name"],
            graph.nodes[v]["name"],
            choice_label(Tie.Kind, kind, labels),
            choice_label(Tie.Strength, strength, labels),
        )
        lines.append(
            f'<line data-tie="{u}-{v}-{escape(kind)}" x1="{number(x1)}" y1="{number(y1)}" '
            f'x2="{number(x2)}" y2="{number(y2)}" {line_attributes(kind, strength, id_prefix)}>'
            f"<title>{escape(tooltip)}</title></line>"
        )
    return lines


def short_label(name: str) -> str:
    """A name short enough to fit beside its node; the full name is in the tooltip."""
    if len(name) <= LABEL_MAX_CHARS:
        return name
    return name[: LABEL_MAX_CHARS - 1].rstrip() + "…"


def svg_label(name: str, x: float, y: float) -> str:
    """A node's name, on the outer side of the ring so it does not cover the ties."""
    if x > CENTRE_X + 1:
        anchor, tx, ty = "start", x + LABEL_GAP, y
    elif x < CENTRE_X - 1:
        anchor, tx, ty = "end", x - LABEL_GAP, y
    elif y <= CENTRE_Y:
        anchor, tx, ty = "middle", x, y - LABEL_GAP - 6
    else:
        anchor, tx, ty = "middle", x, y + LABEL_GAP + 6
    # A white outline behind the letters keeps them legible where they cross a line.
    return (
        f'<text x="{number(tx)}" y="{number(ty)}" text-anchor="{anchor}" '
        f'dominant-baseline="central" fill="{TEXT_COLOUR}" stroke="#ffffff" '
        f'stroke-width="3" paint-order="stroke">{escape(short_label(name))}</text>'
    )


def svg_nodes(graph, positions, labels) -> list[str]:
    """One group per actor: its shape and name, as a link to its page when it has one."""
    nodes = []
    for pk in sorted(graph, key=lambda pk: layout_key(graph, pk)):
        data = graph.nodes[pk]
        name, actor_type = data.get("name", ""), data.get("actor_type", "")
        x, y = positions[pk]
        tooltip = f"{name} ({choice_label(Actor.Type, actor_type, labels)})"
        body = (
            f"<title>{escape(tooltip)}</title>{svg_shape(actor_type, x, y)}{svg_label(name, x, y)}"
        )
        if data.get("url"):
            body = f'<a href="{escape(data["url"])}">{body}</a>'
        nodes.append(f'<g data-actor="{escape(pk)}">{body}</g>')
    return nodes


def legend_heading(model, field_name: str, x: float, y: float) -> str:
    """A legend column's heading: the field's own name, translated like the forms."""
    text = capfirst(str(model._meta.get_field(field_name).verbose_name))
    return f'<text x="{x}" y="{y}" font-weight="bold" fill="{TEXT_COLOUR}">{escape(text)}</text>'


def legend_text(text: str, x: float, y: float) -> str:
    """The name beside a legend sample."""
    return (
        f'<text x="{x}" y="{y}" dominant-baseline="central" fill="{TEXT_COLOUR}">'
        f"{escape(text)}</text>"
    )


def legend_types(graph, labels, x: float, top: float) -> list[str]:
    """One legend entry per actor type on the map: its shape and name."""
    entries = [legend_heading(Actor, "actor_type", x, top)]
    for row, value in enumerate(present_types(graph), start=1):
        y = top + row * LEGEND_ROW
        entries.append(
            f'<g data-legend="type-{escape(value)}">{svg_shape(value, x + 10, y, 8)}'
            f"{legend_text(choice_label(Actor.Type, value, labels), x + 28, y)}</g>"
        )
    return entries


def legend_kinds(graph, labels, x: float, top: float, id_prefix: str) -> list[str]:
    """One legend entry per kind of tie on the map: a line sample and its name."""
    entries = [legend_heading(Tie, "kind", x, top)]
    for row, value in enumerate(present_kinds(graph), start=1):
        y = top + row * LEGEND_ROW
        stroke = line_attributes(value, Tie.Strength.MODERATE, id_prefix)
        entries.append(
            f'<g data-legend="kind-{escape(value)}">'
            f'<line x1="{x}" y1="{y}" x2="{x + 40}" y2="{y}" {stroke}/>'
            f"{legend_text(choice_label(Tie.Kind, value, labels), x + 60, y)}</g>"
        )
    return entries


def legend_strengths(graph, labels, x: float, top: float) -> list[str]:
    """One legend entry per strength of tie on the map: a line width and its name."""
    entries = [legend_heading(Tie, "strength", x, top)]
    for row, value in enumerate(present_strengths(graph), start=1):
        y = top + row * LEGEND_ROW
        width = STRENGTH_WIDTHS.get(value, STRENGTH_WIDTHS[Tie.Strength.MODERATE])
        entries.append(
            f'<g data-legend="strength-{escape(value)}">'
            f'<line x1="{x}" y1="{y}" x2="{x + 50}" y2="{y}" stroke="{TEXT_COLOUR}" '
            f'stroke-width="{width}"/>'
            f"{legend_text(choice_label(Tie.Strength, value, labels), x + 60, y)}</g>"
        )
    return entries


def svg_legend(graph, labels, id_prefix: str) -> tuple[str, int]:
    """The legend below the map, and how much height it adds to the picture."""
    top = HEIGHT - 10
    types_x, kinds_x, strengths_x = LEGEND_COLUMNS
    columns = [legend_types(graph, labels, types_x, top)]
    if graph.number_of_edges():
        columns.append(legend_kinds(graph, labels, kinds_x, top, id_prefix))
        columns.append(legend_strengths(graph, labels, strengths_x, top))
    rows = max(len(column) for column in columns)
    entries = [entry for column in columns for entry in column]
    legend = f'<g id="{escape(id_prefix)}-legend">' + "".join(entries) + "</g>"
    return legend, rows * LEGEND_ROW + 10
