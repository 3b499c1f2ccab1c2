"""The demo letter of intent follows the seeds' plan in three versions, in both languages."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from agreements import diff
from agreements.models import Agreement, Comment, Decision, Version
from tests.agreements.helpers import thawed

pytestmark = pytest.mark.django_db
S = Version.Status
SLUG = "pohjanmaan-kotoutumisen-aiesopimus"


@pytest.fixture
def demo(settings):
    settings.DEMO_USERS_ALLOWED = True
    call_command("load_demo", stdout=StringIO())
    return Agreement.objects.get(slug=SLUG)


def test_three_versions_go_from_the_steering_groups_draft_to_the_parties(demo):
    versions = list(demo.versions.order_by("number"))
    assert [(v.status, v.audience) for v in versions] == [
        (S.SUPERSEDED, "steering_group"),
        (S.SUPERSEDED, "partner_network"),
        (S.SENT, "steering_group"),
    ]
    first = versions[0]
    assert first.created_at.month == 2
    assert [t.to_status for t in first.transitions.all()] == [
        S.DRAFT,
        S.IN_REVIEW,
        S.REVIEW_CLOSED,
        S.SUPERSEDED,
    ]
    assert versions[1].based_on == first and versions[2].based_on == versions[1]


def test_every_section_is_written_in_finnish_and_swedish(demo):
    for version in demo.versions.all():
        sections = list(version.sections.all())
        assert len(sections) >= 12
        for section in sections:
            assert section.heading_fi and section.heading_sv and section.text_fi and section.text_sv


def test_the_partner_round_adds_removes_moves_and_changes_sections(demo):
    first, second = (demo.versions.get(number=n) for n in (1, 2))
    changes = diff.compare_versions(first.sections.all(), second.sections.all(), "fi")
    kinds = {change.status for change in changes}
    assert {diff.ADDED, diff.REMOVED, diff.MOVED} <= kinds
    assert sum(1 for change in changes if change.changed) >= 3


def test_the_parties_have_commitments_and_mixed_decisions_on_the_version_sent_out(demo):
    sent = demo.versions.get(status=S.SENT)
    assert demo.parties.count() >= 8
    assert all(party.commitments.exists() for party in demo.parties.all())
    statuses = set(Decision.objects.filter(version=sent).values_list("status", flat=True))
    assert statuses == {"approved", "declined", "pending"}
    # Some parties approved an earlier version only.
    assert Decision.objects.filter(version__number=2, status="approved").exists()


def test_the_steering_group_member_commented_and_coordinators_answered(demo):
    comments = Comment.objects.filter(version__agreement=demo)
    assert comments.exists()
    assert set(comments.values_list("author__username", flat=True)) == {"ohjausryhma"}
    assert comments.filter(parent__isnull=False).exists()
    assert {"accepted", "rejected", "resolved", "open"} <= set(
        comments.values_list("status", flat=True)
    )
    # The demo's old comments were digested long ago: no e-mail about them.
    assert not comments.filter(digested_at__isnull=True).exists()


def test_loading_the_demo_again_keeps_the_agreement_as_it_is(demo):
    version = demo.versions.get(number=3)
    section = version.sections.first()
    with thawed(version):
        section.text_fi = "Muokattu."
        section.save()
    call_command("load_demo", stdout=StringIO())
    assert demo.versions.count() == 3
    section.refresh_from_db()
    assert section.text_fi == "Muokattu."


def test_the_demo_agreement_page_shows_where_the_parties_stand(demo, client):
    client.login(username="ohjausryhma", password="demo-ohjausryhma")
    response = client.get(reverse("agreements:agreement-detail", kwargs={"slug": SLUG}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Osapuolten päätökset versiosta 3" in html and "Vamia" in html


def test_the_demo_commitments_are_followed_by_the_monitoring_indicators(demo, client):
    client.login(username="ohjausryhma", password="demo-ohjausryhma")
    response = client.get(reverse("agreements:follow-up", kwargs={"slug": SLUG}))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="responsive-table follow-up-table"') >= 5
    assert "Esimerkkilukuja, ei oikeita tilastoja." in html
    assert "Kohti tavoitetta" in html and "Kauempana tavoitteesta kuin perusvuonna." in html
