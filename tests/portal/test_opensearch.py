"""Browsers offer the portal's search from their address bar: an OpenSearch description per
language, linked from every page's head."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import translation
from pytest_django.asserts import assertInHTML

from practices.models import Practice

pytestmark = pytest.mark.django_db
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"


def description(client, language):
    with translation.override(language):
        response = client.get(reverse("portal:opensearch"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    return ET.fromstring(response.content)


@pytest.mark.parametrize(
    ("language", "short_name", "search_path"),
    [("fi", "Tietopankki", "/fi/haku/"), ("sv", "Kunskapsbanken", "/sv/sok/")],
)
def test_each_language_describes_its_own_search(client, language, short_name, search_path):
    root = description(client, language)
    name = root.find(f"{OPENSEARCH}ShortName").text
    assert name == short_name and len(name) <= 16  # the standard's limit
    assert root.find(f"{OPENSEARCH}Language").text == language
    url = root.find(f"{OPENSEARCH}Url")
    assert url.get("type") == "text/html"
    assert url.get("template") == f"http://testserver{search_path}?q={{searchTerms}}"


def test_the_template_filled_in_as_a_browser_does_finds_practices(client, demo_content):
    practice = Practice.objects.get(slug="kotopaikka2-viisivaiheinen-tyollistymisen-malli")
    template = description(client, "fi").find(f"{OPENSEARCH}Url").get("template")
    address = urlsplit(template.replace("{searchTerms}", "mentori"))
    response = client.get(f"{address.path}?{address.query}")
    assert response.status_code == 200
    # A hit, not the words echoed in the search field.
    assert f'href="{practice.get_absolute_url()}"' in response.content.decode()


def test_every_page_links_to_the_description_in_its_language(client):
    for language in ("fi", "sv"):
        with translation.override(language):
            html = client.get(reverse("portal:home")).content.decode()
            link = (
                '<link rel="search" type="application/opensearchdescription+xml"'
                f' title="{translation.gettext("Knowledge bank for integration")}"'
                f' href="/{language}/opensearch.xml">'
            )
        assertInHTML(link, html)
