"""The practice list, searched with a word typed wrong, shows the practices of the nearest
written word and says so; where those are filtered out, it offers the word."""

import re

import pytest

from tests.practices.factories import PracticeFactory, url_for

pytestmark = pytest.mark.django_db

CORRECTED = "Haulla ”kielikahvlat” ei löytynyt mitään. Näytetään tulokset haulle ”kielikahvilat”."


@pytest.fixture
def cafes(db):
    return PracticeFactory(slug="zyx", title_fi="Kotoutumisen kielikahvilat", evidence_level=2)


def test_a_word_typed_wrong_shows_the_practices_of_the_word_as_written(client, cafes):
    html = client.get(
        url_for("practices:list"), {"q": "kielikahvlat", "evidence": "1"}
    ).content.decode()
    assert 'href="/fi/kaytannot/zyx/"' in html
    assert CORRECTED in html
    # The search box holds the words searched; the filter stays chosen.
    assert 'value="kielikahvilat"' in html
    evidence = re.search(r'name="evidence".*?</select>', html, re.S).group(0)
    assert re.search(r'<option value="1" selected>', evidence)


def test_the_spreadsheet_of_a_word_typed_wrong_holds_the_same_practices(client, cafes):
    response = client.get(url_for("practices:export-csv"), {"q": "kielikahvlat"})
    assert "Kotoutumisen kielikahvilat" in response.content.decode("utf-8-sig")


def test_where_the_filters_leave_nothing_the_word_is_offered_as_written(client, cafes):
    html = client.get(
        url_for("practices:list"), {"q": "kielikahvlat", "evidence": "3"}
    ).content.decode()
    assert "zyx" not in html and CORRECTED not in html
    link = re.search(r'Tarkoititko <a href="([^"]+)">', html).group(1).replace("&amp;", "&")
    assert link == "?q=kielikahvilat&evidence=3"


def test_no_correction_where_no_word_is_alike(client, cafes):
    html = client.get(url_for("practices:list"), {"q": "qxqxqxqx"}).content.decode()
    assert "Tarkoititko" not in html and "Näytetään tulokset" not in html
    assert "zyx" not in html
