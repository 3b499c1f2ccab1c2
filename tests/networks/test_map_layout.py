"""The network map's layout: no two nodes and no two names overlap, whatever the number of
actors, and the same input gives the same picture."""

import random

import pytest

from networks import map_layout
from networks.models import Actor

WORDS = (
    "Vaasan Pohjanmaan kaupungin kotoutumispalvelut yhdistys työllisyysalue "
    "maahanmuuttajapalvelujen Österbottens förbund för utbildning och kultur (esimerkki) "
    "perusterveydenhuollon kuntayhtymä Kela THL Närpiön Pietarsaaren seudun"
).split()


def random_network(count, seed=1):
    generator = random.Random(seed)
    nodes = [
        map_layout.NodeInput(
            key=pk,
            name=" ".join(generator.choice(WORDS) for _ in range(generator.randint(1, 6))),
            group=generator.choice(Actor.Type.values),
            size=generator.uniform(7, 16),
        )
        for pk in range(count)
    ]
    edges = [(generator.randrange(count), generator.randrange(count)) for _ in range(count * 3)]
    return nodes, edges


@pytest.mark.parametrize("count", [30, 100, 300])
def test_no_two_nodes_or_names_overlap(count):
    nodes, edges = random_network(count)
    placed = map_layout.layout(nodes, edges, Actor.Type.values)
    boxes = []
    for key, node in placed.nodes.items():
        boxes += [(key, "node", node.node_box()), (key, "name", node.label_box())]
    # Sorted by left edge, each box is compared with those that start before it ends.
    boxes.sort(key=lambda item: item[2].x)
    for index, (key, what, box) in enumerate(boxes):
        for other_key, other_what, other in boxes[index + 1 :]:
            if other.x >= box.x + box.width:
                break
            if other_key != key:
                assert not box.overlaps(other), (key, what, other_key, other_what)
    # Inside the picture, and every node in its group's box.
    regions = {region.group: region.box for region in placed.regions}
    for node_input in nodes:
        node = placed.nodes[node_input.key]
        region = regions[node_input.group]
        for box in (node.node_box(), node.label_box()):
            assert 0 <= box.x and box.x + box.width <= placed.width
            assert 0 <= box.y and box.y + box.height <= placed.height
            assert region.x <= box.x and box.x + box.width <= region.x + region.width
            assert region.y <= box.y and box.y + box.height <= region.y + region.height


def test_groups_do_not_overlap():
    nodes, edges = random_network(300)
    regions = map_layout.layout(nodes, edges, Actor.Type.values).regions
    assert len(regions) == len(Actor.Type.values)
    for index, region in enumerate(regions):
        for other in regions[index + 1 :]:
            assert not region.box.overlaps(other.box)


def test_the_same_network_in_any_order_gets_the_same_places():
    nodes, edges = random_network(100)
    expected = map_layout.layout(nodes, edges, Actor.Type.values)
    generator = random.Random(7)
    generator.shuffle(nodes)
    generator.shuffle(edges)
    assert map_layout.layout(nodes, edges, Actor.Type.values) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Kela",
        "Rannikko-Pohjanmaan sosiaali- ja perusterveydenhuollon kuntayhtymä (K5)",
        "Maahanmuuttajapalvelujenkehittämishanke",
    ],
)
def test_a_name_is_wrapped_whole_in_lines_that_fit(name):
    lines = map_layout.wrapped(name)
    assert all(len(line) <= map_layout.LABEL_CHARS for line in lines)
    joined = " ".join(lines).replace("- ", "-").replace("-", "")
    assert joined.replace(" ", "") == name.replace("-", "").replace(" ", "")


def test_tied_actors_of_a_group_sit_closer_than_untied_ones():
    # Two cliques of five in one group: the force layout keeps each clique together.
    nodes = [map_layout.NodeInput(pk, f"Actor {pk}", "ngo", 9) for pk in range(10)]
    edges = [(u, v) for u in range(5) for v in range(u + 1, 5)]
    edges += [(u, v) for u in range(5, 10) for v in range(u + 1, 10)]
    placed = map_layout.layout(nodes, edges, ["ngo"]).nodes

    def distance(u, v):
        return abs(placed[u].x - placed[v].x) + abs(placed[u].y - placed[v].y)

    within = [distance(u, v) for u, v in edges]
    between = [distance(u, v) for u in range(5) for v in range(5, 10)]
    assert sum(within) / len(within) < sum(between) / len(between)
