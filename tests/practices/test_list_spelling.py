"""The practice list, searched with a word typed wrong, offers the nearest written word."""

import re

import pytest

from tests.practices.factories import PracticeFactory, url_for

pytestmark = pytest.mark.django_db


def test_a_word_typed_wrong_is_offered_as_written_with_the_filters_kept(client, db):
    PracticeFactory(slug="zyx", title_fi="Kotoutumisen kielikahvilat")
    html = client.get(
        url_for("practices:list"), {"q": "kielikahvlat", "evidence": "0"}
    ).content.decode()
    assert 'Tarkoititko <a href="?q=kielikahvilat&amp;evidence=0">kielikahvilat</a>?' in html


def test_a_suggestion_finds_the_practice(client, db):
    PracticeFactory(slug="zyx", title_fi="Kotoutumisen kielikahvilat")
    html = client.get(url_for("practices:list"), {"q": "kielikahvlat"}).content.decode()
    # The suggestion's own link, followed as a user would.
    link = re.search(r'Tarkoititko <a href="([^"]+)">', html).group(1).replace("&amp;", "&")
    html = client.get(url_for("practices:list") + link).content.decode()
    assert 'href="/fi/kaytannot/zyx/"' in html


def test_no_suggestion_where_no_word_is_alike(client, db):
    PracticeFactory(slug="zyx", title_fi="Kotoutumisen kielikahvilat")
    html = client.get(url_for("practices:list"), {"q": "qxqxqxqx"}).content.decode()
    assert "Tarkoititko" not in html
