import dataclasses
import random
import re
import xml.etree.ElementTree as ET

import pytest
from django.template.loader import render_to_string
from django.utils.html import escape

from networks import graph, map_drawing, map_layout
from networks.models import Actor, Tie

SVG = "{http://www.w3.org/2000/svg}"


def actor(pk, name, actor_type=Actor.Type.OTHER):
    return Actor(pk=pk, name=name, slug=f"actor-{pk}", actor_type=actor_type)


def tie(source, target, kind=Tie.Kind.REFERS, strength=Tie.Strength.MODERATE):
    return Tie(source_id=source, target_id=target, kind=kind, strength=strength)


A, B, C, D, E, F = 1, 2, 3, 4, 5, 6


@pytest.fixture
def actors():
    return [
        actor(A, "Alpha", Actor.Type.MUNICIPALITY),
        actor(B, "Bravo", Actor.Type.NGO),
        actor(C, "Charlie", Actor.Type.EDUCATION),
        actor(D, "Delta", Actor.Type.EMPLOYER),
        actor(E, "Echo", Actor.Type.PROJECT),
        actor(F, "Foxtrot", Actor.Type.OTHER),
    ]


@pytest.fixture
def ties():
    # A path A–B–C, a separate pair D–E and an isolated F. A→B runs one way only; B and C are
    # tied both ways, B→C with two kinds of tie; D and E cooperate both ways.
    return [
        tie(A, B, Tie.Kind.REFERS, Tie.Strength.WEAK),
        tie(B, C, Tie.Kind.REFERS),
        tie(B, C, Tie.Kind.FUNDS, Tie.Strength.STRONG),
        tie(C, B, Tie.Kind.INFORMS),
        tie(D, E, Tie.Kind.COOPERATES),
        tie(E, D, Tie.Kind.COOPERATES),
    ]


@pytest.fixture
def network(actors, ties):
    return graph.build_graph(actors, ties)


def layout_of(network_graph):
    """The actors grouped by type, all of one size."""
    nodes = [
        map_layout.NodeInput(pk, data["name"], data["actor_type"], 9)
        for pk, data in network_graph.nodes(data=True)
    ]
    return map_layout.layout(nodes, network_graph.edges(), Actor.Type.values)


def render(network_graph, **kwargs):
    picture = map_drawing.picture(
        network_graph,
        layout_of(network_graph),
        title=kwargs.pop("title", "Network map"),
        description=kwargs.pop("description", "Actors and their ties."),
        **kwargs,
    )
    return render_to_string("networks/includes/network_map_svg.html", {"picture": picture})


def test_graph_has_a_node_per_actor_and_an_edge_per_tie(network):
    assert sorted(network) == [A, B, C, D, E, F]
    assert network.number_of_edges() == 6
    assert network.nodes[B]["name"] == "Bravo"
    assert network.nodes[B]["actor_type"] == "ngo"
    # A node leads to the actor's own map, where its page is linked.
    assert network.nodes[B]["url"] == Actor(slug="actor-2").get_map_url()
    assert network.edges[B, C, "funds"] == {"kind": "funds", "strength": 3}


def test_ties_to_actors_left_off_the_map_are_left_out(actors, ties):
    network = graph.build_graph(actors[:2], ties)
    assert list(network.edges(keys=True)) == [(A, B, "refers")]


def test_betweenness_is_computed_on_the_undirected_graph_and_normalised(network):
    # Six actors, undirected edges A–B, B–C and D–E. Only B lies on a shortest path between
    # two others (A and C), so B's raw betweenness is 1; normalised for an undirected graph it
    # is divided by (n - 1)(n - 2) / 2 = 5 · 4 / 2 = 10, giving 0.1. Everyone else has 0.
    analysis = graph.analyse(network)
    betweenness = {pk: stats.betweenness for pk, stats in analysis.by_actor.items()}
    assert betweenness == {A: 0.0, B: 0.1, C: 0.0, D: 0.0, E: 0.0, F: 0.0}
    assert analysis.brokers == (B,)


