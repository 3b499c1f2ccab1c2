"""The network map's picture as numbers and words; networks/includes/network_map_svg.html
turns it into SVG."""

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

import networkx as nx
from django.utils.text import capfirst

from networks.graph import TYPE_ORDER, sort_key
from networks.map_layout import FONT_SIZE, LINE_HEIGHT, SHAPE_REACH, Layout
from networks.models import Actor, Tie
from portal.svg import number

NODE_SIZE = 10
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


@dataclass(frozen=True)
class Shape:
    """A node's shape: a circle (x, y, r), a square (x, y, side) or a polygon (points)."""

    element: str  # "circle", "rect" or "polygon"
    colour: str
    x: str = ""
    y: str = ""
    size: str = ""
    points: str = ""


@dataclass(frozen=True)
class Stroke:
    """How a line is drawn; `arrow` names the kind whose arrowhead ends it, if any."""

    colour: str
    width: float
    dashes: str = ""
    arrow: str = ""


@dataclass(frozen=True)
class Label:
    """A text at a point, anchored at its start, middle or end."""

    x: str
    y: str
    text: str
    anchor: str = "start"


class Line(NamedTuple):
    """A tie between two actors (or a legend sample): its path and its tooltip. A tuple, so
    that the template unpacks it: hundreds of ties are drawn faster that way."""

    key: str  # "source-target-kind" for a tie
    path: str  # SVG path data: "M x1,y1 L x2,y2"
    tooltip: str = ""


@dataclass(frozen=True)
class TieGroup:
    """The ties drawn alike (one kind, one strength): the stroke is set once for them all."""

    stroke: Stroke
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Node:
    """An actor: its shape, its name below it in lines and in the tooltip."""

    pk: int
    url: str
    tooltip: str
    shape: Shape
    lines: tuple[Label, ...]
    x: str = ""
    y: str = ""
    ring: str = ""  # the radius of the ring around the actor a map is focused on
    hit: tuple[str, str, str, str] = ("", "", "", "")  # the box a pointer selects it in
    backing: tuple[str, str, str, str] = ("", "", "", "")  # behind the name, over the lines


@dataclass(frozen=True)
class RegionBox:
    """A group of actors' box and its name at the top."""

    key: str
    x: str
    y: str
    width: str
    height: str
    heading: Label


@dataclass(frozen=True)
class LegendEntry:
    """One row of the legend: a shape or a line sample, and its name."""

    key: str
    label: Label
    shape: Shape | None = None
    line: Line | None = None
    stroke: Stroke | None = None


@dataclass(frozen=True)
class LegendColumn:
    heading: Label
    entries: tuple[LegendEntry, ...]


@dataclass(frozen=True)
class Picture:
    """Everything the SVG template draws, in a fixed order."""

    id_prefix: str
    title: str
    description: str
    width: int
    height: int
    arrow_kinds: tuple[tuple[str, str], ...]  # (kind, colour) of each arrowhead
    arrow_length: int
    tie_groups: tuple[TieGroup, ...]
    nodes: tuple[Node, ...]
    legend: tuple[LegendColumn, ...]
    regions: tuple[RegionBox, ...] = ()
    font_size: int = FONT_SIZE
    text_colour: str = TEXT_COLOUR


def segment(x1: float, y1: float, x2: float, y2: float) -> str:
    """The path data of a straight line."""
    return f"M{number(x1)},{number(y1)} L{number(x2)},{number(y2)}"


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


def node_shape(actor_type: str, x: float, y: float, size: float = NODE_SIZE) -> Shape:
    """The shape of an actor type, filled with its colour."""
    shape, colour = actor_style(actor_type)
    if shape == "circle":
        return Shape("circle", colour, x=number(x), y=number(y), size=number(size))
    if shape == "square":
        side = size * 1.75
        return Shape(
            "rect", colour, x=number(x - side / 2), y=number(y - side / 2), size=number(side)
        )
    points = " ".join(f"{number(px)},{number(py)}" for px, py in shape_points(shape, x, y, size))
    return Shape("polygon", colour, points=points)


