"""The open data's description page and the licence in every page's footer."""

import pytest

from portal.registry import registry
from tests.html_checks import assert_document_structure, assert_valid_html

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "heading", "licence"),
    [
        ("/fi/avoin-data/", "Avoin data", "Sisältö on lisensoitu CC BY 4.0 -lisenssillä"),
        ("/sv/oppna-data/", "Öppna data", "Innehållet omfattas av licensen CC BY 4.0"),
    ],
)
def test_the_page_describes_every_kind_in_its_language(client, url, heading, licence):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    assert f"<h1>{heading}</h1>" in html
    assert licence in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    assert 'href="http://testserver/api/v1/schema/"' in html
    for route in registry.api_routes:
        assert f'href="http://testserver/api/v1/{route.prefix}/"' in html
    # The practice list's filters are named as on the list.
    assert "<code>evidence</code>" in html


def test_every_page_names_the_licence_and_links_to_the_open_data(client):
    html = client.get("/sv/").content.decode()
    assert "Innehållet omfattas av licensen CC BY 4.0" in html
    assert 'href="/sv/oppna-data/"' in html


def test_a_deployment_names_its_own_licence(client, settings):
    settings.SPECTACULAR_SETTINGS = {
        **settings.SPECTACULAR_SETTINGS,
        "LICENSE": {"name": "CC0 1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"},
    }
    html = client.get("/fi/avoin-data/").content.decode()
    assert "lisenssillä CC0 1.0" in html
    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/"' in html
