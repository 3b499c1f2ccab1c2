"""The networks pages: strictly valid HTML with headings in order, and no axe violations."""

import pytest

from tests.html_checks import assert_document_structure, assert_valid_html

PAGES = {
    "fi": [
        "/fi/polut/",
        "/fi/polut/tyo/",
        "/fi/toimijat/",
        "/fi/toimijat/?language=sv&municipality=beeta",
        "/fi/toimijat/kaupunki/",
        "/fi/verkostokartta/",
        "/fi/verkostokartta/kaupunki/?steps=2&size=closeness",
        "/fi/verkostokartta/muutokset/?since=2019",
        "/fi/kattavuus/",
        "/fi/kunnat/alfa/",
    ],
    "sv": [
        "/sv/vagar/",
        "/sv/vagar/lapset/",
        "/sv/aktorer/",
        "/sv/aktorer/yhdistys/",
        "/sv/natverkskarta/?network=verkosto",
        "/sv/natverkskarta/yhdistys/",
        "/sv/natverkskarta/forandringar/?since=2023&until=2019",
        "/sv/tackning/?path=tyo",
        "/sv/kommuner/gamma/",
    ],
}
ALL_PAGES = [url for urls in PAGES.values() for url in urls]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ALL_PAGES)
def test_networks_page_is_valid_html_with_headings_in_order(client, small_network, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("url", ALL_PAGES)
def test_networks_page_has_no_accessibility_violations(page, axe, small_network, url):
    page.goto(url)
    assert axe(page) == []