def test_betweenness_is_rounded_to_three_decimals():
    # A path A–B–C–D: B lies between A–C and A–D, C between A–D and B–D. The normaliser is
    # (4 - 1)(4 - 2) / 2 = 3, so both get 2 / 3, rounded to 0.667.
    actors = [actor(pk, name) for pk, name in enumerate("ABCD", start=1)]
    network = graph.build_graph(actors, [tie(1, 2), tie(2, 3), tie(3, 4)])
    analysis = graph.analyse(network)
    assert analysis.by_actor[2].betweenness == 0.667
    assert analysis.by_actor[3].betweenness == 0.667


def test_brokers_are_ordered_by_betweenness_then_name():
    # A star with centre "Hub" and a tail: Hub–A, Hub–B, Hub–Tail, Tail–End. Five actors,
    # normaliser (5 - 1)(5 - 2) / 2 = 6. Hub lies between A–B, A–Tail, A–End, B–Tail, B–End
    # (5 pairs): 5 / 6 = 0.833. Tail lies between End and A, B, Hub (3 pairs): 3 / 6 = 0.5.
    actors = [actor(1, "A"), actor(2, "B"), actor(3, "Hub"), actor(4, "Tail"), actor(5, "End")]
    network = graph.build_graph(actors, [tie(3, 1), tie(3, 2), tie(3, 4), tie(4, 5)])
    analysis = graph.analyse(network)
    assert analysis.brokers == (3, 4)
    assert analysis.by_actor[3].betweenness == 0.833
    assert analysis.by_actor[4].betweenness == 0.5


def test_actors_without_ties_are_isolated(network):
    assert graph.analyse(network).isolated == (F,)


def test_a_tie_with_no_tie_back_is_one_way(network):
    # A→B has nothing back; B→C has C→B (of another kind) and D→E has E→D.
    assert graph.analyse(network).one_way == ((A, B),)


def test_a_pair_of_actors_counts_once_whatever_the_kinds_of_tie(network):
    stats = graph.analyse(network).by_actor
    # B is tied to A and C; C→B, B→C refers and B→C funds are one neighbour each way.
    figures = {
        pk: (stats.degree, stats.in_degree, stats.out_degree, stats.betweenness)
        for pk, stats in stats.items()
    }
    assert figures[B] == (2, 2, 1, 0.1)
    assert figures[C] == (1, 1, 1, 0.0)
    assert figures[A] == (1, 0, 1, 0.0)
    assert figures[F] == (0, 0, 0, 0.0)


def test_closeness_counts_the_steps_to_those_reached_and_how_many_are_reached(network):
    # B reaches A and C in one step each: 2 / 2 = 1, scaled by the 2 of 5 others it reaches.
    # D reaches E alone: 1 / 1, scaled by 1 of 5. F reaches nobody.
    stats = graph.analyse(network).by_actor
    assert stats[B].closeness == 0.4
    assert stats[A].closeness == round(2 / 3 * 2 / 5, 3)
    assert stats[D].closeness == 0.2
    assert stats[F].closeness == 0.0


def test_communities_are_numbered_largest_first_and_leave_out_lone_actors(network):
    analysis = graph.analyse(network)
    assert analysis.communities == ((A, B, C), (D, E))
    assert [analysis.by_actor[pk].community for pk in (A, B, C, D, E, F)] == [1, 1, 1, 2, 2, None]
    assert analysis.bridges == ()


def test_an_actor_tied_into_another_community_brokers_between_them():
    # Two triangles joined by one tie C–D: C and D each reach the other's community.
    actors = [actor(pk, name) for pk, name in enumerate("ABCDEF", start=1)]
    pairs = [(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)]
    analysis = graph.analyse(graph.build_graph(actors, [tie(u, v) for u, v in pairs]))
    assert analysis.communities == ((1, 2, 3), (4, 5, 6))
    assert analysis.bridges == (graph.Broker(3, 1, (2,)), graph.Broker(4, 2, (1,)))


