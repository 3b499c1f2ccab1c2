"""Versions follow one another, move through their statuses and freeze on the way."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from agreements import services
from agreements.models import Agreement, FrozenVersionError, Section, Transition, Version

pytestmark = pytest.mark.django_db
S = Version.Status


@pytest.fixture(autouse=True)
def finnish():
    """Messages in Finnish, whatever language an earlier test left active."""
    with translation.override("fi"):
        yield


CLOSES = datetime.date(2026, 12, 15)


@pytest.fixture
def version(db):
    agreement = Agreement.objects.create(
        slug="aiesopimus", title="Aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )
    version = Version.objects.create(agreement=agreement, number=1)
    for order, (fi, sv) in enumerate([("Tarkoitus", "Syfte"), ("Osapuolet", "Parter")], 1):
        Section.objects.create(
            version=version,
            order=order,
            heading=fi,
            heading_fi=fi,
            heading_sv=sv,
            text=f"{fi} teksti",
            text_fi=f"{fi} teksti",
            text_sv=f"{sv} text",
        )
    return version


def test_status_changes_follow_the_workflow_and_are_recorded(version, coordinator):
    services.change_status(version, S.IN_REVIEW, by=coordinator, review_closes_on=CLOSES)
    services.change_status(version, S.REVIEW_CLOSED, by=coordinator)
    services.change_status(version, S.APPROVED, by=coordinator)
    services.change_status(version, S.SENT, by=coordinator)
    services.change_status(version, S.SIGNED, by=coordinator)
    steps = list(Transition.objects.values_list("from_status", "to_status", "by"))
    assert steps == [
        ("draft", "in_review", coordinator.pk),
        ("in_review", "review_closed", coordinator.pk),
        ("review_closed", "approved", coordinator.pk),
        ("approved", "sent", coordinator.pk),
        ("sent", "signed", coordinator.pk),
    ]


@pytest.mark.parametrize("to_status", [S.APPROVED, S.SIGNED, S.REVIEW_CLOSED])
def test_a_draft_cannot_skip_the_review(version, coordinator, to_status):
    with pytest.raises(ValidationError):
        services.change_status(version, to_status, by=coordinator)
    assert Version.objects.get(pk=version.pk).status == S.DRAFT


def test_a_review_needs_a_closing_date(version, coordinator):
    with pytest.raises(ValidationError, match="päättymispäivä"):
        services.change_status(version, S.IN_REVIEW, by=coordinator)
    with pytest.raises(IntegrityError), transaction.atomic():
        Version.objects.filter(pk=version.pk).update(status=S.IN_REVIEW)


def test_a_version_in_review_is_frozen_in_the_models(version, coordinator):
    services.change_status(version, S.IN_REVIEW, by=coordinator, review_closes_on=CLOSES)
    section = version.sections.first()
    section.heading_fi = "Muutettu"
    with pytest.raises(FrozenVersionError):
        section.save()
    with pytest.raises(FrozenVersionError):
        section.delete()
    assert Section.objects.get(pk=section.pk).heading_fi == "Tarkoitus"


@pytest.mark.parametrize("write", ["update", "insert", "delete"])
def test_a_frozen_version_is_frozen_in_the_database_too(version, coordinator, write):
    services.change_status(version, S.IN_REVIEW, by=coordinator, review_closes_on=CLOSES)
    section = version.sections.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        if write == "update":
            Section.objects.filter(pk=section.pk).update(text_fi="Ohi mallien")
        elif write == "insert":
            Section.objects.bulk_create([Section(version=version, heading="Uusi")])
        else:
            Section.objects.filter(pk=section.pk)._raw_delete(Section.objects.db)
    assert Section.objects.get(pk=section.pk).text_fi == "Tarkoitus teksti"
    assert version.sections.count() == 2


def test_a_new_version_starts_as_a_copy_whose_sections_keep_their_identity(version, coordinator):
    services.change_status(version, S.IN_REVIEW, by=coordinator, review_closes_on=CLOSES)
    draft = services.new_version(version, by=coordinator)
    assert (draft.number, draft.status, draft.based_on) == (2, S.DRAFT, version)
    old = {s.identity: (s.heading_sv, s.text_sv) for s in version.sections.all()}
    new = {s.identity: (s.heading_sv, s.text_sv) for s in draft.sections.all()}
    assert old == new
    section = draft.sections.get(heading_fi="Tarkoitus")
    section.text_fi = "Uusi teksti"
    section.save()
    assert version.sections.get(identity=section.identity).text_fi == "Tarkoitus teksti"


def test_only_one_draft_at_a_time(version, coordinator):
    with pytest.raises(ValidationError, match="jo luonnos"):
        services.new_version(version, by=coordinator)
