"""Coordinators get one e-mail listing the practices whose review is due."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from portal.roles import COORDINATORS
from practices.models import Practice
from tests.practices.factories import PracticeFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
BASE_URL = "https://tietopankki.example.fi"


def digest(*args):
    out = StringIO()
    call_command("send_review_digest", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def coordinators(coordinator):
    group = Group.objects.get(name=COORDINATORS)
    users = get_user_model().objects
    second = users.create_user("toinen", "toinen@example.org", "pw")
    inactive = users.create_user("lopettanut", "lopettanut@example.org", "pw", is_active=False)
    without_address = users.create_user("osoitteeton", "", "pw")
    for user in (second, inactive, without_address):
        user.groups.add(group)
    return [coordinator, second]


def test_the_digest_lists_only_practices_due_today_or_earlier(coordinators):
    overdue = PracticeFactory(slug="myohassa", next_review_due=TODAY - datetime.timedelta(days=40))
    due_today = PracticeFactory(slug="tanaan", next_review_due=TODAY)
    PracticeFactory(slug="huomenna", next_review_due=TODAY + datetime.timedelta(days=1))
    PracticeFactory(slug="ei-paivaa", next_review_due=None)
    PracticeFactory(
        slug="arkistoitu",
        next_review_due=TODAY - datetime.timedelta(days=1),
        status=Practice.Status.ARCHIVED,
    )

    output = digest("--base-url", BASE_URL)

    assert output == "Sent the review digest of 2 practices to 2 coordinators.\n"
    message = mail.outbox[0]
    assert message.subject == ("2 käytännön tarkistus on ajankohtainen / 2 arbetssätt ska granskas")
    body = message.body
    assert "Käytäntö myohassa" in body and "Praxis myohassa" in body
    assert "Käytäntö tanaan" in body
    assert f"{overdue.next_review_due:%-d.%-m.%Y}" in body
    assert f"{BASE_URL}/fi/admin/practices/practice/{overdue.pk}/change/" in body
    assert f"{BASE_URL}/fi/admin/practices/practice/{due_today.pk}/change/" in body
    for not_due in ("huomenna", "ei-paivaa", "arkistoitu"):
        assert not_due not in body
    # The overdue one first, as it has waited longest.
    assert body.index("myohassa") < body.index("tanaan")


def test_the_digest_goes_to_each_active_coordinator_with_an_address_separately(
    coordinators, steering_member
):
    PracticeFactory(slug="myohassa", next_review_due=TODAY - datetime.timedelta(days=1))
    digest("--base-url", BASE_URL)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "coordinator@example.org",
        "toinen@example.org",
    ]
    assert all(len(message.to) == 1 and not message.cc for message in mail.outbox)


def test_nothing_is_sent_when_no_review_is_due(coordinators):
    PracticeFactory(slug="huomenna", next_review_due=TODAY + datetime.timedelta(days=1))
    output = digest("--base-url", BASE_URL)
    assert mail.outbox == []
    assert output.startswith("No practices are due for review")


def test_the_digest_needs_the_site_address_for_its_links(coordinators):
    with pytest.raises(CommandError, match="--base-url"):
        digest()
    assert mail.outbox == []
