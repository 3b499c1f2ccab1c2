"""Every id that a page's labels and aria-* attributes name is on the page, and no two of its
landmarks share a role and a name: on every page of the sitemap in both languages, on a
hearing's report, and on the lists whose filters were given values they do not know (a
field marked invalid must point at the message that says why)."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.html_checks import landmarks_named_alike, unresolved_references
from tests.translated import addresses_in_each_language

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def not_in_the_sitemap():
    return addresses_in_each_language(
        lambda: [
            # The demo's closed hearing: its report has a table in a scroll region.
            reverse("hearings:report", kwargs={"slug": "aiesopimus-kevat-2026"}),
            reverse("practices:source-list") + "?year=zzz&kind=zz&language=xx",
            reverse("networks:actor-list") + "?municipality=zzz&language=xx",
            reverse("networks:map") + "?network=zz&year=abc",
            reverse("networks:coverage") + "?path=zz&sub_region=zz",
            reverse("practices:list") + "?theme=zz&evidence=zz",
        ]
    )


@pytest.mark.django_db
def test_every_id_a_page_refers_to_is_on_it_and_its_landmarks_are_told_apart(client, demo_content):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    paths = [loc.text.split("testserver", 1)[1] for loc in root.iter(f"{SITEMAP}loc")]
    assert len(paths) > 100
    unresolved, alike = {}, {}
    for path in paths + not_in_the_sitemap():
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        if missing := unresolved_references(html):
            unresolved[path] = missing
        if same := landmarks_named_alike(html):
            alike[path] = same
    assert unresolved == {}
    assert alike == {}
