"""Every id that a page's labels and aria-* attributes name is on the page: on every page of
the sitemap in both languages, and on the lists whose filters were given values they do not
know (a field marked invalid must point at the message that says why)."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.html_checks import unresolved_references
from tests.translated import addresses_in_each_language

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def filtered_wrongly():
    return addresses_in_each_language(
        lambda: [
            reverse("practices:source-list") + "?year=zzz&kind=zz&language=xx",
            reverse("networks:actor-list") + "?municipality=zzz&language=xx",
            reverse("networks:map") + "?network=zz&year=abc",
            reverse("networks:coverage") + "?path=zz&sub_region=zz",
            reverse("practices:list") + "?theme=zz&evidence=zz",
        ]
    )


@pytest.mark.django_db
def test_every_id_a_page_refers_to_is_on_it(client, demo_content):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    paths = [loc.text.split("testserver", 1)[1] for loc in root.iter(f"{SITEMAP}loc")]
    assert len(paths) > 100
    unresolved = {}
    for path in paths + filtered_wrongly():
        response = client.get(path)
        assert response.status_code == 200, path
        if missing := unresolved_references(response.content.decode()):
            unresolved[path] = missing
    assert unresolved == {}
