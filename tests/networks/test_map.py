import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def svg_of(html):
    return html[html.index("<svg") : html.index("</svg>")]


def table_of(html, table_id):
    start = html.index(f'<table id="{table_id}">')
    return html[start : html.index("</table>", start)]


def figures(html, actor):
    """The numbers of an actor's row in the actors' table, by column."""
    row = re.search(rf'<tr data-actor="{actor.pk}">(.*?)</tr>', html, re.S).group(1)
    return dict(re.findall(r'data-figure="(\w+)">([^<]*)</td>', row))


def test_svg_and_its_tables_list_the_same_actors_and_ties(client, small_network):
    html = client.get("/fi/verkostokartta/").content.decode()
    svg = svg_of(html)
    svg_actors = set(re.findall(r'data-actor="(\d+)"', svg))
    table_actors = set(re.findall(r'data-actor="(\d+)"', table_of(html, "actors-table")))
    assert svg_actors == table_actors == {str(a.pk) for a in small_network["actors"]}
    svg_ties = set(re.findall(r'data-tie="([\w-]+)"', svg))
    table_ties = set(re.findall(r'data-tie="([\w-]+)"', table_of(html, "ties-table")))
    assert svg_ties == table_ties
    assert len(svg_ties) == 3


def test_analysis_shows_isolated_actors_and_one_way_ties(client, small_network):
    html = client.get("/fi/verkostokartta/").content.decode()
    isolated = html[html.index("Toimijat, joilla ei ole yhteyksiä") :]
    assert "Työnantaja</a>" in isolated.split("</ul>")[0]
    one_way = html[html.index("Yksisuuntaiset yhteydet") :].split("</ul>")[0]
    assert 'Yhdistys</a> → <a href="/fi/toimijat/kaupunki/">Kaupunki</a>' in one_way
    # City and office have ties both ways: not one-way.
    assert "Työvoimatoimisto</a> → " not in one_way


def test_city_bridges_the_association_and_the_office(client, small_network):
    html = client.get("/fi/verkostokartta/").content.decode()
    city, office = small_network["actors"][:2]
    # City has 2 neighbours; it lies on the only route association–office: 1 of the
    # (4-1)(4-2)/2 = 3 pairs, so normalised betweenness 1/3.
    assert figures(html, city)["degree"] == "2"
    # Written as the rest of the site writes decimals, in both languages.
    assert figures(html, city)["betweenness"] == "0,333"
    swedish = client.get("/sv/natverkskarta/").content.decode()
    assert figures(swedish, city)["betweenness"] == "0,333"


def test_map_filters_by_network(client, small_network):
    html = client.get("/fi/verkostokartta/", {"network": "verkosto"}).content.decode()
    svg = svg_of(html)
    assert len(set(re.findall(r'data-actor="(\d+)"', svg))) == 2
    assert len(set(re.findall(r'data-tie="([\w-]+)"', svg))) == 1


def test_map_filters_by_sub_region_and_path(client, small_network):
    html = client.get("/fi/verkostokartta/", {"sub_region": "toinen"}).content.decode()
    assert len(set(re.findall(r'data-actor="(\d+)"', svg_of(html)))) == 2
    html = client.get("/fi/verkostokartta/", {"path": "lapset"}).content.decode()
    assert re.findall(r'data-actor="(\d+)"', svg_of(html)) == []


@pytest.mark.parametrize("extra", [0, 20])
def test_map_makes_a_constant_number_of_queries(
    client, small_network, django_assert_num_queries, extra
):
    from networks.models import Actor, Tie

    city = small_network["actors"][0]
    for number in range(extra):
        other = Actor.objects.create(name=f"D{number}", name_fi=f"D{number}", slug=f"d{number}")
        Tie.objects.create(source=other, target=city, kind=Tie.Kind.INFORMS)
    # The filters' three choices, the chosen actors, the actors named and the ties drawn.
    with django_assert_num_queries(6):
        client.get("/fi/verkostokartta/")


def test_map_of_a_path_leaves_out_actors_whose_roles_there_have_ended(client, small_network):
    import datetime

    from networks.models import Role

    association = small_network["actors"][2]
    Role.objects.filter(actor=association).update(valid_to=datetime.date(2020, 1, 1))
    html = client.get("/fi/verkostokartta/", {"path": "tyo"}).content.decode()
    assert f'data-actor="{association.pk}"' not in svg_of(html)
    assert f'data-actor="{small_network["actors"][0].pk}"' in svg_of(html)


def test_a_large_selection_is_drawn_whole(client, small_network):
    """The map drew at most 40 actors, and beyond them only those with most ties."""
    from networks.models import Actor, Tie

    city = small_network["actors"][0]
    for number in range(60):
        other = Actor.objects.create(name=f"D{number}", name_fi=f"D{number}", slug=f"d{number}")
        Tie.objects.create(source=other, target=city, kind=Tie.Kind.INFORMS)
    html = client.get("/fi/verkostokartta/").content.decode()
    assert len(set(re.findall(r'data-actor="(\d+)"', svg_of(html)))) == 64
    assert figures(html, city)["degree"] == "62"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_map_numbers_keep_svg_notation_in_every_language(client, small_network, language):
    # Finnish and Swedish write decimals with a comma, which SVG would not read.
    with translation.override(language):
        html = client.get(reverse("networks:map")).content.decode()
    widths = re.findall(r'stroke-width="([^"]+)"', svg_of(html))
    assert "2.4" in widths
    assert all(re.fullmatch(r"\d+(\.\d+)?", width) for width in widths)


def test_ties_count_only_between_chosen_actors(client, small_network):
    from networks.models import Tie

    city, office, association, _employer = small_network["actors"]
    Tie.objects.create(source=office, target=association, kind=Tie.Kind.FUNDS)
    # The network has the city and the association: their ties with the office do not count.
    html = client.get("/fi/verkostokartta/", {"network": "verkosto"}).content.decode()
    for actor, expected in ((city, ["1", "0", "1"]), (association, ["1", "1", "0"])):
        found = figures(html, actor)
        assert [found["degree"], found["out"], found["in"]] == expected


def test_a_map_too_large_for_its_page_is_a_picture_of_its_own_and_its_tables_shortened(
    client, small_network, monkeypatch
):
    """A thousand actors made a page of 3 MB, whose cached copy answered 48 requests a second."""
    import xml.etree.ElementTree as ET

    from networks import map_views

    monkeypatch.setattr(map_views, "INLINE_ACTORS", 3)
    monkeypatch.setattr(map_views, "ROWS_SHOWN", 2)
    monkeypatch.setattr(map_views, "ITEMS_SHOWN", 1)
    html = client.get("/fi/verkostokartta/").content.decode()
    assert "<svg" not in html
    assert 'href="/fi/verkostokartta/kartta.svg"' in html
    assert len(re.findall(r'<tr data-actor="', html)) == 2
    assert "Ja 2 muuta: kaikki ovat yllä kartan tiedostoissa." in html
    picture = client.get("/fi/verkostokartta/kartta.svg")
    assert picture["Content-Type"].startswith("image/svg+xml")
    root = ET.fromstring(picture.content)
    drawn = {g.get("data-actor") for g in root.iter("{http://www.w3.org/2000/svg}g")}
    assert {str(actor.pk) for actor in small_network["actors"]} <= drawn
