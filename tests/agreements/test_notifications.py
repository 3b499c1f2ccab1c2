"""Review e-mails go to the right people, once: the audience when a review opens and a day
before it closes, the coordinators a digest of new comments."""

import datetime
import smtplib
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from agreements.models import Agreement, Comment, Notice
from portal.roles import PARTNER_NETWORK, STEERING_GROUP
from tests.agreements.factories import VersionFactory
from tests.agreements.helpers import A, S

pytestmark = pytest.mark.django_db
BASE_URL = "https://tietopankki.example.fi"
TODAY = timezone.localdate()


def notify():
    out = StringIO()
    call_command("send_agreement_notifications", "--base-url", BASE_URL, stdout=out)
    return out.getvalue()


def member(username, group, **extra):
    user = get_user_model().objects.create_user(
        username, extra.pop("email", f"{username}@example.org"), "pw", **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def people(db):
    return {
        "steering": member("ohjaaja", STEERING_GROUP),
        "partner": member("kumppani", PARTNER_NETWORK),
        "inactive": member("poissa", STEERING_GROUP, is_active=False),
        "no_email": member("eiosoitetta", STEERING_GROUP, email=""),
        "outsider": member("ulkopuolinen", None),
    }


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_the_steering_group_is_told_once_when_its_review_opens(agreement, people):
    version = VersionFactory(
        agreement=agreement, number=1, status=S.IN_REVIEW, audience=A.STEERING_GROUP
    )
    notify()
    assert recipients() == ["ohjaaja@example.org"]
    message = mail.outbox[0]
    assert "Kommentoi: Aiesopimus, versio 1" in message.subject
    assert "Kommentera: Avsiktsförklaring, version 1" in message.subject
    assert f"{BASE_URL}/fi/sopimukset/aiesopimus/versiot/1/" in message.body
    assert f"{BASE_URL}/sv/avtal/aiesopimus/versioner/1/" in message.body
    assert version.review_closes_on.strftime("%-d.%-m.%Y") in message.body
    mail.outbox.clear()
    notify()
    assert mail.outbox == []


def test_a_partner_network_review_reaches_both_groups(agreement, people):
    VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW, audience=A.PARTNER_NETWORK)
    notify()
    assert recipients() == ["kumppani@example.org", "ohjaaja@example.org"]


def test_a_day_before_the_review_closes_the_audience_is_reminded_once(agreement, people):
    version = VersionFactory(
        agreement=agreement,
        number=1,
        status=S.IN_REVIEW,
        review_closes_on=TODAY + datetime.timedelta(days=3),
    )
    notify()
    mail.outbox.clear()
    version.review_closes_on = TODAY + datetime.timedelta(days=1)
    version.save(update_fields=["review_closes_on"])
    # Told earlier that the review opened; today the reminder.
    Notice.objects.update(sent_at=timezone.now() - datetime.timedelta(days=2))
    notify()
    assert recipients() == ["ohjaaja@example.org"]
    assert "päättyy" in mail.outbox[0].subject and "avslutas" in mail.outbox[0].subject
    mail.outbox.clear()
    notify()
    assert mail.outbox == []


def test_a_review_that_opens_the_day_before_it_closes_sends_one_e_mail(agreement, people):
    VersionFactory(
        agreement=agreement,
        number=1,
        status=S.IN_REVIEW,
        review_closes_on=TODAY + datetime.timedelta(days=1),
    )
    notify()
    assert len(mail.outbox) == 1 and "Kommentoi" in mail.outbox[0].subject


@pytest.mark.parametrize("status", [S.DRAFT, S.REVIEW_CLOSED, S.SIGNED])
def test_no_e_mail_about_versions_not_in_review(agreement, people, status):
    VersionFactory(agreement=agreement, number=1, status=status)
    notify()
    assert mail.outbox == []


def test_no_e_mail_about_a_review_past_its_closing_date(agreement, people):
    VersionFactory(
        agreement=agreement,
        number=1,
        status=S.IN_REVIEW,
        review_closes_on=TODAY - datetime.timedelta(days=1),
    )
    notify()
    assert mail.outbox == []


def test_a_member_whose_e_mail_failed_is_tried_again_next_time(agreement, people):
    VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException):
        notify()
    assert not Notice.objects.exists()
    notify()
    assert recipients() == ["ohjaaja@example.org"]


def test_coordinators_get_one_digest_of_new_comments(agreement, people, coordinator):
    version = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    Notice.objects.create(
        version=version, kind=Notice.Kind.REVIEW_OPENED, recipient=people["steering"]
    )
    section = version.sections.first()
    first = Comment.objects.create(
        version=version, section=section, author=people["steering"], text="Lisää mittari."
    )
    Comment.objects.create(
        version=version,
        section=section,
        parent=first,
        author=people["partner"],
        text="Samaa mieltä.",
    )
    Comment.objects.create(
        version=version,
        section=section,
        author=people["steering"],
        text="Peruttu.",
        withdrawn_at=timezone.now(),
    )
    output = notify()
    assert recipients() == ["coordinator@example.org"]
    body = mail.outbox[0].body
    assert "Lisää mittari." in body and "Samaa mieltä." in body and "Peruttu." not in body
    assert "2 uutta kommenttia" in mail.outbox[0].subject
    assert f"{BASE_URL}/fi/admin/agreements/comment/?version__id__exact={version.pk}" in body
    assert "2 comments" in output
    mail.outbox.clear()
    notify()
    assert mail.outbox == []
    Comment.objects.create(
        version=version, section=section, author=people["steering"], text="Uusi."
    )
    notify()
    assert len(mail.outbox) == 1 and "Uusi." in mail.outbox[0].body
    assert "Lisää mittari." not in mail.outbox[0].body


def test_the_digest_waits_when_no_coordinator_has_an_address(agreement, people):
    version = VersionFactory(agreement=agreement, number=1, status=S.REVIEW_CLOSED)
    Comment.objects.create(
        version=version,
        section=version.sections.first(),
        author=people["steering"],
        text="Odottaa.",
    )
    notify()
    assert mail.outbox == []
    assert Comment.objects.get(text="Odottaa.").digested_at is None


def test_the_command_needs_the_sites_address(settings):
    settings.SITE_URL = ""
    with pytest.raises(CommandError, match="--base-url"):
        call_command("send_agreement_notifications", stdout=StringIO())


def test_the_subject_is_plain_text(agreement, people):
    Agreement.objects.filter(pk=agreement.pk).update(title_fi='Työ & "osallisuus"')
    VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    notify()
    assert 'Kommentoi: Työ & "osallisuus", versio 1' in mail.outbox[0].subject
