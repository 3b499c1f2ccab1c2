"""The open-data API, driven as a client does: every endpoint walked anonymously finds what
the public pages show and nothing else; filters, pages, conditional requests, CORS and the
rate limit."""

import json
import time

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.http import http_date

from agreements.models import Comment, Commitment, Version
from portal import caching
from portal.api_throttle import PerClientThrottle
from practices.models import Adoption, PendingProposal, Practice, Theme
from tests.agreements.factories import PartyFactory, VersionFactory
from tests.agreements.helpers import thawed
from tests.databases import on_postgresql_only
from tests.networks.factories import ActorFactory, MunicipalityFactory
from tests.practices.factories import (
    AdoptionFactory,
    PracticeFactory,
    SourceFactory,
    translated,
)

pytestmark = pytest.mark.django_db
ROOT = "/api/v1/"
SECRETS = (
    "SALAINEN-LUONNOS",
    "PIILOTETTU-KAYTTOONOTTO",
    "KESKENERAINEN-SITOUMUS",
    "KOMMENTIN-TEKSTI",
    "ehdottaja@example.org",
    "proposer-secret",
)


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return response


def walk(client):
    """{address: parsed answer} of every list page and every record, from the root."""
    seen = {}
    for list_url in get(client, ROOT).json().values():
        url = list_url
        while url:
            page = get(client, url).json()
            seen[url] = page
            for record in page["results"]:
                key = record.get("slug") or record.get("code")
                if key:
                    detail = f"{list_url}{key}/"
                    seen[detail] = get(client, detail).json()
            url = page["next"]
    return seen


@pytest.fixture
def secrets_and_signed(demo_content, coordinator):
    """What must never show (a draft practice, a hidden adoption, a draft version's
    commitment, a comment, a proposal waiting for its address) beside a signed version."""
    PracticeFactory(slug="salainen", status=Practice.Status.DRAFT, title_fi="SALAINEN-LUONNOS")
    published = Practice.objects.published().first()
    AdoptionFactory(
        practice=published,
        municipality=MunicipalityFactory(slug="piilo"),
        is_published=False,
        adaptation_fi="PIILOTETTU-KAYTTOONOTTO",
    )
    PendingProposal.objects.create(
        token="proposer-secret", email="ehdottaja@example.org", payload={"title": "x"}
    )
    signed = VersionFactory(number=1, status=Version.Status.SIGNED)
    draft = VersionFactory(agreement=signed.agreement, number=2, status=Version.Status.IN_REVIEW)
    party = PartyFactory(agreement=signed.agreement)
    with thawed(signed):
        kept = Commitment.objects.create(
            version=signed, party=party, **translated(text_fi="Allekirjoitettu sitoumus.")
        )
        kept.practices.add(published)
    with thawed(draft):
        Commitment.objects.create(
            version=draft, party=party, **translated(text_fi="KESKENERAINEN-SITOUMUS")
        )
    Comment.objects.create(
        version=draft, section=draft.sections.first(), author=coordinator, text="KOMMENTIN-TEKSTI"
    )
    return {"agreement": signed.agreement, "practice": published}


