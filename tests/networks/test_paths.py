import re

import pytest
from django.utils import translation
from pytest_django.asserts import assertInHTML

pytestmark = pytest.mark.django_db


def test_path_page_lists_its_stages_in_order_with_the_right_actors(client, small_network):
    html = client.get("/fi/polut/tyo/").content.decode()
    assert html.index("Kartoitus</h2>") < html.index("Suunnitelma</h2>")
    assessment = html[html.index("Kartoitus</h2>") : html.index("Suunnitelma</h2>")]
    assert "Työvoimatoimisto</a>" in assessment
    assert "Vastuussa" in assessment
    # The city's role at the assessment ended in 2019.
    assert "Kaupunki</a>" not in assessment
    plan = html[html.index("Suunnitelma</h2>") :]
    assert plan.index("Kaupunki</a>") < plan.index("Yhdistys</a>"), "responsible first"
    assert '<span class="tag">ruotsi</span>' in plan


def test_path_page_in_swedish(client, small_network):
    html = client.get("/sv/vagar/tyo/").content.decode()
    assert "<h1>Arbetets väg</h1>" in html
    assert "Kartläggning</h2>" in html
    assert "Arbetskontoret</a>" in html


def test_roles_of_an_earlier_year_are_shown_for_that_year(client, small_network):
    html = client.get("/fi/polut/tyo/", {"year": "2019"}).content.decode()
    assessment = html[html.index("Kartoitus</h2>") : html.index("Suunnitelma</h2>")]
    assert "Kaupunki</a>" in assessment
    assert "31.12.2019" in assessment


@pytest.mark.parametrize("year", ["abc", "99999999999999999999", "1800", "-1", ""])
def test_invalid_year_shows_this_year_with_a_message(client, small_network, year):
    response = client.get("/fi/polut/tyo/", {"year": year})
    assert response.status_code == 200
    if year:
        assert 'role="status"' in response.content.decode()


def test_stage_without_actors_is_marked_as_a_gap(client, small_network):
    html = client.get("/fi/polut/lapset/").content.decode()
    assert "Aukko:" in html


def test_path_list_shows_each_path_with_its_stages(client, small_network):
    html = client.get("/fi/polut/").content.decode()
    assert re.search(r"Työn polku</a>.*<li>Kartoitus</li><li>Suunnitelma</li>", html, re.S)


@pytest.mark.parametrize("extra_actors", [0, 30])
def test_path_page_makes_a_constant_number_of_queries(
    client, small_network, django_assert_num_queries, extra_actors
):
    from networks.models import Actor, Role

    stage = small_network["stages"][1]
    for number in range(extra_actors):
        actor = Actor.objects.create(name=f"A{number}", name_fi=f"A{number}", slug=f"a{number}")
        actor.languages.set(small_network["languages"])
        Role.objects.create(actor=actor, stage=stage).municipalities.set(
            small_network["municipalities"]
        )
    # No practices serve the path: their rows are not read (9 queries with them); the
    # stages' indicators are one, their priorities another.
    with django_assert_num_queries(9):
        client.get("/fi/polut/tyo/")


def test_text_missing_in_swedish_is_shown_in_finnish_with_its_lang(client, small_network):
    from networks.models import Actor

    work = small_network["paths"][0]
    work.description_fi, work.description_sv = "Polun kuvaus.", ""
    work.save()
    Actor.objects.filter(slug="toimisto").update(name_sv="")
    html = client.get("/sv/vagar/tyo/").content.decode()
    assertInHTML('<p class="lead" lang="fi">Polun kuvaus.</p>', html)
    with translation.override("sv"):
        office = Actor.objects.get(slug="toimisto").get_absolute_url()
    assertInHTML(f'<a href="{office}"><span lang="fi">Työvoimatoimisto</span></a>', html)
