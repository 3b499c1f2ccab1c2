"""An actor's own network map, dated ties and the map of a chosen year."""

import datetime
import re

import pytest

from networks import network_map
from networks.models import Actor, Tie

pytestmark = pytest.mark.django_db


def svg_actors(html):
    svg = html[html.index("<svg") : html.index("</svg>")]
    return set(re.findall(r'data-actor="(\d+)"', svg))


def pks(*actors):
    return {str(actor.pk) for actor in actors}


def test_an_actors_map_shows_it_and_those_tied_to_it(client, small_network):
    city, office, association, employer = small_network["actors"]
    response = client.get("/fi/verkostokartta/yhdistys/")
    assert response.status_code == 200
    html = response.content.decode()
    # The association is tied to the city alone; the city's other ties are a step further.
    assert svg_actors(html) == pks(association, city)
    assert "<h1>Toimijan Yhdistys verkostokartta</h1>" in html
    assert 'class="is-focus"' in html


def test_two_steps_reach_the_actors_tied_to_its_neighbours(client, small_network):
    city, office, association, employer = small_network["actors"]
    html = client.get("/fi/verkostokartta/yhdistys/", {"steps": "2"}).content.decode()
    assert svg_actors(html) == pks(association, city, office)
    assert "Kahden askeleen päässä (1)" in html


def test_an_unknown_number_of_steps_is_refused_in_words_and_one_step_drawn(client, small_network):
    city, office, association, employer = small_network["actors"]
    response = client.get("/fi/verkostokartta/yhdistys/", {"steps": "9"})
    assert response.status_code == 200
    html = response.content.decode()
    assert svg_actors(html) == pks(association, city)
    assert "Valitse oikea vaihtoehto" in html


def test_an_unknown_actor_has_no_map(client, small_network):
    assert client.get("/fi/verkostokartta/ei-ole/").status_code == 404


def test_each_node_and_the_actor_page_lead_to_its_own_map(client, small_network):
    html = client.get("/fi/verkostokartta/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert '<a href="/fi/verkostokartta/yhdistys/">' in svg
    actor_page = client.get("/fi/toimijat/yhdistys/").content.decode()
    assert 'href="/fi/verkostokartta/yhdistys/"' in actor_page
    assert client.get("/sv/natverkskarta/yhdistys/").status_code == 200


def test_a_tie_counts_on_the_map_of_the_years_it_was_in_force(client, small_network):
    city, office, association, employer = small_network["actors"]
    Tie.objects.create(
        source=employer,
        target=city,
        kind=Tie.Kind.FUNDS,
        valid_from=datetime.date(2018, 1, 1),
        valid_to=datetime.date(2020, 12, 31),
    )
    tie = f'data-tie="{employer.pk}-{city.pk}-funds"'
    in_force = client.get("/fi/verkostokartta/", {"year": "2019"}).content.decode()
    assert tie in in_force and str(employer.pk) in svg_actors(in_force)
    ended = client.get("/fi/verkostokartta/").content.decode()
    # The employer has no role and its one tie has ended: off today's map.
    assert tie not in ended and str(employer.pk) not in svg_actors(ended)
    # The association's role has no end: on the map whatever became of its ties.
    assert str(association.pk) in svg_actors(ended)


def test_a_tie_cannot_end_before_it_starts(admin_client, small_network):
    from django.core.exceptions import ValidationError

    city, office, association, employer = small_network["actors"]
    tie = Tie(
        source=employer,
        target=city,
        kind=Tie.Kind.FUNDS,
        valid_from=datetime.date(2021, 1, 1),
        valid_to=datetime.date(2020, 1, 1),
    )
    with pytest.raises(ValidationError, match="ei voi päättyä ennen kuin se alkaa"):
        tie.full_clean()


def test_the_map_names_communities_and_the_brokers_between_them(client, small_network):
    city, office, association, employer = small_network["actors"]
    # Two pairs tied closely within and once between: the city and a new actor.
    other = Actor.objects.create(name="Seura", name_fi="Seura", slug="seura")
    third = Actor.objects.create(name="Kerho", name_fi="Kerho", slug="kerho")
    for source, target in ((other, third), (third, other), (other, employer), (employer, third)):
        Tie.objects.create(source=source, target=target, kind=Tie.Kind.COOPERATES)
    Tie.objects.create(source=employer, target=city, kind=Tie.Kind.INFORMS)
    html = client.get("/fi/verkostokartta/").content.decode()
    communities = html[html.index("<h3>Yhteisöt</h3>") : html.index("<h3>Välittäjät")]
    assert communities.count("<li") == 2
    brokers = html[html.index("<h3>Välittäjät") :].split("</ul>")[0]
    assert "Työnantaja</a>" in brokers and "Kaupunki</a>" in brokers
    assert "Seura</a>" not in brokers


@pytest.mark.parametrize("size", ["degree", "betweenness", "closeness", "none"])
def test_node_size_follows_the_chosen_figure(client, small_network, size):
    city, office, association, employer = small_network["actors"]
    html = client.get("/fi/verkostokartta/", {"size": size}).content.decode()
    nodes = dict(re.findall(r'<g data-actor="(\d+)"[^>]*>(.*?)</g>', html, re.S))
    # The city is tied to both others and lies between them; the employer has no tie.
    # Only the city is drawn as a circle (a municipality); the employer's polygon is sized
    # by its points, so compare the city with the smallest size a figure of 0 gives.
    radius = float(
        re.search(r'<circle cx="[^"]+" cy="[^"]+" r="([^"]+)"', nodes[str(city.pk)]).group(1)
    )
    if size == "none":
        assert radius == network_map.PLAIN_SIZE
    else:
        assert radius == network_map.LARGEST


def test_the_ties_of_the_map_as_chosen_download_as_csv(client, small_network):
    html = client.get("/fi/verkostokartta/", {"network": "verkosto"}).content.decode()
    assert 'href="/fi/verkostokartta/yhteydet.csv?network=verkosto"' in html
    response = client.get("/fi/verkostokartta/yhteydet.csv", {"network": "verkosto"})
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("Mistä;") or lines[0].startswith("Mistä,")
    assert len(lines) == 2 and "Yhdistys" in lines[1] and "Kaupunki" in lines[1]


def test_a_map_with_too_many_ties_for_a_table_points_to_the_csv(client, small_network, monkeypatch):
    from networks import map_views

    monkeypatch.setattr(map_views, "TIES_IN_TABLE", 2)
    html = client.get("/fi/verkostokartta/").content.decode()
    assert 'id="ties-table"' not in html
    assert "Kartalla on 3 yhteyttä" in html