def tie_stroke(kind: str, strength: int) -> Stroke:
    """The stroke of a tie: dashes and colour by kind, width by strength, an arrow at its end."""
    dashes, colour = tie_style(kind)
    width = STRENGTH_WIDTHS.get(strength, STRENGTH_WIDTHS[Tie.Strength.MODERATE])
    return Stroke(colour=colour, width=width, dashes=dashes, arrow=kind)


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
    """Where a tie's line starts and stops: off the nodes, leaving room for the arrowhead.
    `start` and `end` are placed nodes (x, y and size)."""
    x1, y1, x2, y2 = start.x, start.y, end.x, end.y
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    nx_, ny = -uy * offset, ux * offset
    head = start.size * 1.2 + 3
    tail = end.size * 1.2 + 3 + ARROW_LENGTH
    return (x1 + ux * head + nx_, y1 + uy * head + ny, x2 - ux * tail + nx_, y2 - uy * tail + ny)


def tie_groups(graph, positions, labels) -> tuple[TieGroup, ...]:
    """One line per tie, with a tooltip saying who, what and how strong, grouped by stroke."""
    offsets = edge_offsets(graph)
    groups = defaultdict(list)
    for u, v, data in sorted_edges(graph):
        kind, strength = data["kind"], data["strength"]
        x1, y1, x2, y2 = edge_ends(positions[u], positions[v], offsets[(u, v, kind)])
        tooltip = "{} → {}: {} ({})".format(
            graph.nodes[u]["name"],
            graph.nodes[v]["name"],
            choice_label(Tie.Kind, kind, labels),
            choice_label(Tie.Strength, strength, labels),
        )
        line = Line(f"{u}-{v}-{kind}", segment(x1, y1, x2, y2), tooltip)
        groups[tie_stroke(kind, strength)].append(line)
    return tuple(TieGroup(stroke, tuple(lines)) for stroke, lines in groups.items())


def label_lines(placed) -> tuple[Label, ...]:
    """A node's name below it, one text per wrapped line."""
    return tuple(
        Label(number(placed.x), number(placed.label_y + row * LINE_HEIGHT), line, "middle")
        for row, line in enumerate(placed.lines)
    )


def hit_box(placed) -> tuple[str, str, str, str]:
    """The node and its name as one box (x, y, width, height), so that a pointer in the gap
    between them still selects the actor."""
    node, name = placed.node_box(), placed.label_box()
    left, top = min(node.x, name.x), node.y
    right = max(node.x + node.width, name.x + name.width)
    return (number(left), number(top), number(right - left), number(name.y + name.height - top))


def backing_box(placed) -> tuple[str, str, str, str]:
    """A pale box behind the name (the room the layout keeps for it): ties crossing it
    fade, so the name reads whole."""
    box = placed.label_box()
    return (number(box.x), number(box.y), number(box.width), number(box.height))


def nodes(graph, placed, labels, focus=None) -> tuple[Node, ...]:
    """One node per actor, in the order of the groups' boxes, then by name."""
    drawn = []
    for pk in sorted(graph, key=lambda pk: (placed[pk].y, placed[pk].x)):
        data = graph.nodes[pk]
        name, actor_type = data.get("name", ""), data.get("actor_type", "")
        at = placed[pk]
        drawn.append(
            Node(
                pk=pk,
                url=data.get("url", ""),
                tooltip=f"{name} ({choice_label(Actor.Type, actor_type, labels)})",
                shape=node_shape(actor_type, at.x, at.y, at.size),
                lines=label_lines(at),
                x=number(at.x),
                y=number(at.y),
                ring=number(at.size * SHAPE_REACH + 4) if pk == focus else "",
                hit=hit_box(at),
                backing=backing_box(at),
            )
        )
    return tuple(drawn)