def test_analysis_lists_actors_by_name_whatever_order_they_come_in(actors, ties):
    shuffled = graph.build_graph(reversed(actors), reversed(ties))
    assert list(graph.analyse(shuffled).by_actor) == [A, B, C, D, E, F]


def test_layout_is_the_same_every_time_and_for_any_input_order(actors, ties):
    expected = layout_of(graph.build_graph(actors, ties))
    for seed in range(5):
        random.Random(seed).shuffle(actors)
        random.Random(seed).shuffle(ties)
        assert layout_of(graph.build_graph(actors, ties)) == expected


def test_layout_places_every_actor_inside_its_groups_box(network):
    placed = layout_of(network)
    assert set(placed.nodes) == set(network)  # the isolated F too
    boxes = {region.group: region.box for region in placed.regions}
    for pk, node in placed.nodes.items():
        box = boxes[network.nodes[pk]["actor_type"]]
        assert box.x < node.x < box.x + box.width and box.y < node.y < box.y + box.height


def test_layout_of_an_empty_map_is_empty():
    assert layout_of(graph.build_graph([], [])).nodes == {}


def test_svg_has_one_node_per_actor_and_one_line_per_tie(network):
    svg = render(network)
    assert sorted(re.findall(r'data-actor="(\d+)"', svg)) == ["1", "2", "3", "4", "5", "6"]
    assert sorted(re.findall(r'data-tie="([^"]+)"', svg)) == [
        "1-2-refers",
        "2-3-funds",
        "2-3-refers",
        "3-2-informs",
        "4-5-cooperates",
        "5-4-cooperates",
    ]


def test_each_tie_is_drawn_in_its_kinds_dashes_and_colour_and_its_strengths_width(network):
    root = ET.fromstring(render(network))
    drawn = {}
    for group in root.iter(f"{SVG}g"):
        for path in group.findall(f"{SVG}path[@data-tie]"):
            drawn[path.get("data-tie")] = (
                group.get("stroke-dasharray", ""),
                group.get("stroke"),
                float(group.get("stroke-width")),
                group.get("marker-end"),
            )
    for u, v, data in network.edges(data=True):
        dashes, colour = map_drawing.TIE_KIND_STYLES[data["kind"]]
        width = map_drawing.STRENGTH_WIDTHS[data["strength"]]
        arrow = f"url(#netmap-arrow-{data['kind']})"
        assert drawn[f"{u}-{v}-{data['kind']}"] == (dashes, colour, width, arrow)


def test_svg_parses_as_xml_with_a_title_and_a_description(network):
    root = ET.fromstring(render(network, title="Karta", description="Alla aktörer"))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "group"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert (title.text, desc.text) == ("Karta", "Alla aktörer")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_svg_ids_are_unique_and_prefixed(network):
    root = ET.fromstring(render(network, id_prefix="map2"))
    ids = [element.get("id") for element in root.iter() if element.get("id")]
    assert len(ids) == len(set(ids))
    assert all(id_.startswith("map2-") for id_ in ids)


def test_svg_escapes_names_and_titles():
    name = "<script>alert(1)</script> & Co"
    network = graph.build_graph([actor(1, name), actor(2, "B")], [tie(1, 2)])
    svg = render(network, title="<b>Map</b>", description='"quoted" & <i>')
    assert "<script" not in svg
    assert "<b>" not in svg and "<i>" not in svg
    assert escape(name) in svg
    assert ET.fromstring(svg).find(f"{SVG}title").text == "<b>Map</b>"


def test_svg_uses_no_inline_styles(network):
    svg = render(network)
    assert "style=" not in svg
    assert "<style" not in svg


def test_svg_links_each_actor_to_its_page(network):
    root = ET.fromstring(render(network))
    for group in root.iter(f"{SVG}g"):
        if group.get("data-actor"):
            pk = int(group.get("data-actor"))
            assert group.find(f"{SVG}a").get("href") == network.nodes[pk]["url"]


def test_svg_names_each_actor_below_its_node(network):
    root = ET.fromstring(render(network))
    names = [
        group.find(f".//{SVG}text").text
        for group in root.iter(f"{SVG}g")
        if group.get("data-actor")
    ]
    assert sorted(names) == ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]


