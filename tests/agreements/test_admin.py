"""Coordinators keep versions in the admin; nobody overwrites another's change silently."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from agreements import services
from agreements.models import (
    Comment,
    Commitment,
    FollowUp,
    FrozenVersionError,
    Section,
    Version,
)
from practices.models import Source, Theme
from tests.agreements.factories import AgreementFactory, PartyFactory
from tests.monitoring.conftest import make_indicator
from tests.posted_forms import admin_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(db):
    agreement = AgreementFactory(
        slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )
    version = Version.objects.create(agreement=agreement, number=1)
    Section.objects.create(
        version=version,
        order=1,
        heading="Tarkoitus",
        heading_fi="Tarkoitus",
        heading_sv="Syfte",
        text="Alku",
        text_fi="Alku",
        text_sv="Början",
    )
    return version


def section_form(version, section, text_fi, edited_revision):
    return {
        "agreement": version.agreement_id,
        "audience": version.audience,
        "review_closes_on": "",
        "sections-TOTAL_FORMS": "1",
        "sections-INITIAL_FORMS": "1",
        "sections-0-id": str(section.pk),
        "sections-0-version": str(version.pk),
        "sections-0-order": "1",
        "sections-0-heading_fi": "Tarkoitus",
        "sections-0-heading_sv": "Syfte",
        "sections-0-text_fi": text_fi,
        "sections-0-text_sv": "Början",
        "sections-0-opened_revision": str(edited_revision),
        "commitments-TOTAL_FORMS": "0",
        "commitments-INITIAL_FORMS": "0",
        "decisions-TOTAL_FORMS": "0",
        "decisions-INITIAL_FORMS": "0",
    }


def test_the_second_of_two_edits_is_refused_and_shows_the_first(client, coordinator, version):
    client.force_login(coordinator)
    section = version.sections.get()
    url = f"/fi/admin/agreements/version/{version.pk}/change/"
    # Both coordinators opened the page before either saved; the first saves.
    first, second = admin_form(client, url, "version"), admin_form(client, url, "version")
    first["sections-0-text_fi"] = "Ensimmäisen teksti"
    assert client.post(url, first).status_code == 302
    second["sections-0-text_fi"] = "Toisen teksti"
    response = client.post(url, second)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Joku muu tallensi tähän muutoksen" in html
    assert "Teksti [fi]: ”Alku” → ”Ensimmäisen teksti”" in html
    assert "Toisen teksti" in html  # what the second wrote is still in the form
    assert Section.objects.get(pk=section.pk).text_fi == "Ensimmäisen teksti"


def test_a_frozen_version_shows_its_sections_without_edit_fields(client, coordinator, version):
    services.change_status(
        version,
        Version.Status.IN_REVIEW,
        by=coordinator,
        review_closes_on=datetime.date(2026, 12, 1),
    )
    client.force_login(coordinator)
    html = client.get(f"/fi/admin/agreements/version/{version.pk}/change/").content.decode()
    assert 'name="sections-0-text_fi"' not in html
    assert "Alku" in html


def test_the_new_version_action_copies_the_version(client, coordinator, version):
    services.change_status(
        version,
        Version.Status.IN_REVIEW,
        by=coordinator,
        review_closes_on=datetime.date(2026, 12, 1),
    )
    client.force_login(coordinator)
    response = client.post(
        "/fi/admin/agreements/version/",
        {"action": "start_new_version", "_selected_action": [version.pk]},
    )
    assert response.status_code == 302
    assert version.agreement.versions.count() == 2


def test_coordinators_moderate_comments(client, coordinator, steering_member, version):
    comment = Comment.objects.create(
        version=version, section=version.sections.get(), author=steering_member, text="Hyvä."
    )
    client.force_login(coordinator)
    response = client.post(
        f"/fi/admin/agreements/comment/{comment.pk}/change/",
        {"status": "accepted", "response": "Lisätään."},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.status, comment.response) == ("accepted", "Lisätään.")


def test_steering_group_may_read_drafts_and_comment_but_not_edit(steering_member):
    assert steering_member.has_perm("agreements.view_version")
    assert steering_member.has_perm("agreements.add_comment")
    assert not steering_member.has_perm("agreements.change_section")


def test_a_frozen_version_and_its_agreement_cannot_be_deleted(client, coordinator, version):
    services.change_status(
        version,
        Version.Status.IN_REVIEW,
        by=coordinator,
        review_closes_on=datetime.date(2026, 12, 1),
    )
    client.force_login(coordinator)
    assert client.get(f"/fi/admin/agreements/version/{version.pk}/delete/").status_code == 403
    url = f"/fi/admin/agreements/agreement/{version.agreement_id}/delete/"
    assert client.get(url).status_code == 403


def test_coordinators_mark_many_comments_at_once(client, coordinator, steering_member, version):
    comments = [
        Comment.objects.create(
            version=version, section=version.sections.get(), author=steering_member, text=text
        )
        for text in ("Yksi.", "Kaksi.")
    ]
    client.force_login(coordinator)
    response = client.post(
        "/fi/admin/agreements/comment/",
        {"action": "mark_resolved", "_selected_action": [c.pk for c in comments]},
        follow=True,
    )
    assert "2 kommenttia merkitty tilaan ”Ratkaistu”." in response.content.decode()
    assert set(Comment.objects.values_list("status", flat=True)) == {"resolved"}


def test_only_the_agreements_parties_decide_on_its_version(client, coordinator, version):
    own = PartyFactory(
        agreement=version.agreement,
        actor__slug="oma",
        actor__name_fi="Oma osapuoli",
        actor__name_sv="Egen part",
    )
    other_agreement = AgreementFactory(slug="toinen", title_fi="Toinen", title_sv="Annat")
    PartyFactory(
        agreement=other_agreement,
        actor__slug="vieras",
        actor__name_fi="Vieras osapuoli",
        actor__name_sv="Främmande part",
    )
    client.force_login(coordinator)
    html = client.get(f"/fi/admin/agreements/version/{version.pk}/change/").content.decode()
    decisions = html.split('id="decisions-group"')[1]
    assert f'<option value="{own.pk}">Oma osapuoli</option>' in decisions
    assert "Vieras osapuoli" not in decisions


def test_a_versions_commitments_are_written_on_its_page_by_its_agreements_parties(
    client, coordinator, version
):
    own = PartyFactory(
        agreement=version.agreement,
        actor__slug="oma",
        actor__name_fi="Oma osapuoli",
        actor__name_sv="Egen part",
    )
    other = AgreementFactory(slug="muu", title_fi="Muu", title_sv="Annat")
    PartyFactory(
        agreement=other,
        actor__slug="vieras",
        actor__name_fi="Vieras osapuoli",
        actor__name_sv="Främmande part",
    )
    client.force_login(coordinator)
    url = f"/fi/admin/agreements/version/{version.pk}/change/"
    html = client.get(url).content.decode()
    commitments = html.split('id="commitments-group"')[1].split('id="decisions-group"')[0]
    assert f'<option value="{own.pk}">Oma osapuoli</option>' in commitments
    assert "Vieras osapuoli" not in commitments
    data = section_form(version, version.sections.get(), "Alku", 1) | {
        "commitments-TOTAL_FORMS": "1",
        "commitments-0-party": str(own.pk),
        "commitments-0-order": "1",
        "commitments-0-text_fi": "Tarjoaa ohjausta.",
        "commitments-0-text_sv": "Erbjuder vägledning.",
    }
    assert client.post(url, data).status_code == 302
    assert version.commitments.get().text_sv == "Erbjuder vägledning."


def test_a_frozen_versions_commitments_cannot_change_anywhere(client, coordinator, version):
    party = PartyFactory(
        agreement=version.agreement,
        actor__slug="oma",
        actor__name_fi="Oma osapuoli",
        actor__name_sv="Egen part",
    )
    commitment = Commitment.objects.create(
        version=version, party=party, text="Alku", text_fi="Alku", text_sv="Början"
    )
    services.change_status(
        version, Version.Status.IN_REVIEW, by=coordinator, review_closes_on=datetime.date.today()
    )
    commitment.refresh_from_db()
    commitment.text_fi = "Muutettu"
    with pytest.raises(FrozenVersionError):
        commitment.save()
    # The database refuses it too, whatever writes.
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.filter(pk=commitment.pk).update(text_fi="Muutettu")
    client.force_login(coordinator)
    html = client.get(f"/fi/admin/agreements/commitment/{commitment.pk}/change/").content.decode()
    assert 'name="text_fi"' not in html and "Alku" in html


def test_a_new_version_copies_the_commitments_with_their_indicators(coordinator, version):

    party = PartyFactory(
        agreement=version.agreement,
        actor__slug="oma",
        actor__name_fi="Oma osapuoli",
        actor__name_sv="Egen part",
    )
    theme = Theme.objects.create(slug="t", name="T", name_fi="T", name_sv="T")
    source = Source.objects.create(slug="s", title="S", title_fi="S", title_sv="S")
    indicator = make_indicator("mittari", theme, source)
    commitment = Commitment.objects.create(
        version=version, party=party, text="Alku", text_fi="Alku", text_sv="Början"
    )
    FollowUp.objects.create(
        commitment=commitment, indicator=indicator, baseline_year=2023, target_value=70
    )
    services.change_status(
        version, Version.Status.IN_REVIEW, by=coordinator, review_closes_on=datetime.date.today()
    )
    draft = services.new_version(version, by=coordinator)
    copy = draft.commitments.get()
    assert (copy.party, copy.text_sv) == (party, "Början") and copy.pk != commitment.pk
    assert list(copy.follow_ups.values_list("indicator__slug", "target_value")) == [("mittari", 70)]
    copy.text_fi = "Uusi muotoilu"
    copy.save()  # the draft's own copy changes; the frozen version keeps its text
    commitment.refresh_from_db()
    assert commitment.text_fi == "Alku"


def test_a_member_with_view_rights_cannot_moderate_with_the_actions(
    client, steering_member, version
):
    comment = Comment.objects.create(
        version=version, section=version.sections.get(), author=steering_member, text="Oma."
    )
    steering_member.is_staff = True
    steering_member.save()
    client.force_login(steering_member)
    client.post(
        "/fi/admin/agreements/comment/",
        {"action": "mark_rejected", "_selected_action": [comment.pk]},
    )
    comment.refresh_from_db()
    assert comment.status == "open"


def test_marked_comments_show_their_new_status_at_once_on_the_review_page(
    client, coordinator, steering_member, version
):
    """The actions write with update(), which sends no signals: the review page's cached
    sections kept the old status before the fix."""
    Version.objects.filter(pk=version.pk).update(
        status=Version.Status.IN_REVIEW,
        review_closes_on=datetime.date.today() + datetime.timedelta(days=30),
    )
    comment = Comment.objects.create(
        version=version, section=version.sections.get(), author=steering_member, text="Yksi."
    )
    member = Client()
    member.force_login(steering_member)
    page = version.get_absolute_url()
    assert "Avoin" in member.get(page).content.decode()
    client.force_login(coordinator)
    client.post(
        "/fi/admin/agreements/comment/",
        {"action": "mark_accepted", "_selected_action": [comment.pk]},
    )
    html = member.get(page).content.decode()
    assert '<span class="tag">Hyväksytty</span>' in html


def test_the_admin_refuses_to_mark_a_version_signed_and_names_the_parties_missing(
    client, coordinator, version
):
    version.agreement.parties.all().delete()
    city = PartyFactory(
        agreement=version.agreement,
        actor__slug="kaupunki",
        actor__name_fi="Vaasan kaupunki",
        actor__name_sv="Vasa stad",
        order=1,
    )
    PartyFactory(
        agreement=version.agreement,
        actor__slug="liitto",
        actor__name_fi="Pohjanmaan liitto",
        actor__name_sv="Österbottens förbund",
        order=2,
    )
    Version.objects.filter(pk=version.pk).update(status=Version.Status.SENT)
    version.decisions.create(party=city, status="approved", decided_on=datetime.date(2026, 12, 1))
    client.force_login(coordinator)
    response = client.post(
        "/fi/admin/agreements/version/",
        {"action": "move_to_signed", "_selected_action": [version.pk]},
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert len(messages) == 1
    assert (
        "Tätä versiota koskeva päätös puuttuu näiltä osapuolilta: Pohjanmaan liitto."
        in (messages[0])
    )
    assert Version.objects.get(pk=version.pk).status == Version.Status.SENT
