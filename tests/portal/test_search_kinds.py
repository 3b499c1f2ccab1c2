"""The site search and the lists find every kind of record by a word in any of its forms,
through one search (portal.searchable), at a cost that does not grow with the records."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from networks.models import Actor
from portal import search
from portal.registry import registry
from practices.models import Source
from tests.practices.factories import PracticeFactory, SourceFactory, url_for

pytestmark = pytest.mark.django_db


def group(html, key):
    """The HTML of one kind's group of results, or "" when the kind found nothing."""
    match = re.search(rf'<section aria-labelledby="group-{key}">.*?</section>', html, re.S)
    return match.group(0) if match else ""


@pytest.mark.parametrize(
    ("language", "query", "key", "url_name", "slug"),
    [
        (
            "fi",
            "alkukartoitukseen",
            "practices",
            "practices:detail",
            "testipiste-alkukartoituksen-tukena",
        ),
        (
            "fi",
            "kotouttamisohjelmaan",
            "sources",
            "practices:source-detail",
            "valtion-kotouttamisohjelma-2012-2015",
        ),
        ("fi", "varhaiskasvatukseen", "actors", "networks:actor-detail", "vaasan-varhaiskasvatus"),
        ("fi", "työnhakijoille", "paths", "networks:path-detail", "tyollisyys"),
        (
            "fi",
            "työllisyysasteesta",
            "indicators",
            "monitoring:indicator-detail",
            "tyollisyysaste-vieraskieliset",
        ),
        ("fi", "Pietarsaaressa", "municipalities", "networks:municipality-detail", "pietarsaari"),
        ("sv", "småbarnspedagogiken", "actors", "networks:actor-detail", "vaasan-varhaiskasvatus"),
        ("sv", "Jakobstads", "municipalities", "networks:municipality-detail", "pietarsaari"),
    ],
)
def test_site_search_finds_each_kind_by_an_inflected_word(
    client, demo_content, language, query, key, url_name, slug
):
    html = client.get(url_for("portal:search", language), {"q": query}).content.decode()
    assert f'href="{url_for(url_name, language, slug=slug)}"' in group(html, key)


@pytest.mark.parametrize(
    ("language", "query", "url_name"),
    [
        ("fi", "tietosuojaselosteessa", "portal:privacy"),
        ("sv", "dataskyddsbeskrivningen", "portal:privacy"),
    ],
)
def test_site_search_finds_an_editable_page_by_an_inflected_word(
    client, demo_content, language, query, url_name
):
    html = client.get(url_for("portal:search", language), {"q": query}).content.decode()
    assert f'href="{url_for(url_name, language)}"' in group(html, "pages")


def test_actor_list_finds_an_actor_by_an_inflected_word(client, demo_content):
    html = client.get(url_for("networks:actor-list"), {"q": "varhaiskasvatukseen"}).content
    assert url_for("networks:actor-detail", slug="vaasan-varhaiskasvatus") in html.decode()


def test_source_list_finds_a_source_by_an_inflected_word(client, demo_content):
    html = client.get(url_for("practices:source-list"), {"q": "kotouttamisohjelmaan"}).content
    expected = url_for("practices:source-detail", slug="valtion-kotouttamisohjelma-2012-2015")
    assert expected in html.decode()


def test_actor_search_puts_a_word_in_the_name_before_one_in_the_description(db):
    Actor.objects.create(slug="kuvaus", name_fi="Aaltopalvelu", description_fi="Tukee koulutusta.")
    Actor.objects.create(slug="nimi", name_fi="Koulutuskeskus Oy")
    assert list(Actor.objects.search("koulutukseen").values_list("slug", flat=True)) == [
        "nimi",
        "kuvaus",
    ]


def make_matching_records(start, count):
    for number in range(start, start + count):
        PracticeFactory(slug=f"zyx-{number}", title_fi=f"Kielikahvila {number}")
        SourceFactory(slug=f"zyx-{number}", title_fi=f"Kielikahvila {number}")
        Actor.objects.create(slug=f"zyx-{number}", name_fi=f"Kielikahvila {number}")


