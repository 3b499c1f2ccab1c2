"""Coordinators keep versions in the admin; nobody overwrites another's change silently."""

import datetime

import pytest

from agreements import services
from agreements.models import Agreement, Comment, Section, Version
from tests.agreements.helpers import make_party

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(db):
    agreement = Agreement.objects.create(
        slug="aiesopimus", title="Aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
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
        "sections-0-edited_revision": str(edited_revision),
        "decisions-TOTAL_FORMS": "0",
        "decisions-INITIAL_FORMS": "0",
    }


def test_the_second_of_two_concurrent_edits_is_refused_and_shows_the_first(
    client, coordinator, version
):
    client.force_login(coordinator)
    section = version.sections.get()
    url = f"/fi/admin/agreements/version/{version.pk}/change/"
    # Both coordinators opened the page at revision 1; the first saves.
    first = client.post(url, section_form(version, section, "Ensimmäisen teksti", 1))
    assert first.status_code == 302
    second = client.post(url, section_form(version, section, "Toisen teksti", 1))
    assert second.status_code == 200
    html = second.content.decode()
    assert "Joku muu tallensi tämän osion" in html
    assert "Ensimmäisen teksti" in html
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
    own = make_party(version.agreement, "oma", "Oma osapuoli", "Egen part")
    other_agreement = Agreement.objects.create(
        slug="toinen", title="Toinen", title_fi="Toinen", title_sv="Annat"
    )
    make_party(other_agreement, "vieras", "Vieras osapuoli", "Främmande part")
    client.force_login(coordinator)
    html = client.get(f"/fi/admin/agreements/version/{version.pk}/change/").content.decode()
    decisions = html.split('id="decisions-group"')[1]
    assert f'<option value="{own.pk}">Oma osapuoli</option>' in decisions
    assert "Vieras osapuoli" not in decisions


def test_a_partys_commitments_are_edited_in_its_page(client, coordinator, version):
    party = make_party(version.agreement, "oma", "Oma osapuoli", "Egen part")
    client.force_login(coordinator)
    html = client.get(f"/fi/admin/agreements/party/{party.pk}/change/").content.decode()
    assert 'name="commitments-TOTAL_FORMS"' in html
    assert 'name="commitments-__prefix__-text_sv"' in html
