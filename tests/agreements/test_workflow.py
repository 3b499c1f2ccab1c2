"""Versions follow one another, move through their statuses and freeze on the way."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import translation

from agreements import services
from agreements.models import (
    Decision,
    FrozenVersionError,
    Section,
    Transition,
    Version,
)
from tests.agreements.factories import AgreementFactory, PartyFactory

pytestmark = pytest.mark.django_db
S, D = Version.Status, Decision.Status


@pytest.fixture(autouse=True)
def finnish():
    """Messages in Finnish, whatever language an earlier test left active."""
    with translation.override("fi"):
        yield


CLOSES = datetime.date(2026, 12, 15)


@pytest.fixture
def version(db):
    agreement = AgreementFactory(
        slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
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


def send_out(version, coordinator):
    """Through review and the steering group's approval to the parties' decision-making."""
    services.change_status(version, S.IN_REVIEW, by=coordinator, review_closes_on=CLOSES)
    services.change_status(version, S.REVIEW_CLOSED, by=coordinator)
    services.change_status(version, S.APPROVED, by=coordinator)
    services.change_status(version, S.SENT, by=coordinator)


def decide(party, version, status=D.APPROVED):
    return Decision.objects.create(
        party=party, version=version, status=status, decided_on=datetime.date(2026, 12, 20)
    )


@pytest.fixture
def parties(version):
    return [
        PartyFactory(
            agreement=version.agreement,
            actor__slug="kaupunki",
            actor__name_fi="Vaasan kaupunki",
            actor__name_sv="Vasa stad",
            order=1,
        ),
        PartyFactory(
            agreement=version.agreement,
            actor__slug="liitto",
            actor__name_fi="Pohjanmaan liitto",
            actor__name_sv="Österbottens förbund",
            order=2,
        ),
    ]


def test_status_changes_follow_the_workflow_and_are_recorded(version, coordinator, parties):
    send_out(version, coordinator)
    for party in parties:
        decide(party, version)
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


def test_a_version_is_not_signed_while_a_party_has_not_decided_on_it(version, coordinator, parties):
    send_out(version, coordinator)
    decide(parties[0], version)
    decide(parties[1], version, D.PENDING)
    with pytest.raises(ValidationError, match="Pohjanmaan liitto") as refused:
        services.change_status(version, S.SIGNED, by=coordinator)
    assert "Vaasan kaupunki" not in str(refused.value)
    assert Version.objects.get(pk=version.pk).status == S.SENT
    assert not Transition.objects.filter(to_status=S.SIGNED).exists()


def test_a_decision_on_an_earlier_version_does_not_count_for_signing(version, coordinator, parties):
    send_out(version, coordinator)
    later = services.new_version(version, by=coordinator)
    for party in parties:
        decide(party, version)
    send_out(later, coordinator)
    with pytest.raises(ValidationError, match="Vaasan kaupunki, Pohjanmaan liitto"):
        services.change_status(later, S.SIGNED, by=coordinator)


def test_a_version_nobody_approved_is_not_signed(version, coordinator, parties):
    send_out(version, coordinator)
    for party in parties:
        decide(party, version, D.DECLINED)
    with pytest.raises(ValidationError, match="Yksikään osapuoli ei hyväksynyt versiota 1"):
        services.change_status(version, S.SIGNED, by=coordinator)


def test_an_agreement_without_parties_is_not_signed(version, coordinator):
    send_out(version, coordinator)
    with pytest.raises(ValidationError, match="osapuolia"):
        services.change_status(version, S.SIGNED, by=coordinator)


def test_signing_a_later_version_supersedes_the_one_sent_before_it(version, coordinator, parties):
    send_out(version, coordinator)
    later = services.new_version(version, by=coordinator)
    send_out(later, coordinator)
    decide(parties[0], later)
    decide(parties[1], later, D.DECLINED)
    services.change_status(later, S.SIGNED, by=coordinator)
    version.refresh_from_db()
    assert version.status == S.SUPERSEDED
    step = version.transitions.get(to_status=S.SUPERSEDED)
    assert (step.from_status, step.by, step.note) == (
        S.SENT,
        coordinator,
        "Versio 2 allekirjoitettiin.",
    )


@pytest.mark.parametrize("status", [S.IN_REVIEW, S.SENT, S.SIGNED, S.SUPERSEDED])
def test_the_database_refuses_to_make_a_frozen_version_a_draft_again(version, status):
    Version.objects.filter(pk=version.pk).update(status=status, review_closes_on=CLOSES)
    with pytest.raises(IntegrityError), transaction.atomic():
        Version.objects.filter(pk=version.pk).update(status=S.DRAFT)
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE agreements_version SET status = 'draft' WHERE id = %s", [version.pk])
    assert Version.objects.get(pk=version.pk).status == status
    section = version.sections.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Section.objects.filter(pk=section.pk).update(text_fi="Sulatettu")


def test_a_draft_may_still_change_its_status_in_the_database(version):
    Version.objects.filter(pk=version.pk).update(status=S.SUPERSEDED)
    assert Version.objects.get(pk=version.pk).status == S.SUPERSEDED
