"""A visitor's own name and e-mail address are marked for what they are (WCAG 1.3.5,
Identify Input Purpose), so that browsers and assistive tools can fill them in: on every
public form that asks for them, in both languages (the tie survey's: tests/networks)."""

import pytest
from django.urls import reverse

from tests.html_checks import OWN_DETAILS, unmarked
from tests.html_elements import element, text_of
from tests.translated import addresses_in_each_language

PRACTICE = "hyva-alku-alkukartoitus-ja-suunnitelma"


def form_pages():
    return addresses_in_each_language(
        lambda: [
            reverse("portal:accessibility-feedback"),
            reverse("practices:propose"),
            reverse("practices:propose-adoption", kwargs={"slug": PRACTICE}),
            reverse("practices:feedback", kwargs={"slug": PRACTICE}),
            reverse("portal:follow", kwargs={"kind": "practice", "ref": PRACTICE}),
        ]
    )


@pytest.mark.django_db
def test_the_public_forms_mark_the_visitors_own_name_and_address(client, demo_content):
    found = {}
    for path in form_pages():
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        # The page does ask for the visitor's own details: else there is nothing to check.
        assert any(f'name="{name}"' in html for name in OWN_DETAILS), path
        found[path] = unmarked(html)
    assert {path: tags for path, tags in found.items() if tags} == {}


@pytest.mark.django_db
def test_each_form_page_is_titled_with_what_it_is_about_and_the_sites_name(client, demo_content):
    """WCAG 2.4.2: 21 pages titled "Ask a question or comment – Ostrobothnia" told no tab
    from another."""
    titles = {}
    for path in form_pages():
        html = client.get(path).content.decode()
        titles[path] = text_of(element(html, "title"))
    assert len(set(titles.values())) == len(titles), titles
    practice_fi = "Hyvä alku"
    assert all(
        title.endswith(("– Kotoutumisen tietopankki", "– Kunskapsbanken för integration"))
        for title in titles.values()
    ), titles
    feedback = titles[form_pages()[3]]
    assert feedback.startswith("Kysy tai kommentoi – ") and practice_fi in feedback, feedback
    home = text_of(element(client.get("/fi/").content.decode(), "title"))
    assert home == "Kotoutumisen tietopankki – Pohjanmaa"
