"""The rating rules hold in the admin's forms and, underneath them, in the database:
level 3 rests on an evaluation, monitoring or research source, levels 4 and 5 on an
evaluation or research source."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import translation

from practices.models import Assessment, Source
from tests.practices.factories import PracticeFactory, SourceFactory, assess

pytestmark = pytest.mark.django_db

KIND = Source.Kind


@pytest.fixture(autouse=True)
def finnish():
    """Addresses reversed in Finnish (/fi/admin/…), whatever an earlier test left active."""
    with translation.override("fi"):
        yield


@pytest.fixture
def practice(db):
    return PracticeFactory(
        slug="kielikahvila",
        title_fi="Kielikahvila",
        title_sv="Språkcafé",
        summary_fi="Tiivistelmä.",
        summary_sv="Sammanfattning.",
    )


@pytest.fixture
def sources(db):
    return {kind: SourceFactory(slug=kind, kind=kind) for kind in KIND.values}


def commit_checks():
    """What the database says at commit: PostgreSQL's deferred triggers and SQLite's deferred
    foreign keys run here (the test's own transaction is never committed)."""
    connection.check_constraints()


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def post_assessment(client, practice, level, sources):
    return client.post(
        reverse("admin:practices_practice_change", args=[practice.pk]),
        {
            "title_fi": practice.title_fi,
            "title_sv": practice.title_sv,
            "slug": practice.slug,
            "status": practice.status,
            "summary_fi": practice.summary_fi,
            "summary_sv": practice.summary_sv,
            **{
                f"{prefix}-{name}": value
                for prefix in ("steps", "links", "attachments", "adoptions")
                for name, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
            },
            "assessments-TOTAL_FORMS": "1",
            "assessments-INITIAL_FORMS": "0",
            "assessments-0-level": str(level),
            "assessments-0-rationale_fi": "Perustelu",
            "assessments-0-assessed_by": "Arviointiryhmä",
            "assessments-0-assessed_on": "2025-03-01",
            "assessments-0-sources": [source.pk for source in sources],
        },
    )


@pytest.mark.parametrize(
    ("level", "kinds", "message"),
    [
        (3, [], "Taso 3 edellyttää"),
        (3, [KIND.NORM, KIND.GUIDE], "Taso 3 edellyttää"),
        (4, [KIND.MONITORING], "Tasot 4 ja 5 edellyttävät"),
        (5, [KIND.GUIDE], "Tasot 4 ja 5 edellyttävät"),
    ],
)
def test_the_assessment_inline_refuses_a_level_its_sources_do_not_carry(
    coordinator_client, practice, sources, level, kinds, message
):
    response = post_assessment(
        coordinator_client, practice, level, [sources[kind] for kind in kinds]
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not practice.assessments.exists()


@pytest.mark.parametrize(
    ("level", "kinds"),
    [
        (1, []),
        (2, [KIND.NORM]),
        (3, [KIND.MONITORING]),
        (4, [KIND.EVALUATION]),
        (5, [KIND.RESEARCH, KIND.GUIDE]),
        (-1, []),
    ],
)
def test_the_assessment_inline_saves_a_level_its_sources_carry(
    coordinator_client, practice, sources, level, kinds
):
    response = post_assessment(
        coordinator_client, practice, level, [sources[kind] for kind in kinds]
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.evidence_level == level
    commit_checks()


def test_raising_a_level_without_sources_is_refused_by_the_database(practice):
    assessment = assess(practice, 2)
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.filter(pk=assessment.pk).update(level=4)
        commit_checks()
    assessment.refresh_from_db()
    assert assessment.level == 2


def test_removing_the_only_evaluation_source_is_refused_by_the_database(practice, sources):
    assessment = assess(practice, 4, sources=[sources[KIND.EVALUATION], sources[KIND.GUIDE]])
    with pytest.raises(IntegrityError), transaction.atomic():
        assessment.sources.remove(sources[KIND.EVALUATION])
        commit_checks()
    assert set(assessment.sources.values_list("kind", flat=True)) == {"evaluation", "guide"}


def test_changing_the_kind_of_a_source_under_an_assessment_is_refused_by_the_database(
    practice, sources
):
    assess(practice, 3, sources=[sources[KIND.MONITORING]])
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.filter(pk=sources[KIND.MONITORING].pk).update(kind=KIND.GUIDE)
        commit_checks()


def test_a_level_and_its_new_source_can_be_written_in_one_transaction(practice, sources):
    assessment = assess(practice, 2)
    with transaction.atomic():
        Assessment.objects.filter(pk=assessment.pk).update(level=5)
        assessment.sources.add(sources[KIND.RESEARCH])
        commit_checks()
    assert Assessment.objects.get(pk=assessment.pk).level == 5


def test_swapping_a_source_for_another_that_carries_the_level_is_accepted(practice, sources):
    assessment = assess(practice, 4, sources=[sources[KIND.EVALUATION]])
    with transaction.atomic():
        assessment.sources.set([sources[KIND.RESEARCH]])
        commit_checks()
    assert list(assessment.sources.values_list("kind", flat=True)) == [KIND.RESEARCH]


def test_assessments_and_practices_at_high_levels_can_be_deleted(practice, sources):
    assess(practice, 5, sources=[sources[KIND.RESEARCH]]).delete()
    assess(practice, 4, sources=[sources[KIND.EVALUATION]])
    with transaction.atomic():
        practice.delete()
        commit_checks()
    assert not Assessment.objects.exists()


def test_the_source_form_refuses_a_kind_that_would_break_an_assessment(
    coordinator_client, practice, sources
):
    assess(practice, 4, sources=[sources[KIND.EVALUATION]])
    source = sources[KIND.EVALUATION]
    response = coordinator_client.post(
        reverse("admin:practices_source_change", args=[source.pk]),
        {"title_fi": source.title_fi, "slug": source.slug, "kind": KIND.GUIDE},
    )
    assert response.status_code == 200
    assert "Nämä arviot perustuvat tähän lähteeseen" in response.content.decode()
    source.refresh_from_db()
    assert source.kind == KIND.EVALUATION


def test_deleting_a_source_an_assessment_rests_on_is_refused_with_the_reason(
    coordinator_client, practice, sources
):
    assess(practice, 4, sources=[sources[KIND.EVALUATION]])
    source = sources[KIND.EVALUATION]
    url = reverse("admin:practices_source_delete", args=[source.pk])
    response = coordinator_client.get(url)
    assert "sen näytön aste perustuu lähteeseen" in response.content.decode()
    coordinator_client.post(url, {"post": "yes"})
    assert Source.objects.filter(pk=source.pk).exists()


def test_a_source_no_assessment_needs_can_be_deleted(coordinator_client, practice, sources):
    assess(practice, 4, sources=[sources[KIND.EVALUATION], sources[KIND.GUIDE]])
    url = reverse("admin:practices_source_delete", args=[sources[KIND.GUIDE].pk])
    assert coordinator_client.post(url, {"post": "yes"}).status_code == 302
    assert not Source.objects.filter(kind=KIND.GUIDE).exists()
    commit_checks()
