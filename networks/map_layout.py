"""Where each actor of the network map goes.

The actors are grouped (by type on the whole map, by distance on an actor's own map); each
group is laid out by force (igraph's Fruchterman–Reingold, seeded, so the same input gives
the same places) and its nodes are then moved to the nearest free cell of a grid. A cell
holds one node and its name wrapped below it, so no two nodes or names can overlap,
whatever the number of actors; the force layout still decides who sits next to whom. The
groups are packed side by side in rows, each in a box with its name at the top.
"""

import math
import random
import textwrap
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import igraph

# Labels: 12 px text, at most LABEL_CHARS characters a line. CHAR_WIDTH is an upper bound
# of the average width of a character of a system sans-serif at that size, so a wrapped
# line fits its cell (the browser test measures the real boxes).
FONT_SIZE = 12
LINE_HEIGHT = 14
LABEL_CHARS = 21
CHAR_WIDTH = 7.2
# A node's shape reaches at most this many times its size from its centre (the star).
SHAPE_REACH = 1.5
CELL_WIDTH = math.ceil(LABEL_CHARS * CHAR_WIDTH) + 16
CELL_GAP = 5  # between a node and its name, and below the name
REGION_PADDING = 12
REGION_HEADING = 26
REGION_GAP = 16
MARGIN = 10
MIN_WIDTH = 960
# Spare cells in a group's grid, so that the force layout's shape survives the snapping.
SLACK = 1.15
FORCE_ITERATIONS = 300
SEED = 2024


@dataclass(frozen=True)
class NodeInput:
    """An actor to place: its key, its name, the group it belongs to and its size."""

    key: Hashable
    name: str
    group: Hashable
    size: float


@dataclass(frozen=True)
class Box:
    """A rectangle: left, top, width, height."""

    x: float
    y: float
    width: float
    height: float

    def overlaps(self, other: "Box") -> bool:
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


@dataclass(frozen=True)
class PlacedNode:
    """A node's centre and its name's lines, the first centred LINE_HEIGHT below `label_y`."""

    x: float
    y: float
    size: float
    lines: tuple[str, ...]
    label_y: float

    def node_box(self) -> Box:
        reach = self.size * SHAPE_REACH
        return Box(self.x - reach, self.y - reach, 2 * reach, 2 * reach)

    def label_box(self) -> Box:
        width = max(len(line) for line in self.lines) * CHAR_WIDTH
        top = self.label_y - LINE_HEIGHT / 2
        return Box(self.x - width / 2, top, width, len(self.lines) * LINE_HEIGHT)


@dataclass(frozen=True)
class Region:
    """A group's box and its name."""

    group: Hashable
    box: Box


@dataclass(frozen=True)
class Layout:
    nodes: Mapping[Hashable, PlacedNode]
    regions: tuple[Region, ...]
    width: int
    height: int


def wrapped(name: str) -> tuple[str, ...]:
    """A name in lines of at most LABEL_CHARS characters: wrapped between words, and a word
    longer than a line split with a hyphen; never cut short."""
    lines = []
    for line in textwrap.wrap(name, LABEL_CHARS, break_long_words=False) or [""]:
        while len(line) > LABEL_CHARS:
            lines.append(line[: LABEL_CHARS - 1] + "-")
            line = line[LABEL_CHARS - 1 :]
        lines.append(line)
    return tuple(lines)


def force_layout(count: int, edges: Sequence[tuple[int, int]]) -> list[tuple[float, float]]:
    """Fruchterman–Reingold positions of `count` nodes, the same for the same input."""
    if count == 1:
        return [(0.0, 0.0)]
    graph = igraph.Graph(n=count, edges=list(edges))
    # igraph draws its starting positions from the generator it is given: a seeded one.
    igraph.set_random_number_generator(random.Random(SEED))
    return [tuple(xy) for xy in graph.layout_fruchterman_reingold(niter=FORCE_ITERATIONS)]


def grid_shape(count: int, cell_height: float) -> tuple[int, int]:
    """Columns and rows of a group's grid, about as wide as tall, with spare cells."""
    cells = math.ceil(count * SLACK) if count > 6 else count
    columns = max(1, min(cells, math.ceil(math.sqrt(cells * cell_height / CELL_WIDTH))))
    return columns, math.ceil(cells / columns)


def nearest_free_cell(wanted: tuple[float, float], free: set, columns: int, rows: int):
    """The free cell nearest a wanted point, searched outwards ring by ring."""
    column, row = round(wanted[0]), round(wanted[1])
    for distance in range(max(columns, rows) + 1):
        ring = [
            (c, r)
            for c in range(column - distance, column + distance + 1)
            for r in range(row - distance, row + distance + 1)
            if max(abs(c - column), abs(r - row)) == distance and (c, r) in free
        ]
        if ring:
            return min(
                ring,
                key=lambda cell: ((cell[0] - wanted[0]) ** 2 + (cell[1] - wanted[1]) ** 2, cell),
            )
    raise ValueError("no free cell")  # the grid always has a cell per node


