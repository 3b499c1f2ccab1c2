import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return root, [loc.text for loc in root.findall("s:url/s:loc", NS)]


def test_sitemap_lists_every_public_page_in_both_languages(client, demo_content):
    root, locations = sitemap_locations(client)
    for path in (
        "/fi/",
        "/sv/",
        "/fi/saavutettavuus/",
        "/sv/tillganglighet/",
        "/fi/tietosuoja/",
        "/sv/dataskydd/",
        "/fi/kunnat/vaasa/",
        "/sv/kommuner/vaasa/",
        "/fi/kunnat/",
        "/sv/kommuner/",
        "/fi/avoin-data/",
        "/sv/oppna-data/",
    ):
        assert f"http://testserver{path}" in locations
    assert len([loc for loc in locations if "/kunnat/" in loc and loc.count("/") == 6]) == 15


def test_sitemap_entries_name_their_other_language(client, demo_content):
    root, _locations = sitemap_locations(client)
    entry = next(
        url
        for url in root.findall("s:url", NS)
        if url.find("s:loc", NS).text == "http://testserver/fi/kunnat/vaasa/"
    )
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)}
    assert alternates["sv"] == "http://testserver/sv/kommuner/vaasa/"


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /fi/admin/" in text


def test_sitemap_names_no_address_without_a_language(client, demo_content):
    root, locations = sitemap_locations(client)
    hreflangs = {link.get("hreflang") for link in root.findall("s:url/x:link", NS)}
    assert hreflangs == {"fi", "sv"}
    assert "http://testserver/fi/polut/tyollisyys/" in locations
    assert "http://testserver/sv/aktorer/vaasan-kaupunki/" in locations
