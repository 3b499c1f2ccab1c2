"""The site search and the lists find every kind of record by a word in any of its forms,
through one search (portal.searchable), at a cost that does not grow with the records."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from networks.models import Actor
from portal import search
from portal.searchable import parse
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
        PracticeFactory(slug=f"zyx-{number}", title_fi=f"Kielikahvila zyx {number}")
        SourceFactory(slug=f"zyx-{number}", title_fi=f"Kielikahvila zyx {number}")
        Actor.objects.create(slug=f"zyx-{number}", name_fi=f"Kielikahvila zyx {number}")


def test_site_search_makes_the_same_queries_for_few_and_many_matches(client, demo_content):
    def search_page():
        with CaptureQueriesContext(connection) as context:
            html = client.get(url_for("portal:search"), {"q": "kielikahviloihin zyx"}).content
        return html.decode(), len(context)

    make_matching_records(0, 2)
    html, few = search_page()
    assert all("(2)" in group(html, key) for key in ("practices", "sources", "actors"))
    make_matching_records(2, 49)
    html, many = search_page()
    assert all("(51)" in group(html, key) for key in ("practices", "sources", "actors"))
    assert many == few
    # Every kind's first hits and its count come from one query of the index, what they show
    # from a second (on PostgreSQL with the planner told to read through the GIN index).
    assert few == (2 if connection.vendor == "sqlite" else 6)


def zyx_actors(count):
    for number in range(count):
        Actor.objects.create(slug=f"zyx-{number:02}", name_fi=f"Zyxtesti {number:02}")


def test_site_search_shows_a_few_hits_of_each_kind_and_leads_to_all(client, demo_content):
    zyx_actors(14)
    actors = group(
        client.get(url_for("portal:search"), {"q": "zyxtesti"}).content.decode(), "actors"
    )
    assert "(14)" in actors
    assert actors.count("<li>") == search.HITS_PER_KIND
    assert f'href="{url_for("portal:search")}?q=zyxtesti&amp;kind=actors"' in actors


def linked(html, rel):
    """The address of the page's link with this rel (however the template wraps its lines)."""
    return re.search(rf'<a href="([^"]+)"\s+rel="{rel}">', html).group(1).replace("&amp;", "&")


def test_site_search_of_one_kind_shows_its_hits_a_page_at_a_time(client, demo_content):
    zyx_actors(25)
    first = client.get(url_for("portal:search"), {"q": "zyxtesti", "kind": "actors"})
    html = first.content.decode()
    assert html.count("<mark>Zyxtesti</mark>") == search.HITS_PER_PAGE
    assert '<span aria-current="page">Toimijat (25)</span>' in html
    assert "Sivu 1 / 2" in html
    html = client.get(linked(html, "next")).content.decode()
    assert html.count("<mark>Zyxtesti</mark>") == 25 - search.HITS_PER_PAGE
    assert "</mark> 24</a>" in html and "</mark> 00</a>" not in html
    search_url = url_for("portal:search")
    assert linked(html, "prev") == f"{search_url}?q=zyxtesti&kind=actors"
    assert f'<a href="{search_url}?q=zyxtesti">Kaikki lajit (25)</a>' in html


@pytest.mark.parametrize("page", ["x", "-1", "0", "999", "9" * 50])
def test_site_search_answers_any_page_number(client, demo_content, page):
    zyx_actors(3)
    response = client.get(
        url_for("portal:search"), {"q": "zyxtesti", "kind": "actors", "page": page}
    )
    assert response.status_code == 200
    assert response.content.decode().count("<mark>Zyxtesti</mark>") == 3


def test_site_search_shows_every_kind_for_a_kind_it_does_not_know(client, demo_content):
    zyx_actors(3)
    html = client.get(url_for("portal:search"), {"q": "zyxtesti", "kind": "nothing"}).content
    assert "(3)" in group(html.decode(), "actors")


def test_site_search_leads_to_every_match_in_the_kinds_own_list(client, demo_content):
    zyx_actors(14)
    actors = group(
        client.get(url_for("portal:search"), {"q": "zyxtesti"}).content.decode(), "actors"
    )
    link = re.search(
        r'<a href="([^"]+)">Rajaa löydettyjä toimijoita toimijoiden luettelossa</a>', actors
    )
    assert link, actors
    # Two links read alike before: the kind's results here, and the list that filters them.
    assert "Kaikki 14 tulosta: Toimijat" in actors
    listed = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    # The list marks the word searched: "<mark>Zyxtesti</mark> 03".
    assert all(f"Zyxtesti</mark> {number:02}<" in listed for number in range(14))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="GIN indexes only on PostgreSQL")
def test_postgresql_answers_a_search_from_the_index_of_words():
    # The site search and the lists search the entries, whose GIN index finds them.
    queryset = search.entries_matching(parse("kotoutumiseen"))
    with connection.cursor() as cursor:
        # The tables of a test are small enough to read whole: ask for the index's plan.
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "portal_searchentry_vector_gin" in plan


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


def test_site_search_of_one_kind_makes_the_same_queries_for_few_and_many_matches(client, db):
    def search_page():
        with CaptureQueriesContext(connection) as context:
            client.get(url_for("portal:search"), {"q": "zyxtesti", "kind": "actors"})
        return len(context)

    zyx_actors(3)
    few = search_page()
    for number in range(3, 45):
        Actor.objects.create(slug=f"zyx-{number:02}", name_fi=f"Zyxtesti {number:02}")
    assert search_page() == few
    # Every kind's count, and the page of hits; the pages are counted from the counts.
    assert few == (2 if connection.vendor == "sqlite" else 6)
