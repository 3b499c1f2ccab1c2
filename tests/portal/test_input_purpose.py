"""A visitor's own name and e-mail address are marked for what they are (WCAG 1.3.5,
Identify Input Purpose), so that browsers and assistive tools can fill them in: on every
public form that asks for them, in both languages (the tie survey's: tests/networks)."""

import pytest
from django.urls import reverse

from tests.html_checks import OWN_DETAILS, unmarked
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
