"""Every list of the admin makes the same number of queries whatever the number of its rows,
and a handful at most: the lists coordinators open all day must not grow with the bank."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bench.generate import Scale, generate
from monitoring.models import Indicator, Observation
from networks.models import Municipality

pytestmark = pytest.mark.django_db

CONTENT_APPS = ("portal", "networks", "practices", "monitoring", "agreements")
# The session, the user and their permissions, the count of all rows and of the filtered
# ones, the page's rows, and what the list's filters and columns read.
MAX_QUERIES = 11


def changelists():
    return {
        str(model._meta.verbose_name_plural): reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"
        )
        for model in admin.site._registry
        if model._meta.app_label in CONTENT_APPS
    }


def queries_of(client, urls):
    counts = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        counts[name] = len(queries)
    return counts


def more_observations(count):
    indicator = Indicator.objects.first()
    municipalities = list(Municipality.objects.all())
    Observation.objects.bulk_create(
        Observation(
            indicator=indicator,
            municipality=municipalities[number % len(municipalities)],
            year=1990 + number // len(municipalities),
            month=1,
            period_kind="year",
            value=number,
        )
        for number in range(count)
    )


def test_every_admin_list_makes_as_many_queries_however_many_rows(
    client, demo_content, coordinator
):
    client.force_login(coordinator)
    urls = changelists()
    assert len(urls) >= 20
    before = queries_of(client, urls)
    scale = Scale(
        practices=40,
        sources=15,
        actors=60,
        ties=120,
        versions=3,
        sections=5,
        comments=40,
        comments_in_review=20,
    )
    generate(scale, analyze=False)
    more_observations(60)
    after = queries_of(client, urls)
    assert after == before
    assert max(after.values()) <= MAX_QUERIES, after


def test_the_practice_list_is_ordered_by_title_as_its_index_holds_it(client, coordinator):
    from tests.practices.factories import PracticeFactory

    PracticeFactory(slug="alfa")
    client.force_login(coordinator)
    url = reverse("admin:practices_practice_changelist")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    listing = next(q["sql"] for q in queries if "practices_assessment" in q["sql"])
    assert listing.endswith(
        'ORDER BY "practices_practice"."title_fi" ASC, "practices_practice"."id" ASC'
    )