def region_boxes(layout: Layout, titles: Mapping) -> tuple[RegionBox, ...]:
    """Each group's box, its name and number of actors at its top left."""
    return tuple(
        RegionBox(
            key=str(region.group),
            x=number(region.box.x),
            y=number(region.box.y),
            width=number(region.box.width),
            height=number(region.box.height),
            heading=Label(
                number(region.box.x + 10),
                number(region.box.y + 17),
                str(titles.get(region.group, "")),
            ),
        )
        for region in layout.regions
    )


def legend_heading(model, field_name: str, x: float, y: float) -> Label:
    """A legend column's heading: the field's own name, translated like the forms."""
    return Label(str(x), str(y), capfirst(str(model._meta.get_field(field_name).verbose_name)))


def legend_types(graph, labels, x: float, top: float) -> LegendColumn:
    """One legend entry per actor type on the map: its shape and name."""
    entries = []
    for row, value in enumerate(present_types(graph), start=1):
        y = top + row * LEGEND_ROW
        entries.append(
            LegendEntry(
                key=f"type-{value}",
                shape=node_shape(value, x + 10, y, 8),
                label=Label(str(x + 28), str(y), choice_label(Actor.Type, value, labels)),
            )
        )
    return LegendColumn(legend_heading(Actor, "actor_type", x, top), tuple(entries))


def strength_stroke(strength: int) -> Stroke:
    """A plain line as wide as a tie of this strength."""
    width = STRENGTH_WIDTHS.get(strength, STRENGTH_WIDTHS[Tie.Strength.MODERATE])
    return Stroke(colour=TEXT_COLOUR, width=width)


def legend_lines(
    field_name: str, choices, values, labels, x: float, top: float, length: int, stroke_of
) -> LegendColumn:
    """One legend entry per value of a tie's field on the map: a line sample and its name."""
    entries = []
    for row, value in enumerate(values, start=1):
        y = top + row * LEGEND_ROW
        entries.append(
            LegendEntry(
                key=f"{field_name}-{value}",
                line=Line(f"{field_name}-{value}", segment(x, y, x + length, y)),
                stroke=stroke_of(value),
                label=Label(str(x + 60), str(y), choice_label(choices, value, labels)),
            )
        )
    return LegendColumn(legend_heading(Tie, field_name, x, top), tuple(entries))


def legend(graph, labels, top: float) -> tuple[LegendColumn, ...]:
    """The legend's columns below the map: types, and kinds and strengths where there are ties."""
    types_x, kinds_x, strengths_x = LEGEND_COLUMNS
    columns = [legend_types(graph, labels, types_x, top)]
    if graph.number_of_edges():
        kinds, strengths = present_kinds(graph), present_strengths(graph)
        moderate = partial(tie_stroke, strength=Tie.Strength.MODERATE)
        columns.append(legend_lines("kind", Tie.Kind, kinds, labels, kinds_x, top, 40, moderate))
        columns.append(
            legend_lines(
                "strength", Tie.Strength, strengths, labels, strengths_x, top, 50, strength_stroke
            )
        )
    return tuple(columns)


def picture(
    graph: nx.Graph,
    layout: Layout,
    *,
    title: str,
    description: str,
    labels: Mapping[str, str] | None = None,
    region_titles: Mapping | None = None,
    focus: int | None = None,
    id_prefix: str = "netmap",
) -> Picture:
    """The map with its legend below it, ready for the SVG template."""
    labels = labels or {}
    columns = legend(graph, labels, layout.height + 10)
    rows = max(len(column.entries) + 1 for column in columns)
    return Picture(
        id_prefix=id_prefix,
        title=str(title),
        description=str(description),
        width=layout.width,
        height=layout.height + rows * LEGEND_ROW + 20,
        arrow_kinds=tuple((kind, tie_style(kind)[1]) for kind in present_kinds(graph)),
        arrow_length=ARROW_LENGTH,
        tie_groups=tie_groups(graph, layout.nodes, labels),
        nodes=nodes(graph, layout.nodes, labels, focus),
        legend=columns,
        regions=region_boxes(layout, region_titles or {}),
    )