def snap_to_grid(points, order, cell_height: float) -> tuple[list, int, int]:
    """Each point's cell (column, row) in a grid as few cells wide as the group needs; the
    nodes in `order` (most tied first) choose first."""
    columns, rows = grid_shape(len(points), cell_height)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    scaled = [
        ((x - min(xs)) / span_x * (columns - 1), (y - min(ys)) / span_y * (rows - 1))
        for x, y in points
    ]
    free = {(c, r) for c in range(columns) for r in range(rows)}
    cells = [None] * len(points)
    for index in order:
        cells[index] = nearest_free_cell(scaled[index], free, columns, rows)
        free.discard(cells[index])
    used_columns = max(c for c, _ in cells) + 1
    used_rows = max(r for _, r in cells) + 1
    return cells, used_columns, used_rows


@dataclass(frozen=True)
class GroupGrid:
    group: Hashable
    members: tuple[NodeInput, ...]
    cells: tuple[tuple[int, int], ...]
    columns: int
    rows: int
    cell_height: float

    @property
    def size(self) -> tuple[float, float]:
        """The width and height of the group's box."""
        return (
            self.columns * CELL_WIDTH + 2 * REGION_PADDING,
            REGION_HEADING + self.rows * self.cell_height + REGION_PADDING,
        )


def cell_height(members: Sequence[NodeInput], reach: float) -> float:
    """The height of a group's cells: the map's largest node above the group's longest name."""
    lines = max(len(wrapped(node.name)) for node in members)
    return math.ceil(2 * reach + CELL_GAP + lines * LINE_HEIGHT + CELL_GAP)


def group_grid(group, members, edges_within, degree, reach: float) -> GroupGrid:
    """One group laid out by force and snapped to its grid."""
    height = cell_height(members, reach)
    points = force_layout(len(members), edges_within)
    order = sorted(range(len(members)), key=lambda i: (-degree.get(members[i].key, 0), i))
    cells, columns, rows = snap_to_grid(points, order, height)
    return GroupGrid(group, tuple(members), tuple(cells), columns, rows, height)


def pack(sizes: Sequence[tuple[float, float]], max_width: float) -> list[tuple[float, float]]:
    """Top-left corners of boxes placed in rows, left to right, none wider than max_width."""
    corners, x, y, row_height = [], MARGIN, MARGIN, 0.0
    for width, height in sizes:
        if x > MARGIN and x + width > max_width - MARGIN:
            x, y, row_height = MARGIN, y + row_height + REGION_GAP, 0.0
        corners.append((x, y))
        x += width + REGION_GAP
        row_height = max(row_height, height)
    return corners


def place(grid: GroupGrid, left: float, top: float, reach: float) -> dict:
    """The nodes of a group whose box's top left corner is at (left, top)."""
    placed = {}
    for node, (column, row) in zip(grid.members, grid.cells, strict=True):
        centre_y = top + REGION_HEADING + row * grid.cell_height + reach
        placed[node.key] = PlacedNode(
            x=round(left + REGION_PADDING + (column + 0.5) * CELL_WIDTH, 1),
            y=round(centre_y, 1),
            size=node.size,
            lines=wrapped(node.name),
            label_y=round(centre_y + reach + CELL_GAP + LINE_HEIGHT / 2, 1),
        )
    return placed


def layout(
    nodes: Sequence[NodeInput],
    edges: Iterable[tuple[Hashable, Hashable]],
    group_order: Sequence[Hashable],
) -> Layout:
    """Every node's place; groups in `group_order`, each node's name below it."""
    if not nodes:
        return Layout({}, (), MIN_WIDTH, 2 * MARGIN)
    nodes = sorted(nodes, key=lambda node: (node.name.casefold(), str(node.key)))
    group_of = {node.key: node.group for node in nodes}
    edges = [(u, v) for u, v in edges if u in group_of and v in group_of and u != v]
    degree = {}
    for u, v in edges:
        degree[u], degree[v] = degree.get(u, 0) + 1, degree.get(v, 0) + 1
    rank = {group: index for index, group in enumerate(group_order)}
    groups = sorted({node.group for node in nodes}, key=lambda g: (rank.get(g, len(rank)), str(g)))
    reach = max(node.size for node in nodes) * SHAPE_REACH
    grids = []
    for group in groups:
        members = [node for node in nodes if node.group == group]
        index = {node.key: i for i, node in enumerate(members)}
        within = sorted(
            {
                tuple(sorted((index[u], index[v])))
                for u, v in edges
                if group_of[u] == group and group_of[v] == group
            }
        )
        grids.append(group_grid(group, members, within, degree, reach))
    sizes = [grid.size for grid in grids]
    total_area = sum(width * height for width, height in sizes)
    widest = max(width for width, _ in sizes) + 2 * MARGIN
    corners = pack(sizes, max(MIN_WIDTH, widest, math.sqrt(total_area * 1.6)))
    placed, regions = {}, []
    for grid, (left, top), (width, height) in zip(grids, corners, sizes, strict=True):
        regions.append(Region(grid.group, Box(left, top, width, height)))
        placed.update(place(grid, left, top, reach))
    width = max(MIN_WIDTH, math.ceil(max(r.box.x + r.box.width for r in regions) + MARGIN))
    bottom = math.ceil(max(r.box.y + r.box.height for r in regions) + MARGIN)
    return Layout(placed, tuple(regions), width, bottom)
