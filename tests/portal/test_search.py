import re

import pytest
from pytest_django.asserts import assertInHTML

from tests.practices.factories import PracticeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fi", "Pietarsaari", "Pietarsaari"),
        ("sv", "Jakobstad", "Jakobstad"),
        ("fi", "larsmo", "Luoto"),
    ],
)
def test_search_finds_municipalities_by_either_name(
    client, demo_content, language, query, expected
):
    url = {"fi": "/fi/haku/", "sv": "/sv/sok/"}[language]
    html = client.get(url, {"q": query}).content.decode()
    # The found word is marked in the title.
    assert f">{expected}</a>" in re.sub("</?mark>", "", html)


def test_search_groups_results_by_kind(client, demo_content):
    html = client.get("/fi/haku/", {"q": "saavutettav"}).content.decode()
    assert '<h2 id="group-pages">Sivut' in html
    assert "Saavutettavuusseloste</a>" in html
    assert 'id="group-municipalities"' not in html


@pytest.mark.parametrize(("url", "label"), [("/fi/haku/", "Näyttö: "), ("/sv/sok/", "Evidens: ")])
def test_a_practice_found_says_what_its_level_is_of(client, demo_content, url, label):
    """Under a practice's title, its level of evidence with the word that says what it is,
    as on its own page: a bare "2 – Theoretically grounded" told nothing."""
    html = client.get(url, {"q": "alkukartoitus"}).content.decode()
    practices = html.split('id="group-practices"', 1)[1].split("</section>", 1)[0]
    lines = re.findall(r'<p class="meta">([^<]*)</p>', practices)
    assert lines and all(line.startswith(label) for line in lines)


def test_search_without_matches_says_so(client, demo_content):
    html = client.get("/fi/haku/", {"q": "xyzzy"}).content.decode()
    assert "Haulla ”xyzzy” ei löytynyt mitään." in html


@pytest.mark.parametrize(
    "query",
    ["%", "_", "\x01", "' OR 1=1 --", "a" * 5000, "\u202e\u0001\ufffd", "(((", "\\"],
)
def test_search_answers_any_input_without_error(client, demo_content, query):
    response = client.get("/fi/haku/", {"q": query})
    assert response.status_code == 200


def test_overlong_search_is_shortened_with_a_message(client, demo_content):
    html = client.get("/fi/haku/", {"q": "Vaasa " + "x" * 300}).content.decode()
    assert "Hakusi lyhennettiin 200 ensimmäiseen merkkiin." in html


def test_search_makes_a_constant_number_of_queries(
    client, demo_content, django_assert_max_num_queries
):
    from portal.registry import registry

    # At most a page of hits and a count for each kind of record.
    with django_assert_max_num_queries(len(registry.search_kinds)):
        client.get("/fi/haku/", {"q": "a"})


def test_header_search_field_is_empty_on_pages_other_than_search(client, demo_content):
    """A page's own query parameters must not leak into the site-wide search field."""
    html = client.get("/fi/kattavuus/", {"path": "tyollisyys"}).content.decode()
    field = 'id="site-search-q" type="search" name="q" maxlength="200"'
    assertInHTML(f'<input {field} value="">', html)
    html = client.get("/fi/haku/", {"q": "Vaasa"}).content.decode()
    assertInHTML(f'<input {field} value="Vaasa">', html)


def test_search_finds_a_path_by_the_name_of_one_of_its_stages(client, demo_content):
    html = client.get("/fi/haku/", {"q": "kotoutumiskoulutus"}).content.decode()
    assert 'id="group-paths"' in html
    assert 'href="/fi/polut/tyollisyys/"' in html


def test_search_puts_a_word_in_the_title_before_the_same_word_in_the_text(client, db):
    # "Aakkosjärjestyksessä" comes first by title; its text alone holds the word.
    PracticeFactory(slug="teksti", title_fi="Aakkosjärjestyksessä ensin", summary_fi="Zyxmentori.")
    PracticeFactory(slug="otsikko", title_fi="Zyxmentori otsikossa")
    html = client.get("/fi/haku/", {"q": "zyxmentori"}).content.decode()
    assert html.index("otsikossa</a>") < html.index("Aakkosjärjestyksessä ensin</a>")


def test_search_marks_the_words_it_found_in_any_form(client, db):
    PracticeFactory(slug="kahvila", title_fi="Kielikahvilat <kaikille>")
    html = client.get("/fi/haku/", {"q": "kielikahviloihin"}).content.decode()
    # Escaped as before, the found word marked.
    assert "<mark>Kielikahvilat</mark> &lt;kaikille&gt;</a>" in html
