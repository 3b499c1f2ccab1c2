"""Following by e-mail: anyone follows a public hearing, the questions and comments on a
practice, or a kind of event without an account; nothing is sent before the address is
confirmed (double opt-in); then at most one e-mail a day of what is new, each with a link
that stops it in one click (List-Unsubscribe, List-Unsubscribe-Post) and deletes the
address."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.models import Event
from hearings.models import PublicComment
from portal import following
from portal.models import Subscription
from practices.models import Feedback
from tests.hearings.test_hearings import first_section, make_hearing, published
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.practices.factories import PracticeFactory, url_for

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/(?:fi|sv)/\S+/)")
BASE = "https://tietopankki.example.fi"


def follow_url(kind, ref, lang="fi"):
    return url_for("portal:follow", lang, kind=kind, ref=ref)


def links_in(message):
    return LINK.findall(message.body)


def follow_and_confirm(client, kind, ref, email="seuraaja@example.org", lang="fi"):
    client.post(follow_url(kind, ref, lang), {"email": email, "website": ""})
    (confirm_link,) = links_in(mail.outbox[-1])
    client.post(confirm_link)
    mail.outbox.clear()
    return Subscription.objects.get(email=email, kind=kind, ref=ref)


def news(now=None):
    call_command("send_following_news", base_url=BASE, stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_the_addresses_are_in_each_language():
    assert url_for("portal:follow", kind="hearing", ref="x") == "/fi/seuraa/hearing/x/"
    assert url_for("portal:follow", "sv", kind="hearing", ref="x") == "/sv/folj/hearing/x/"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_following_needs_a_confirmation_before_anything_is_sent(client, lang):
    hearing = make_hearing()
    page = client.get(follow_url("hearing", hearing.slug, lang))
    html = page.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    response = client.post(
        follow_url("hearing", hearing.slug, lang), {"email": "Seuraaja@Example.org", "website": ""}
    )
    assert response.status_code == 302
    sent = client.get(response["Location"]).content.decode()
    assert ("Tarkista sähköpostisi" if lang == "fi" else "Kontrollera din e-post") in sent
    subscription = Subscription.objects.get()
    assert subscription.email == "seuraaja@example.org" and subscription.language == lang
    assert subscription.confirmed_at is None
    (message,) = mail.outbox
    (confirm_link,) = links_in(message)
    # Opening the link (as a mail scanner may) confirms nothing; the button does.
    assert client.get(confirm_link).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    confirmed = client.post(confirm_link).content.decode()
    assert f"Kuuleminen {hearing.slug}" in confirmed or f"Hörande {hearing.slug}" in confirmed
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None


def test_an_unconfirmed_address_gets_no_news_and_is_deleted_after_a_week(client):
    hearing = make_hearing()
    client.post(follow_url("hearing", hearing.slug), {"email": "a@example.org", "website": ""})
    published(first_section(hearing), published_at=timezone.now())
    mail.outbox.clear()
    news()
    assert not mail.outbox
    Subscription.objects.update(created_at=timezone.now() - datetime.timedelta(days=8))
    news()
    assert not Subscription.objects.exists()


def test_a_follower_of_a_hearing_gets_its_news_once_with_a_one_click_stop(client):
    hearing = make_hearing()
    section = first_section(hearing)
    subscription = follow_and_confirm(client, "hearing", hearing.slug)
    news()
    assert not mail.outbox  # nothing new yet
    published(section, text="Uusi kommentti tulkkauksesta.", published_at=timezone.now())
    PublicComment.objects.create(section=section, text="Odottaa.", language="fi")
    news()
    (message,) = mail.outbox
    assert message.to == ["seuraaja@example.org"]
    assert "Uusi kommentti tulkkauksesta." in message.body and "Odottaa." not in message.body
    assert f"{BASE}/fi/kuulemiset/{hearing.slug}/{section.pk}/#comment-" in message.body
    stop = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert stop.startswith(f"{BASE}/fi/seuraa/lopeta/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    mail.outbox.clear()
    news()
    assert not mail.outbox  # the same news is not sent twice
    # The mail program's one-click POST carries no CSRF token, and stops it.
    one_click = client.__class__(enforce_csrf_checks=True)
    response = one_click.post(stop.removeprefix(BASE), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


def test_the_report_of_a_followed_hearing_is_news(client):
    hearing = make_hearing(days=(-20, -1))
    follow_and_confirm(client, "hearing", hearing.slug)
    hearing.report_published_at = timezone.now()
    hearing.save()
    news()
    (message,) = mail.outbox
    assert "Kuulemisraportti julkaistiin" in message.body
    assert f"/fi/kuulemiset/{hearing.slug}/raportti/" in message.body


def test_a_follower_of_a_practice_hears_of_published_questions_and_answers(client):
    practice = PracticeFactory(slug="mentorointi", title_fi="Mentorointi", title_sv="Mentorskap")
    follow_and_confirm(client, "practice", practice.slug, lang="sv")
    item = Feedback.objects.create(
        practice=practice, text="Hur många mentorer?", language="sv", status="pending"
    )
    news()
    assert not mail.outbox  # not published yet
    from practices import feedback

    item.status = "published"
    item.answer = "Tre."
    item.save()
    feedback.moderated(item)
    news()
    (message,) = mail.outbox
    assert "Hur många mentorer?" in message.body and "Tre." in message.body
    assert "Nytt: Mentorskap" in message.subject


def test_a_follower_of_a_kind_of_event_hears_only_of_new_events_of_that_kind(client):
    subscription = follow_and_confirm(client, "events", "training")
    starts = timezone.now() + datetime.timedelta(days=10)
    common = {"starts_at": starts, "ends_at": starts + datetime.timedelta(hours=2)}
    Event.objects.create(
        slug="koulutus", kind="training", language="fi", title_fi="Uusi koulutus", **common
    )
    Event.objects.create(
        slug="kokous", kind="cooperation", language="fi", title_fi="Uusi kokous", **common
    )
    news()
    (message,) = mail.outbox
    assert "Uusi koulutus" in message.body and "Uusi kokous" not in message.body
    subscription.refresh_from_db()
    assert subscription.notified_at is not None


def test_an_event_saved_hidden_is_news_when_it_is_first_shown(client):
    subscription = follow_and_confirm(client, "events", "all")
    starts = timezone.now() + datetime.timedelta(days=10)
    event = Event.objects.create(
        slug="luonnos",
        kind="training",
        language="fi",
        title_fi="Piilossa valmisteltu koulutus",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        is_published=False,
    )
    news()
    assert not mail.outbox  # hidden: nothing to tell
    # The coordinator shows it after the follower's last e-mail (its time moved back a day).
    Subscription.objects.filter(pk=subscription.pk).update(
        notified_at=timezone.now() - datetime.timedelta(days=1)
    )
    Event.objects.filter(pk=event.pk).update(created_at=timezone.now() - datetime.timedelta(days=2))
    event.refresh_from_db()
    event.is_published = True
    event.save()
    news()
    (message,) = mail.outbox
    assert "Piilossa valmisteltu koulutus" in message.body
    mail.outbox.clear()
    # Hidden and shown again, it is not news a second time.
    event.is_published = False
    event.save()
    event.is_published = True
    event.save()
    news()
    assert not mail.outbox


def test_following_again_tells_only_the_address_and_nothing_to_others(client):
    hearing = make_hearing()
    follow_and_confirm(client, "hearing", hearing.slug)
    response = client.post(
        follow_url("hearing", hearing.slug), {"email": "seuraaja@example.org", "website": ""}
    )
    assert response["Location"] == url_for("portal:follow-sent")
    (message,) = mail.outbox
    assert "seuraat jo" in message.subject.lower() or "already" in message.subject.lower()
    assert Subscription.objects.count() == 1


def test_robots_floods_and_unknown_topics_are_turned_away(client):
    hearing = make_hearing()
    url = follow_url("hearing", hearing.slug)
    assert client.post(url, {"email": "a@example.org", "website": "x"}).status_code == 302
    assert not Subscription.objects.exists() and not mail.outbox
    # At most three e-mails an hour to one address, whoever asks: the form floods nobody.
    for _attempt in range(4):
        client.post(url, {"email": "kohde@example.org", "website": ""})
    assert len(mail.outbox) == 3 and Subscription.objects.count() == 1
    for number in range(5):
        client.post(url, {"email": f"{number}@example.org", "website": ""})
    flood = client.post(url, {"email": "liikaa@example.org", "website": ""})
    assert flood.status_code == 429 and 'value="liikaa@example.org"' in flood.content.decode()
    assert client.get(follow_url("hearing", "ei-ole")).status_code == 404
    assert client.get(follow_url("events", "ei-lajia")).status_code == 404
    assert client.get(follow_url("nothing", "x")).status_code == 404


def test_a_tampered_or_expired_link_does_nothing(client):
    hearing = make_hearing()
    client.post(follow_url("hearing", hearing.slug), {"email": "a@example.org", "website": ""})
    (confirm_link,) = links_in(mail.outbox[0])
    assert client.post(confirm_link[:-3] + "xx/").status_code == 404
    subscription = Subscription.objects.get()
    stop_link = following.unsubscribe_link(subscription).replace(":", ";", 1)
    assert client.post(stop_link).status_code == 200
    assert Subscription.objects.exists()
    later = timezone.now() + datetime.timedelta(days=8)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(following.timezone, "now", lambda: later)
        patch.setattr("django.core.signing.time.time", lambda: later.timestamp())
        assert client.post(confirm_link).status_code == 404
    assert Subscription.objects.get().confirmed_at is None


def test_the_pages_lead_to_following(client):
    hearing = make_hearing()
    practice = PracticeFactory(slug="mentorointi")
    assert (
        follow_url("hearing", hearing.slug)
        in client.get(hearing.get_absolute_url()).content.decode()
    )
    assert (
        follow_url("practice", "mentorointi")
        in client.get(practice.get_absolute_url()).content.decode()
    )
    assert follow_url("events", "training") in client.get(url_for("events:list")).content.decode()


def test_the_privacy_notice_says_what_following_keeps(client):
    finnish = client.get(url_for("portal:privacy")).content.decode()
    swedish = client.get(url_for("portal:privacy", "sv")).content.decode()
    assert "Seuraaminen sähköpostilla" in finnish and "viikon kuluttua" in finnish
    assert "Att följa per e-post" in swedish and "efter en vecka" in swedish


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_following_in_a_browser_has_no_accessibility_violations(page, axe):
    hearing = make_hearing()
    page.goto(hearing.get_absolute_url())
    with page.expect_navigation():
        page.get_by_role("link", name="Seuraa tätä kuulemista sähköpostilla").click()
    assert axe(page) == []
    page.get_by_label("Sähköpostiosoitteesi").fill("seuraaja@example.org")
    with page.expect_navigation():
        page.get_by_role("button", name="Seuraa").click()
    assert page.locator("h1").text_content() == "Tarkista sähköpostisi"
    assert axe(page) == []
    (confirm_link,) = links_in(mail.outbox[-1])
    page.goto(confirm_link)
    assert axe(page) == []
    with page.expect_navigation():
        page.get_by_role("button", name="Vahvista").click()
    assert page.locator("h1").text_content() == "Seuraat nyt"
    assert axe(page) == []
    assert Subscription.objects.get().confirmed_at is not None
