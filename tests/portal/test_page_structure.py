"""Every public page of the foundation: strictly valid HTML, headings in order, landmarks."""

import pytest

from tests.html_checks import assert_document_structure, assert_valid_html

pytestmark = pytest.mark.django_db

PAGES = [
    "/{lang}/",
    "/{lang}/{search}/?q=vaasa",
    "/{lang}/{search}/?q=nothing-at-all",
    "/{lang}/{municipalities}/",
    "/{lang}/{municipalities}/vaasa/",
    "/{lang}/{accessibility}/",
    "/{lang}/{privacy}/",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/password_reset/",
]
SLUGS = {
    "fi": {
        "search": "haku",
        "municipalities": "kunnat",
        "accessibility": "saavutettavuus",
        "privacy": "tietosuoja",
    },
    "sv": {
        "search": "sok",
        "municipalities": "kommuner",
        "accessibility": "tillganglighet",
        "privacy": "dataskydd",
    },
}


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("template", PAGES)
def test_page_is_valid_html_with_headings_in_order(client, demo_content, language, template):
    url = template.format(lang=language, **SLUGS[language])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_not_found_page_is_valid_html(client, language):
    response = client.get(f"/{language}/ei-ole/")
    assert response.status_code == 404
    assert_valid_html(response.content.decode())
    assert_document_structure(response.content.decode())
