"""Every <time datetime> the main pages write is a value HTML allows: stored times carry
microseconds, and HTML allows at most three decimals of a second."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from agreements.models import Comment, Decision, Transition
from portal.models import Page
from portal.templatetags.portal_tags import datetime_attribute
from tests.agreements.factories import AgreementFactory, PartyFactory, VersionFactory
from tests.agreements.helpers import S, url_of
from tests.html_checks import (
    assert_valid_datetime_attributes,
    assert_valid_html,
    datetime_attributes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated_content(steering_member, coordinator):
    agreement = AgreementFactory(slug="aiesopimus")
    in_review = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    sent = VersionFactory(agreement=agreement, number=2, status=S.SENT)
    Transition.objects.create(version=in_review, from_status=S.DRAFT, to_status=S.IN_REVIEW)
    section = in_review.sections.first()
    comment = Comment.objects.create(
        version=in_review, section=section, author=steering_member, text="Hyvä osio."
    )
    Comment.objects.create(
        version=in_review, section=section, parent=comment, author=coordinator, text="Kiitos."
    )
    party = PartyFactory(
        agreement=agreement,
        actor__slug="vaasa",
        actor__name_fi="Vaasan kaupunki",
        actor__name_sv="Vasa stad",
    )
    Decision.objects.create(
        party=party, version=sent, status="approved", decided_on=datetime.date(2026, 3, 2)
    )
    Page.objects.filter(key=Page.Key.ACCESSIBILITY).first().save()  # a time with microseconds
    return in_review


def test_stored_times_carry_microseconds_that_the_attribute_leaves_out():
    moment = timezone.make_aware(datetime.datetime(2026, 5, 4, 10, 15, 30, 123456))
    assert datetime_attribute(moment) == "2026-05-04T10:15:30+03:00"
    assert datetime_attribute(datetime.date(2026, 5, 4)) == "2026-05-04"
    assert datetime_attribute(None) == ""


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_main_pages_write_only_valid_datetime_values(
    client, dated_content, steering_member, language
):
    client.force_login(steering_member)
    with translation.override(language):
        urls = [
            url_of(dated_content, language),
            reverse("agreements:agreement-detail", kwargs={"slug": dated_content.agreement.slug}),
            reverse("portal:accessibility"),
            reverse("portal:privacy"),
        ]
    found = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_valid_html(html)
        assert_valid_datetime_attributes(html)
        found += datetime_attributes(html)
    # The timeline, the comment and its reply, the decision and the two pages' dates.
    assert len(found) >= 6
