"""Generated input to every public list, search and form, and to the review pages as a
member: never a 500, nothing already stored changes. One endpoint is one line in ENDPOINTS."""

import datetime
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agreements.models import Comment, Section, Version
from portal.roles import COORDINATOR_APPS
from tests.agreements.factories import AgreementFactory

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any Unicode a browser can send (no lone surrogates), control characters included.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
search_syntax = st.sampled_from(
    ["&", "|", "!", ":*", "'", '"', "(", ")", "\\", "%", "_", "*", "<->", "--", "\x00", "%00"]
)
huge_number = st.integers(min_value=-(10**30), max_value=10**30).map(str)
overlong = st.text(alphabet="aä ö-_x", min_size=300, max_size=1500)
wrong_type = st.sampled_from(["[]", "{}", "null", "true", "1e309", "NaN", "-0", "0x1F", "١٢٣"])
value = st.one_of(any_text, search_syntax, huge_number, overlong, wrong_type, st.just(""))
values = st.lists(value, min_size=1, max_size=4)  # repeated parameters


@dataclass(frozen=True)
class Endpoint:
    name: str
    url: object  # a function of the fixture's content giving the address
    params: tuple[str, ...]
    method: str = "get"
    member: bool = False
    edits: str = ""  # the model whose row the endpoint is there to change, if any


def version_url(content):
    version = content["version"]
    return reverse(
        "agreements:version-detail",
        kwargs={"slug": version.agreement.slug, "number": version.number},
    )


def comment_url(content, name="agreements:comment-edit"):
    comment = content["comment"]
    return reverse(
        name,
        kwargs={
            "slug": comment.version.agreement.slug,
            "number": comment.version.number,
            "pk": comment.pk,
        },
    )


def named(url_name):
    return lambda content: reverse(url_name)


PRACTICE_FILTERS = ("q", "sort", "theme", "target_group", "evidence", "path", "stage")
PRACTICE_FILTERS += ("sub_region", "municipality", "language", "origin", "period", "page")
ENDPOINTS = [
    Endpoint("site search", named("portal:search"), ("q",)),
    Endpoint("practice list", named("practices:list"), PRACTICE_FILTERS),
    Endpoint("practice csv", named("practices:export-csv"), PRACTICE_FILTERS),
    Endpoint("compare practices", named("practices:compare"), ("p",)),
    Endpoint(
        "sources",
        named("practices:source-list"),
        ("q", "kind", "year", "year_from", "year_to", "language", "page"),
    ),
    Endpoint(
        "actors",
        named("networks:actor-list"),
        ("q", "actor_type", "municipality", "path", "stage", "language", "page"),
    ),
    Endpoint("network map", named("networks:map"), ("year", "path", "sub_region", "network")),
    Endpoint("coverage", named("networks:coverage"), ("year", "path", "sub_region")),
    Endpoint("coverage csv", named("networks:coverage-csv"), ("year", "path", "sub_region")),
    Endpoint(
        "path page",
        lambda content: reverse("networks:path-detail", kwargs={"slug": "aikuiset"}),
        ("year",),
    ),
    Endpoint(
        "propose a practice",
        named("practices:propose"),
        ("title", "summary", "description", "organisation", "contact_organisation", "email"),
        method="post",
    ),
    Endpoint("review page", version_url, ("status", "section"), member=True),
    Endpoint("comment on a section", version_url, ("text", "section"), method="post", member=True),
    Endpoint(
        "reply from an older version page",
        version_url,
        ("text", "parent"),
        method="post",
        member=True,
    ),
    Endpoint(
        "reply to a comment",
        lambda content: comment_url(content, "agreements:comment-reply"),
        ("text",),
        method="post",
        member=True,
    ),
    Endpoint(
        "edit a comment",
        comment_url,
        ("text", "action"),
        method="post",
        member=True,
        edits="agreements.Comment",
    ),
    Endpoint(
        "compare versions",
        lambda content: reverse(
            "agreements:compare", kwargs={"slug": content["version"].agreement.slug}
        ),
        ("a", "b", "lang"),
        member=True,
    ),
    Endpoint(
        "agreement page",
        lambda content: reverse("agreements:agreement-detail", kwargs={"slug": "fuzz"}),
        ("x",),
        member=True,
    ),
    Endpoint(
        "export a version",
        lambda content: reverse("agreements:version-export", kwargs={"slug": "fuzz", "number": 1}),
        ("format", "lang", "comments"),
        member=True,
    ),
    Endpoint(
        "follow-up",
        lambda content: reverse("agreements:follow-up", kwargs={"slug": "fuzz"}),
        ("year",),
        member=True,
    ),
    Endpoint("indicators", named("monitoring:indicator-list"), ("x",)),
    Endpoint(
        "an indicator",
        lambda content: reverse(
            "monitoring:indicator-detail", kwargs={"slug": "tyollisyysaste-vieraskieliset"}
        ),
        ("compare", "municipality", "sub_region"),
    ),
    Endpoint(
        "an indicator's csv",
        lambda content: reverse(
            "monitoring:indicator-csv", kwargs={"slug": "tyollisyysaste-vieraskieliset"}
        ),
        ("compare", "municipality", "sub_region"),
    ),
]


