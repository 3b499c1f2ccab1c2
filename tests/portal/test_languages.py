import re

import pytest
from pytest_django.asserts import assertInHTML

from portal.models import Page
from tests.html_elements import elements

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("sv-FI,sv;q=0.9", "/sv/"), ("fi-FI,fi;q=0.9", "/fi/"), ("en-GB,en;q=0.9", "/fi/")],
)
def test_root_sends_visitor_to_the_language_the_browser_prefers(client, accept_language, expected):
    response = client.get("/", headers={"Accept-Language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_html_lang_matches_the_language_of_the_address(client, language):
    response = client.get(f"/{language}/")
    assert f'<html lang="{language}">' in response.content.decode()


def test_language_switch_leads_to_the_same_page_in_the_other_language(client, demo_content):
    response = client.get("/fi/kunnat/vaasa/")
    html = response.content.decode()
    assertInHTML('<a href="/sv/kommuner/vaasa/" lang="sv" hreflang="sv">Svenska</a>', html)
    assert elements(html, "a", "Suomi", aria_current="true")


def test_language_switch_keeps_the_search_terms(client):
    html = client.get("/fi/haku/?q=Vaasa+vasa").content.decode()
    assert 'href="/sv/sok/?q=Vaasa+vasa"' in html


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_pages_carry_hreflang_alternates_for_both_languages(client, language):
    html = client.get(f"/{language}/").content.decode()
    assertInHTML('<link rel="alternate" hreflang="fi" href="http://testserver/fi/">', html)
    assertInHTML('<link rel="alternate" hreflang="sv" href="http://testserver/sv/">', html)


def test_interface_is_translated_in_each_language(client):
    assert "Hae portaalista" in client.get("/fi/").content.decode()
    assert "Sök i portalen" in client.get("/sv/").content.decode()


def test_text_missing_in_swedish_is_shown_in_finnish_with_a_note_and_lang(client):
    privacy = Page.objects.get(key=Page.Key.PRIVACY)
    privacy.body_sv = ""
    privacy.save()
    html = client.get("/sv/dataskydd/").content.decode()
    assert "Denna text finns endast på finska." in html
    assert re.search(r'<div class="rich-text" lang="fi">\s*<h2>Mitä tietoja käsittelemme', html)


def test_text_in_the_readers_language_has_no_fallback_note(client):
    html = client.get("/sv/dataskydd/").content.decode()
    assert "endast på" not in html
    assert '<div class="rich-text" lang="sv">' in html
