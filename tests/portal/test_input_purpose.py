"""A visitor's own name and e-mail address are marked for what they are (WCAG 1.3.5,
Identify Input Purpose), so that browsers and assistive tools can fill them in: on every
public form that asks for them, in both languages (the tie survey's: tests/networks)."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.html_checks import unmarked

PRACTICE = "hyva-alku-alkukartoitus-ja-suunnitelma"


def form_pages():
    pages = []
    for code in ("fi", "sv"):
        with translation.override(code):
            pages += [
                reverse("portal:accessibility-feedback"),
                reverse("practices:propose"),
                reverse("practices:propose-adoption", kwargs={"slug": PRACTICE}),
                reverse("practices:detail", kwargs={"slug": PRACTICE}),  # its feedback form
                reverse("portal:follow", kwargs={"kind": "practice", "ref": PRACTICE}),
            ]
    return pages


@pytest.mark.django_db
def test_the_public_forms_mark_the_visitors_own_name_and_address(client, demo_content):
    found = {}
    for path in form_pages():
        response = client.get(path)
        assert response.status_code == 200, path
        found[path] = unmarked(response.content.decode())
    assert {path: tags for path, tags in found.items() if tags} == {}
