"""What changed in the network between two years, and the map as GraphML and GEXF."""

import datetime
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from networks.models import Actor, Tie

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated(small_network):
    city, office, association, employer = small_network["actors"]
    # The employer funded the city from 2018 to 2020; the office joined the association in 2022.
    Tie.objects.create(
        source=employer,
        target=city,
        kind=Tie.Kind.FUNDS,
        valid_from=datetime.date(2018, 1, 1),
        valid_to=datetime.date(2020, 12, 31),
    )
    Tie.objects.create(
        source=office,
        target=association,
        kind=Tie.Kind.INFORMS,
        valid_from=datetime.date(2022, 3, 1),
    )
    return small_network


def section(html, element_id):
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</ul>", start)]


def test_the_changes_name_the_ties_and_actors_added_and_gone(client, dated):
    html = client.get("/fi/verkostokartta/muutokset/", {"since": "2019"}).content.decode()
    assert "Työvoimatoimisto</a> – Jakaa tietoa → <a" in section(html, "ties-added")
    assert "Yhdistys</a>" in section(html, "ties-added")
    assert "Työnantaja</a> – Rahoittaa → <a" in section(html, "ties-gone")
    # The employer's one tie ended and it has no role: gone from the network.
    assert "Työnantaja</a>" in section(html, "actors-gone")
    assert 'id="actors-added"' not in html


def test_the_changes_of_two_years_in_the_wrong_order_are_refused_in_words(client, dated):
    response = client.get("/sv/natverkskarta/forandringar/", {"since": "2023", "until": "2019"})
    assert response.status_code == 200
    assert "Välj ett senare år än det första." in response.content.decode()


def test_the_map_page_links_to_the_changes(client, dated):
    html = client.get("/fi/verkostokartta/").content.decode()
    assert 'href="/fi/verkostokartta/muutokset/"' in html


@pytest.mark.parametrize(
    "file_format, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)]
)
def test_the_map_as_chosen_downloads_for_network_tools(
    client, dated, tmp_path, file_format, reader
):
    html = client.get("/fi/verkostokartta/", {"network": "verkosto"}).content.decode()
    address = f"/fi/verkostokartta/verkosto.{file_format}?network=verkosto"
    assert f'href="{address}"' in html
    response = client.get(address)
    assert response["Content-Type"] == f"application/{file_format}+xml"
    assert f'filename="verkostokartta.{file_format}"' in response["Content-Disposition"]
    ET.fromstring(response.content)  # well-formed XML
    path = tmp_path / f"map.{file_format}"
    path.write_bytes(response.content)
    network = reader(path)
    assert sorted(network.nodes) == ["kaupunki", "yhdistys"]
    city = network.nodes["kaupunki"]
    assert city["label"] == "Kaupunki" and city["actor_type"] == Actor.Type.MUNICIPALITY
    assert city["url"] == "http://testserver/fi/toimijat/kaupunki/"
    assert int(city["degree"]) == 1
    edges = list(network.edges(data=True))
    assert len(edges) == 1 and edges[0][2]["kind"] == "cooperates"


def test_the_demo_shows_the_employment_services_moving_to_the_municipalities(client, demo_content):
    html = client.get("/fi/verkostokartta/muutokset/", {"since": "2024"}).content.decode()
    assert "Pohjanmaan TE-toimisto</a>" in section(html, "actors-gone")
    assert "Pohjanmaan TE-toimisto</a> – Ohjaa asiakkaita → <a" in section(html, "ties-gone")
    assert "Pohjanmaan työllisyysalue</a> – Ostaa palveluja" in section(html, "ties-added")
    map_2024 = client.get("/fi/verkostokartta/", {"year": "2024"}).content.decode()
    assert "Pohjanmaan TE-toimisto" in map_2024[map_2024.index("<svg") : map_2024.index("</svg>")]