def test_svg_wraps_long_names_whole_and_keeps_them_in_the_tooltip():
    """Names were cut short at 30 characters with an ellipsis."""
    name = "Pohjanmaan hyvinvointialueen maahanmuuttajapalvelut"
    svg = render(graph.build_graph([actor(1, name)], []))
    lines = re.findall(r">([^<>]+)</text>", svg.split('data-actor="1"')[1].split("</g>")[0])
    assert lines == ["Pohjanmaan", "hyvinvointialueen", "maahanmuuttajapalvel-", "ut"]
    assert f"<title>{name} ({Actor.Type.OTHER.label})</title>" in svg


def test_svg_legend_lists_each_type_and_kind_on_the_map_and_no_others(network):
    svg = render(network)
    legend = set(re.findall(r'data-legend="([^"]+)"', svg))
    assert legend == {
        "type-municipality",
        "type-ngo",
        "type-education",
        "type-employer",
        "type-project",
        "type-other",
        "kind-refers",
        "kind-funds",
        "kind-informs",
        "kind-cooperates",
        "strength-1",
        "strength-2",
        "strength-3",
    }
    assert f">{escape(Actor.Type.NGO.label)}</text>" in svg
    assert f">{escape(Tie.Kind.FUNDS.label)}</text>" in svg


def test_svg_legend_takes_labels_from_the_caller(network):
    svg = render(network, labels={"ngo": "Yhdistys", "funds": "Rahoittaa"})
    assert ">Yhdistys</text>" in svg
    assert ">Rahoittaa</text>" in svg


def test_svg_legend_of_a_map_without_ties_lists_only_types():
    svg = render(graph.build_graph([actor(1, "A"), actor(2, "B", Actor.Type.NGO)], []))
    assert set(re.findall(r'data-legend="([^"]+)"', svg)) == {"type-other", "type-ngo"}
    assert "<marker" not in svg


def test_svg_is_byte_identical_for_the_same_input_in_any_order(actors, ties):
    expected = render(graph.build_graph(actors, ties))
    assert render(graph.build_graph(reversed(actors), reversed(ties))) == expected


def test_every_actor_type_has_its_own_shape_and_colour():
    shapes = [map_drawing.ACTOR_TYPE_STYLES[value][0] for value in Actor.Type.values]
    colours = [map_drawing.ACTOR_TYPE_STYLES[value][1] for value in Actor.Type.values]
    assert len(set(shapes)) == len(Actor.Type.values)
    assert len(set(colours)) == len(Actor.Type.values)


def test_every_kind_of_tie_has_its_own_dash_pattern():
    patterns = [map_drawing.TIE_KIND_STYLES[value][0] for value in Tie.Kind.values]
    assert len(set(patterns)) == len(Tie.Kind.values)


def test_every_actor_type_is_drawn_in_a_different_shape_even_without_colour():
    drawn = {
        dataclasses.replace(map_drawing.node_shape(value, 50, 50), colour="")
        for value in Actor.Type.values
    }
    assert len(drawn) == len(Actor.Type.values)


def contrast_with_white(colour):
    def channel(hex_pair):
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return 1.05 / (luminance + 0.05)


@pytest.mark.parametrize(
    "colour",
    [colour for _shape, colour in map_drawing.ACTOR_TYPE_STYLES.values()]
    + [colour for _dashes, colour in map_drawing.TIE_KIND_STYLES.values()]
    + [map_drawing.TEXT_COLOUR],
)
def test_colours_have_at_least_three_to_one_contrast_against_white(colour):
    assert contrast_with_white(colour) >= 3


def test_an_empty_map_still_analyses_and_renders():
    network = graph.build_graph([], [])
    analysis = graph.analyse(network)
    assert (dict(analysis.by_actor), analysis.isolated, analysis.one_way) == ({}, (), ())
    root = ET.fromstring(render(network))
    assert root.find(f"{SVG}title").text == "Network map"