def test_site_search_makes_the_same_queries_for_few_and_many_matches(client, demo_content):
    def search_page():
        with CaptureQueriesContext(connection) as context:
            html = client.get(url_for("portal:search"), {"q": "kielikahviloihin"}).content
        return html.decode(), len(context)

    make_matching_records(0, 2)
    html, few = search_page()
    assert all("(2)" in group(html, key) for key in ("practices", "sources", "actors"))
    make_matching_records(2, 49)
    html, many = search_page()
    assert all("(51)" in group(html, key) for key in ("practices", "sources", "actors"))
    assert many == few
    # One query for each kind of record: its first hits and its count.
    assert few == len(registry.search_kinds)


def test_site_search_counts_a_common_word_up_to_a_limit(client, demo_content, monkeypatch):
    monkeypatch.setattr(search, "COUNT_LIMIT", 12)
    for number in range(14):
        Actor.objects.create(slug=f"zyx-{number}", name_fi=f"Zyxtesti {number}")
    html = client.get(url_for("portal:search"), {"q": "zyxtesti"}).content.decode()
    actors = group(html, "actors")
    assert "(12+)" in actors
    assert "Näytetään 10, osumia yli 12." in actors
    assert actors.count("<li>") == 10


def test_site_search_leads_to_every_match_in_the_kinds_own_list(client, demo_content):
    for number in range(14):
        Actor.objects.create(slug=f"zyx-{number}", name_fi=f"Zyxtesti {number}")
    actors = group(
        client.get(url_for("portal:search"), {"q": "zyxtesti"}).content.decode(), "actors"
    )
    link = re.search(r'<a href="([^"]+)">Katso kaikki löydetyt toimijat</a>', actors)
    assert link, actors
    listed = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert all(f"Zyxtesti {number}<" in listed for number in range(14))


def test_site_search_needs_no_link_when_every_match_is_shown(client, demo_content):
    for number in range(3):
        Actor.objects.create(slug=f"zyx-{number}", name_fi=f"Zyxtesti {number}")
    html = client.get(url_for("portal:search"), {"q": "zyxtesti"}).content.decode()
    assert "Katso kaikki" not in group(html, "actors")


def test_site_search_shows_the_exact_count_below_the_limit(client, demo_content):
    for number in range(14):
        Actor.objects.create(slug=f"zyx-{number}", name_fi=f"Zyxtesti {number}")
    actors = group(
        client.get(url_for("portal:search"), {"q": "zyxtesti"}).content.decode(), "actors"
    )
    assert "(14)" in actors and "Näytetään 10 / 14." in actors


@pytest.mark.skipif(connection.vendor != "postgresql", reason="GIN indexes only on PostgreSQL")
@pytest.mark.parametrize(
    ("model", "index"),
    [(Actor, "networks_actor_search_gin"), (Source, "practices_source_search_gin")],
)
def test_postgresql_answers_a_search_from_the_index_of_words(model, index):
    queryset = model.objects.matching("kotoutumiseen")
    with connection.cursor() as cursor:
        # The tables of a test are small enough to read whole: ask for the index's plan.
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert index in plan


@pytest.mark.parametrize(
    ("list_name", "make"),
    [
        (
            "practices:source-list",
            lambda slug, title, text: SourceFactory(slug=slug, title_fi=title, summary_fi=text),
        ),
        (
            "networks:actor-list",
            lambda slug, title, text: Actor.objects.create(
                slug=slug, name_fi=title, description_fi=text
            ),
        ),
    ],
)
def test_a_list_searched_puts_a_word_in_the_title_first(client, db, list_name, make):
    # First by title, the record whose text alone holds the word; then the one whose title does.
    make("teksti", "Aakkosissa ensin", "Zyxkerho kokoontuu.")
    make("otsikko", "Zyxkerho", "Kokoontuu.")
    html = client.get(url_for(list_name), {"q": "zyxkerho"}).content.decode()
    assert html.index(">Zyxkerho<") < html.index(">Aakkosissa ensin<")
