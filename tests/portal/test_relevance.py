"""The relevance test set (tests/portal/relevance_queries.py): each query finds its record
among the first three hits of its kind in the site search, and a practice's query also among
the first three practices of the practice list. None is expected to fail."""

import dataclasses
import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from bench.run import relevance_markdown
from tests.portal.relevance_queries import (
    LANGUAGES,
    MIN_PER_LANGUAGE,
    QUERIES,
    TESTS,
    TOP,
    first_urls,
    of_language,
    practice_list_urls,
    recall,
    record_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module's tests (loading it takes seconds, and
    there are hundreds of queries) in a transaction rolled back after the last one: each
    test's own transaction is a savepoint inside it. Without its history, as `demo_content`
    loads it."""
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def _id(query):
    return f"{query.language}-{query.record.kind}-{query.text}"


@pytest.mark.parametrize("query", QUERIES, ids=_id)
def test_site_search_finds_the_record_among_the_first_three_of_its_kind(demo_once, query):
    expected = record_url(query.record, query.language)
    found = first_urls(query)
    assert expected in found, f"{query.text!r} ({', '.join(query.tests)}): {found}"


PRACTICE_QUERIES = [query for query in QUERIES if query.record.kind == "practices"]


@pytest.mark.parametrize("query", PRACTICE_QUERIES, ids=_id)
def test_practice_list_shows_the_practice_among_the_first_three(demo_once, client, query):
    expected = record_url(query.record, query.language)
    found = practice_list_urls(client, query)[:TOP]
    assert expected in found, f"{query.text!r} ({', '.join(query.tests)}): {found}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_enough_queries_of_every_sort(language):
    queries = of_language(language)
    assert len(queries) >= MIN_PER_LANGUAGE
    assert {tested for query in queries for tested in query.tests} == set(TESTS)
    texts = [query.text.casefold() for query in queries]
    assert len(texts) == len(set(texts)), "a query twice"


def test_the_benchmark_counts_the_queries_found_and_names_the_missed(demo_once, client):
    # What `make bench` prints (bench_relevance): two Finnish queries, one of them no record
    # answers, which must count as missed, and one Swedish.
    fi_found, sv_found = of_language("fi")[0], of_language("sv")[0]
    nowhere = dataclasses.replace(fi_found, text="qxzqxzqxz")
    report = recall(client, [fi_found, nowhere, sv_found])
    assert report["fi"]["site"] == (1, 2) and report["fi"]["missed"][0] == "qxzqxzqxz"
    assert report["sv"]["site"] == (1, 1) and report["sv"]["missed"] == []
    table = "\n".join(relevance_markdown({"relevance": report}))
    assert "| fi | 1/2 |" in table and "qxzqxzqxz" in table
