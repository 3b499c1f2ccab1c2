"""The parts of pages kept in the cache for every reader (portal.caching): a save shows at
once, a coordinator's preview never reaches anyone else, each language has its own, and a
second request reads neither the records nor the links again."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from networks.models import Actor, IntegrationPath, Municipality
from practices.models import Practice, Source

pytestmark = pytest.mark.django_db

MARK = "Tallennettu juuri äsken"


def edit_practice():
    practice = Practice.objects.published().order_by("pk").first()
    practice.description_fi = MARK
    practice.save()


def edit_summary():
    practice = Practice.objects.published().order_by("title_fi", "pk").first()
    practice.summary_fi = MARK
    practice.save()


def edit_actor():
    actor = Actor.objects.order_by("pk").first()
    actor.description_fi = MARK
    actor.save()


def rename_actor():
    actor = Actor.objects.order_by("name_fi", "pk").first()
    actor.name_fi = f"A {MARK}"
    actor.save()


def edit_stage():
    stage = IntegrationPath.objects.order_by("pk").first().stages.order_by("order").first()
    stage.description_fi = MARK
    stage.save()


def rename_source():
    source = Source.objects.order_by("title_fi", "pk").first()
    source.title_fi = f"A {MARK}"
    source.save()


def rename_municipality():
    municipality = Municipality.objects.order_by("pk").first()
    municipality.name_fi = MARK
    municipality.save()


PAGES = {
    "practice page": (lambda: Practice.objects.published().order_by("pk").first(), edit_practice),
    "actor page": (lambda: Actor.objects.order_by("pk").first(), edit_actor),
    "path page": (lambda: IntegrationPath.objects.order_by("pk").first(), edit_stage),
    "practice list": ("practices:list", edit_summary),
    "actor list": ("networks:actor-list", rename_actor),
    "sources": ("practices:source-list", rename_source),
    "coverage matrix": ("networks:coverage", rename_municipality),
    "network map": ("networks:map", rename_actor),
    # Nothing holds the word before the save; the renamed actor does after it.
    "site search": ("portal:search?q=tallennettu", rename_actor),
}


def url_of(page):
    record_or_name = PAGES[page][0]
    with translation.override("fi"):
        if isinstance(record_or_name, str):
            name, _, query = record_or_name.partition("?")
            return reverse(name) + (f"?{query}" if query else "")
        return record_or_name().get_absolute_url()


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("who", ["anonymous", "coordinator"])
def test_a_save_shows_at_once_on_the_cached_part_of_the_page(
    client, demo_content, coordinator, page, who
):
    if who == "coordinator":
        client.force_login(coordinator)
    url = url_of(page)
    first = client.get(url)
    assert first.status_code == 200
    assert MARK not in first.content.decode()
    PAGES[page][1]()
    # The site search marks the word it found (<mark>).
    assert MARK in re.sub("</?mark>", "", client.get(url).content.decode())


# The actor's and the path's own records are read each time (one query): no model
# instance is kept in the cache.
RECORD_QUERIES = {"practice page": 1, "actor page": 1, "path page": 1}


@pytest.mark.parametrize("page", PAGES)
def test_the_second_request_reads_at_most_its_own_record(
    client, demo_content, page, django_assert_max_num_queries
):
    url = url_of(page)
    client.get(url)
    # A record's page reads the record itself (its title), one query: model instances
    # are not kept in the cache.
    with django_assert_max_num_queries(RECORD_QUERIES.get(page, 0)):
        assert client.get(url).status_code == 200


def test_each_language_has_its_own_cached_part(client, demo_content):
    practice = Practice.objects.published().order_by("pk").first()
    pages = {}
    for language in ("fi", "sv"):
        with translation.override(language):
            pages[language] = client.get(practice.get_absolute_url()).content.decode()
    assert 'id="evidence-heading">Näyttö' in pages["fi"]
    assert 'id="evidence-heading">Evidens' in pages["sv"]


def test_a_coordinators_preview_of_related_drafts_never_reaches_the_public(
    client, demo_content, coordinator
):
    practice = Practice.objects.published().order_by("pk").first()
    draft = Practice.objects.create(
        slug="luonnos",
        title="Keskeneräinen luonnos",
        title_fi="Keskeneräinen luonnos",
        status=Practice.Status.DRAFT,
    )
    practice.related.add(draft)
    url = practice.get_absolute_url()
    coordinators = Client()
    coordinators.force_login(coordinator)
    # The coordinator draws the page first; the public's page is drawn for the public.
    assert "Keskeneräinen luonnos" in coordinators.get(url).content.decode()
    assert "Keskeneräinen luonnos" not in client.get(url).content.decode()
    assert "Keskeneräinen luonnos" in coordinators.get(url).content.decode()


def test_a_draft_seen_by_a_coordinator_stays_not_found_for_the_public(
    client, demo_content, coordinator
):
    draft = Practice.objects.create(
        slug="luonnos", title="Luonnos", title_fi="Luonnos", status=Practice.Status.DRAFT
    )
    coordinators = Client()
    coordinators.force_login(coordinator)
    assert coordinators.get(draft.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404
    draft.status = Practice.Status.PUBLISHED
    draft.save()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_a_missing_page_is_not_remembered_as_missing(client, demo_content):
    url = reverse("practices:detail", kwargs={"slug": "tuleva"})
    assert client.get(url).status_code == 404
    # Written in bulk, which sends no signals: only a 404 that was not kept lets it show.
    Practice.objects.bulk_create(
        [Practice(slug="tuleva", title="Tuleva", title_fi="Tuleva", status="published")]
    )
    assert client.get(url).status_code == 200