@pytest.fixture
def content(demo_content, steering_member):
    """The demo content and a version in review with one comment of the member."""
    agreement = AgreementFactory(slug="fuzz", title_fi="Aiesopimus")
    version = Version.objects.create(agreement=agreement, number=1)
    section = Section.objects.create(version=version, heading="Johdanto", heading_fi="Johdanto")
    Version.objects.filter(pk=version.pk).update(
        status=Version.Status.IN_REVIEW,
        review_closes_on=timezone.localdate() + datetime.timedelta(days=7),
    )
    version.refresh_from_db()
    comment = Comment.objects.create(
        version=version, section=section, author=steering_member, text="Hyvä alku."
    )
    return {"version": version, "comment": comment, "member": steering_member}


def stored_rows():
    """Every row of the content apps, as it is now."""
    rows = {}
    for label in COORDINATOR_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label_lower == "portal.attemptcount":
                continue  # The throttles count attempts: counting is what they are for.
            rows[model._meta.label] = sorted(map(repr, model.objects.values_list()))
    return rows


def without_new_rows(before, after):
    """The rows of `after` that existed in `before`: new comments and proposals may come."""
    return {label: [row for row in rows if row in before[label]] for label, rows in after.items()}


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda endpoint: endpoint.name)
def test_generated_input_never_breaks_a_page_nor_changes_what_is_stored(client, content, endpoint):
    if endpoint.member:
        client.force_login(content["member"])
    url = endpoint.url(content)
    before = stored_rows()

    @FUZZ
    @given(data=st.dictionaries(st.sampled_from([*endpoint.params, "x"]), values, max_size=4))
    def send(data):
        response = getattr(client, endpoint.method)(url, data)
        assert response.status_code < 500, (endpoint.name, data)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/h"):
            assert b"<main" in response.content

    send()
    after = without_new_rows(before, stored_rows())
    before.pop(endpoint.edits, None)
    after.pop(endpoint.edits, None)
    assert after == before


# Lines that look like the import format, with real identifiers and any values.
IDENTIFIERS = ["tyollisyysaste-vieraskieliset", "vaasa", "k5", "pohjanmaa", "indicator", "area"]
import_cell = st.one_of(st.sampled_from(IDENTIFIERS), value, st.just("2024"), st.just("1,5"))
import_line = st.lists(import_cell, min_size=0, max_size=7).map(";".join)
import_text = st.lists(import_line, max_size=8).map(
    lambda lines: "indicator;area;period;value\n" + "\n".join(lines)
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"])
import_body = st.one_of(
    st.binary(max_size=1500),
    st.tuples(import_text, encodings).map(lambda pair: pair[0].encode(pair[1], "replace")),
)


def test_generated_files_never_break_the_monitoring_import(client, content, coordinator):
    """Any file, named anything, checked only: never a 500 and nothing stored changes."""
    client.force_login(coordinator)
    url = reverse("admin:monitoring_observation_import")
    before = stored_rows()

    @FUZZ
    @given(
        body=import_body,
        name=st.sampled_from(["luvut.csv", "luvut.xlsx", "luvut.txt", "luvut", "..csv"]),
    )
    def send(body, name):
        upload = SimpleUploadedFile(name, body)
        response = client.post(url, {"file": upload, "dry_run": "on"})
        assert response.status_code < 500, (name, body[:80])

    send()
    assert stored_rows() == before


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(
    ("url_name", "params", "message"),
    [
        ("practices:list", {"evidence": "9x"}, {"fi": "ei ole mikään", "sv": "inte något av"}),
        ("practices:source-list", {"year": "99999"}, {"fi": "2100", "sv": "2100"}),
        ("networks:map", {"year": "1e309"}, {"fi": "vaihtoehto", "sv": "alternativ"}),
    ],
)
def test_invalid_input_is_answered_with_a_message(
    client, demo_content, language, url_name, params, message
):
    from django.utils import translation

    with translation.override(language):
        url = reverse(url_name)
    response = client.get(url, params)
    assert response.status_code == 200
    assert message[language] in response.content.decode()