def test_walking_every_endpoint_finds_the_public_records_and_nothing_else(
    client, secrets_and_signed
):
    seen = walk(client)
    everything = json.dumps(seen, ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in everything, secret
    practices = {
        p["slug"]
        for url, page in seen.items()
        if url.endswith("/practices/")
        for p in page["results"]
    }
    assert practices == set(Practice.objects.published().values_list("slug", flat=True))
    agreement = seen[f"http://testserver{ROOT}agreements/{secrets_and_signed['agreement'].slug}/"]
    assert [v["number"] for v in agreement["signed_versions"]] == [1]
    commitment = agreement["signed_versions"][0]["commitments"][0]
    assert commitment["text"]["fi"] == "Allekirjoitettu sitoumus."
    assert commitment["practices"] == [secrets_and_signed["practice"].slug]


def test_texts_come_in_both_languages(client, demo_content):
    practice = Practice.objects.published().exclude(title_sv="").first()
    record = get(client, f"{ROOT}practices/{practice.slug}/").json()
    assert record["title"] == {"fi": practice.title_fi, "sv": practice.title_sv}
    pages = {}
    for language in ("fi", "sv"):
        with translation.override(language):
            pages[language] = f"http://testserver{practice.get_absolute_url()}"
    assert record["page"] == pages and pages["fi"] != pages["sv"]


def test_a_practice_shows_its_adoptions_and_assessments(client, demo_content):
    adoption = Adoption.objects.public().exclude(municipality=None).first()
    record = get(client, f"{ROOT}practices/{adoption.practice.slug}/").json()
    assert adoption.municipality.slug in [a["municipality"] for a in record["adoptions"]]
    assert record["evidence_level"] == adoption.practice.evidence_level


def test_the_practice_filters_work_as_on_the_list(client, demo_content):
    strong = get(client, f"{ROOT}practices/?evidence=3&language=sv").json()
    expected = Practice.objects.published().filter(evidence_level__gte=3, languages__code="sv")
    assert strong["count"] == expected.count() > 0
    # An inflected Finnish word finds its base form, best match first.
    found = get(client, f"{ROOT}practices/?q=alkukartoitukseen").json()
    assert found["count"] > 0
    assert "alkukartoitu" in json.dumps(found["results"][0], ensure_ascii=False).lower()


def test_a_wrong_filter_value_is_a_clear_bad_request(client, demo_content):
    response = client.get(f"{ROOT}practices/?evidence=x", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 400
    assert "evidence" in response.json()
    response = client.get(f"{ROOT}observations/?year_from=abc")
    assert response.status_code == 400 and "year_from" in response.json()


def test_a_filter_value_that_names_no_option_is_a_bad_request_not_the_whole_list(
    client, demo_content
):
    """The HTML list leaves such a value out and says so; a client of the API would take the
    whole list for the filtered one."""
    response = client.get(f"{ROOT}practices/?theme=ei-ole&municipality=vaasa")
    assert response.status_code == 400
    assert list(response.json()) == ["theme"]
    assert "ei-ole" in response.json()["theme"][0]
    stage = client.get(f"{ROOT}practices/?stage=99999")
    assert stage.status_code == 400 and "stage" in stage.json()
    known = get(client, f"{ROOT}practices/?theme=tyollisyys").json()
    assert (
        0 < known["count"] == Practice.objects.published().filter(themes__slug="tyollisyys").count()
    )


def test_an_unknown_record_is_not_found(client, demo_content):
    assert client.get(f"{ROOT}practices/ei-ole/").status_code == 404


@pytest.mark.parametrize(
    ("language", "not_found", "invalid_page"),
    [("sv", "Hittades inte.", "Ogiltig sida."), ("fi", "Ei löydy.", "Epäkelpo sivu.")],
)
def test_an_error_is_told_in_the_clients_language(
    client, demo_content, language, not_found, invalid_page
):
    """The answers are the same in every language, but an error is for the person reading it."""
    record = client.get(f"{ROOT}practices/ei-ole/", HTTP_ACCEPT_LANGUAGE=language)
    assert record.status_code == 404 and record.json() == {"detail": not_found}
    page = client.get(f"{ROOT}practices/?page=999", HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 404 and page.json() == {"detail": invalid_page}


def test_lists_come_in_pages_with_next_and_previous(client, demo_content):
    first = get(client, f"{ROOT}practices/?page_size=5").json()
    assert len(first["results"]) == 5 and first["previous"] is None
    second = get(client, first["next"]).json()
    assert second["previous"] and not {p["slug"] for p in second["results"]} & {
        p["slug"] for p in first["results"]
    }


def test_observations_filter_by_indicator_area_and_years(client, demo_content):
    indicators = get(client, f"{ROOT}indicators/").json()["results"]
    indicator = indicators[0]
    url = f"{indicator['observations']}&region=true&year_from=2020&year_to=2022"
    rows = get(client, url).json()["results"]
    assert rows
    for row in rows:
        assert row["indicator"] == indicator["slug"]
        assert row["municipality"] is None and row["sub_region"] is None
        assert 2020 <= row["year"] <= 2022


def test_asking_again_with_the_etag_or_the_date_is_not_modified_until_a_save(
    client, demo_content, monkeypatch
):
    url = f"{ROOT}themes/"
    first = get(client, url)
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    # Saved a few seconds later (the dates of Last-Modified count whole seconds).
    later = time.time() + 5
    monkeypatch.setattr(caching.time, "time", lambda: later)
    theme = Theme.objects.first()
    theme.name_fi = "Uusi nimi"
    theme.save()
    monkeypatch.undo()
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and "Uusi nimi" in changed.content.decode()
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 200
    assert changed["Last-Modified"] == http_date(later)


def test_any_origin_may_read_it(client, demo_content):
    response = client.get(f"{ROOT}themes/", HTTP_ORIGIN="https://example.com")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        f"{ROOT}themes/",
        HTTP_ORIGIN="https://example.com",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    # The portal's own pages are not opened to other origins.
    page = client.get("/fi/", HTTP_ORIGIN="https://example.com")
    assert "Access-Control-Allow-Origin" not in page


def test_too_many_requests_are_told_when_to_come_back(client, db, monkeypatch):
    monkeypatch.setattr(PerClientThrottle, "rate", "3/minute", raising=False)
    answers = [client.get(f"{ROOT}themes/").status_code for _ in range(3)]
    refused = client.get(f"{ROOT}themes/")
    assert answers == [200, 200, 200]
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 60
    # Another client is not held back.
    assert client.get(f"{ROOT}themes/", REMOTE_ADDR="192.0.2.7").status_code == 200


MORE_ROWS = {
    "practices": lambda n: PracticeFactory(slug=f"lisaa-{n}"),
    "actors": lambda n: ActorFactory(slug=f"lisaa-{n}"),
    "sources": lambda n: SourceFactory(slug=f"lisaa-{n}"),
}


@pytest.mark.parametrize("kind", sorted(MORE_ROWS))
def test_a_list_makes_the_same_number_of_queries_however_many_rows(client, demo_content, kind):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            get(client, f"{ROOT}{kind}/?page_size=500")
        return len(captured)

    before = queries()
    for number in range(3):
        MORE_ROWS[kind](number)
    assert queries() == before


@override_settings(PAGE_CACHE_SECONDS=600)
def test_answers_are_cached_like_the_pages_and_cleared_on_save(
    client, demo_content, django_assert_num_queries
):
    url = f"{ROOT}practices/?evidence=3&page_size=5"
    assert client.get(url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get(url, HTTP_ORIGIN="https://example.com")
    assert again["X-Page-Cache"] == "hit"
    assert again["Access-Control-Allow-Origin"] == "*"
    shown = Practice.objects.published().filter(evidence_level__gte=3).order_by("title_fi")[0]
    shown.title_sv = "Ny rubrik"
    shown.save()
    after = client.get(url)
    assert after["X-Page-Cache"] == "miss" and "Ny rubrik" in after.content.decode()


def test_the_answer_is_the_same_whatever_language_the_client_prefers(client, db):
    """Its order and its addresses: the answer is cached once for every client."""
    PracticeFactory(slug="a", title_fi="Aakkoset", title_sv="Östra")
    PracticeFactory(slug="b", title_fi="Öljy", title_sv="Alfa")
    answers = [
        get(client, f"{ROOT}practices/?sort=title", HTTP_ACCEPT_LANGUAGE=language).content
        for language in ("fi", "sv")
    ]
    assert answers[0] == answers[1]
    assert [p["slug"] for p in json.loads(answers[0])["results"]] == ["a", "b"]


@pytest.mark.parametrize(
    ("kind", "words", "found"),
    [
        ("municipalities", "Vaasassa", "vaasa"),
        ("municipalities", "Vasa", "vaasa"),
        ("actors", "kaupungin", None),
        ("sources", "kotoutumislaki", None),
    ],
)
def test_q_searches_each_list_as_the_portal_does(client, demo_content, kind, words, found):
    results = get(client, f"{ROOT}{kind}/?q={words}").json()["results"]
    assert results, (kind, words)
    if found:
        assert results[0]["slug"] == found


@on_postgresql_only("the planner's choice of the GIN index")
def test_a_search_is_counted_and_paged_through_the_index_of_words(client, demo_content):
    # A word in half the bank: the planner read every practice's vector from TOAST instead.
    with CaptureQueriesContext(connection) as captured:
        get(client, f"{ROOT}practices/?q=kotoutuminen")
    statements = [query["sql"] for query in captured.captured_queries]
    told = statements.index("SET LOCAL enable_seqscan = off")
    back = statements.index("SET LOCAL enable_seqscan TO DEFAULT")
    searches = [i for i, sql in enumerate(statements) if "search_vector" in sql]
    assert searches, statements
    assert all(told < i < back for i in searches)


def test_q_finds_indicators_by_an_inflected_word(client, demo_content):
    results = get(client, f"{ROOT}indicators/?q=työllisyysasteen").json()["results"]
    assert results[0]["slug"] == "tyollisyysaste-vieraskieliset"


@pytest.mark.parametrize(
    "query",
    [
        "actors/?stage=99999999999999999999",
        "observations/?year_from=99999999999999999999",
        "observations/?year_to=NaN",
        "practices/?page=999999999999999999999",
        "practices/?page_size=-1",
        "practices/?stage=99999999999999999999",
        "sources/?year=99999999999999999999",
        "observations/99999999999999999999/",
        "practices/a%00b/",
    ],
)
def test_odd_input_is_answered_in_json_without_a_server_error(client, db, query):
    """Numbers beyond the database's integers, NUL characters: PostgreSQL would refuse them."""
    response = client.get(f"{ROOT}{query}")
    assert 400 <= response.status_code < 500 or response.status_code == 200
    assert response["Content-Type"].startswith("application/json")


def test_an_actors_ties_carry_the_days_they_were_in_force(client, demo_content):
    """Ties are dated since the network map's years (issue 21)."""
    office = get(client, "/api/v1/actors/pohjanmaan-te-toimisto/").json()
    dates = {(tie["target"], tie["valid_from"], tie["valid_to"]) for tie in office["ties"]}
    assert ("vamia", None, "2024-12-31") in dates
