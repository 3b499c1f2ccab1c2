"""Meetings and events: the public calendar in both languages, its iCalendar feeds, an
event's page with its agenda, materials and minutes, and registering without an account,
with a waiting list, a link to cancel, a reminder the day before, and the registrations
deleted once the event is over."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from agreements.models import Version
from events import registrations
from events.models import Event, Registration
from tests.agreements.factories import VersionFactory
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import element
from tests.practices.factories import PracticeFactory, SourceFactory, url_for

pytestmark = pytest.mark.django_db

HELSINKI = timezone.get_fixed_timezone(120)  # Finnish winter time, UTC+2.
CANCEL_LINK = re.compile(r"http://testserver(/(?:fi|sv)/\S+/(?:peru|avboka)/\S+/)")


def make_event(slug="koulutus", days=10, hours=(9, 12), **fields):
    day = timezone.localdate() + datetime.timedelta(days=days)
    start, end = hours
    defaults = {
        "kind": Event.Kind.TRAINING,
        "language": Event.Language.FINNISH,
        "title_fi": f"Koulutus {slug}",
        "title_sv": f"Utbildning {slug}",
        "starts_at": datetime.datetime.combine(day, datetime.time(start), HELSINKI),
        "ends_at": datetime.datetime.combine(day, datetime.time(end), HELSINKI),
    }
    return Event.objects.create(slug=slug, **{**defaults, **fields})


def person(**fields):
    return {"name": "Maija Meikäläinen", "email": "maija@example.org", "website": "", **fields}


def register_url(event, lang="fi"):
    return url_for("events:register", lang, slug=event.slug)


def test_the_addresses_are_in_each_language():
    assert url_for("events:list") == "/fi/tapahtumat/"
    assert url_for("events:list", "sv") == "/sv/evenemang/"
    assert url_for("events:register", "sv", slug="x") == "/sv/evenemang/x/anmal/"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_calendar_lists_what_is_coming_and_filters_by_kind(client, lang):
    make_event("koulutus")
    make_event("kokous", kind=Event.Kind.STEERING_GROUP)
    make_event("piilossa", is_published=False)
    make_event("mennyt", days=-10, minutes_fi="Päätettiin jatkaa.")
    html = client.get(url_for("events:list", lang)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    title = "Koulutus" if lang == "fi" else "Utbildning"
    assert f"{title} koulutus" in html and f"{title} kokous" in html
    assert "piilossa" not in html and "mennyt" not in html
    only_training = client.get(url_for("events:list", lang), {"kind": "training"}).content.decode()
    assert f"{title} koulutus" in only_training and f"{title} kokous" not in only_training
    past = client.get(url_for("events:list", lang), {"when": "past"}).content.decode()
    assert f"{title} mennyt" in past and f"{title} koulutus" not in past


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ("past", "Ei tämän lajin menneitä kokouksia tai tapahtumia."),
        ("", "Tämän lajin kokouksia tai tapahtumia ei ole tulossa."),
    ],
)
def test_a_kind_with_no_events_says_so_and_leads_to_every_kind(client, when, said):
    """Past events of another kind exist: "no past events" would not be true."""
    make_event("mennyt", days=-10, kind=Event.Kind.STEERING_GROUP)
    make_event("tuleva", kind=Event.Kind.STEERING_GROUP)
    html = client.get(url_for("events:list"), {"kind": "webinar", "when": when}).content.decode()
    assert said in html
    every_kind = url_for("events:list") + ("?when=past" if when else "")
    assert element(html, "a", "Näytä kaikki lajit").get("href") == every_kind


def test_the_calendar_reads_as_many_queries_however_many_events(client):
    make_event("eka", capacity=5)
    with CaptureQueriesContext(connection) as few:
        client.get(url_for("events:list"))
    for number in range(8):
        event = make_event(f"e{number}", capacity=3)
        Registration.objects.create(
            event=event,
            name="N",
            email=f"{number}@example.org",
            language="fi",
            status="confirmed",
            token_hash=f"h{number}",
        )
    with CaptureQueriesContext(connection) as many:
        html = client.get(url_for("events:list")).content.decode()
    assert len(many) == len(few)
    assert "2 paikkaa jäljellä" in html


def test_an_event_page_shows_its_time_agenda_materials_minutes_and_links(client):
    practice = PracticeFactory(slug="mentorointi", title_fi="Mentorointi")
    draft = PracticeFactory(slug="luonnos", title_fi="Luonnoskäytäntö", status="draft")
    signed, draft_version = VersionFactory(sections=0), VersionFactory(sections=0)
    Version.objects.filter(pk=signed.pk).update(status=Version.Status.SIGNED)
    event = make_event(
        "kokous",
        kind=Event.Kind.COOPERATION,
        agenda_fi="1. Avaus\n2. Alkukartoitukset",
        minutes_fi="Sovittiin yhteisestä koulutuksesta.",
        place_fi="Vaasan kaupungintalo",
        online_url="https://example.org/kokous",
    )
    event.materials.add(SourceFactory(slug="selvitys", title_fi="Selvitys"))
    event.practices.add(practice, draft)
    event.versions.add(signed, draft_version)
    response = client.get(event.get_absolute_url())
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    # Finnish time, whatever the server's clock says.
    assert "09:00</time>–<time" in html and ">12:00</time>" in html
    assert "Avaus" in html and "Sovittiin yhteisestä koulutuksesta." in html
    assert "Vaasan kaupungintalo" in html and 'href="https://example.org/kokous"' in html
    assert "Selvitys" in html and "Mentorointi" in html
    assert "Luonnoskäytäntö" not in html
    assert signed.get_absolute_url() in html and draft_version.get_absolute_url() not in html
    assert "Ilmoittaudu" not in html  # No places: no registration on the site.


def test_a_hidden_event_is_not_found(client):
    event = make_event(is_published=False)
    assert client.get(event.get_absolute_url()).status_code == 404


def ical_events(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_the_feeds_give_each_kind_and_each_event_as_icalendar(client):
    training = make_event("koulutus", place_fi="Vaasa, Kauppapuistikko 1")
    make_event("kokous", kind=Event.Kind.STEERING_GROUP)
    (entry,) = ical_events(client.get(url_for("events:feed", kind="training")))
    assert str(entry["summary"]) == "Koulutus koulutus"
    assert entry.decoded("dtstart") == training.starts_at
    assert str(entry["location"]) == "Vaasa, Kauppapuistikko 1"
    assert len(ical_events(client.get(url_for("events:feed", kind="all")))) == 2
    swedish = ical_events(client.get(url_for("events:feed", "sv", kind="all")))
    assert {str(e["summary"]) for e in swedish} == {"Utbildning koulutus", "Utbildning kokous"}
    (own,) = ical_events(client.get(url_for("events:ics", slug="koulutus")))
    assert str(own["uid"]).startswith(f"event-{training.pk}@")
    assert client.get(url_for("events:feed", kind="tuntematon")).status_code == 404


def test_a_visitor_registers_without_an_account_and_gets_a_link_to_cancel(
    client, django_capture_on_commit_callbacks
):
    event = make_event(capacity=2)
    assert f'href="{register_url(event)}"' in client.get(event.get_absolute_url()).content.decode()
    html = client.get(register_url(event)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    for name in ("name", "email", "organisation"):
        assert f'<label for="id_{name}"' in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(event), person(organisation="Vaasan kaupunki"))
    assert response["Location"] == url_for("events:registered", slug=event.slug)
    registration = Registration.objects.get()
    assert (registration.status, registration.language) == ("confirmed", "fi")
    (message,) = mail.outbox
    assert message.to == ["maija@example.org"] and "Koulutus koulutus" in message.body
    assert CANCEL_LINK.search(message.body)
    assert "1 paikka jäljellä" in client.get(event.get_absolute_url()).content.decode()


def test_beyond_the_places_a_waiting_list_whose_first_moves_up_on_a_cancellation(
    client, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(register_url(event, "sv"), person(email="first@example.org"))
        waiting = client.post(register_url(event, "sv"), person(email="second@example.org"))
        client.post(register_url(event, "sv"), person(email="third@example.org"))
    assert waiting["Location"].endswith("?waiting=1")
    assert "väntelistan" in client.get(waiting["Location"]).content.decode()
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "first@example.org": "confirmed",
        "second@example.org": "waiting",
        "third@example.org": "waiting",
    }
    assert "väntelistan" in mail.outbox[1].body
    link = CANCEL_LINK.search(mail.outbox[0].body).group(1)
    page = client.get(link)
    assert page.status_code == 200 and "no-cache" in page["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in page.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(link)
    assert "Anmälan avbokad" in done.content.decode()
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {"second@example.org": "confirmed", "third@example.org": "waiting"}
    (moved_up,) = mail.outbox
    assert moved_up.to == ["second@example.org"] and "En plats för dig" in moved_up.subject
    # The link is spent.
    assert client.get(link).status_code == 404


def test_what_was_typed_stays_when_the_form_is_refused(client):
    event = make_event(capacity=5)
    invalid = client.post(register_url(event), person(name="Toinen kerta", email="ei-osoite"))
    html = invalid.content.decode()
    assert 'value="ei-osoite"' in html and 'value="Toinen kerta"' in html
    assert 'role="alert"' in html
    assert not Registration.objects.exists()


def test_registering_again_tells_nobody_but_the_address_and_gives_it_a_new_link(
    client, django_capture_on_commit_callbacks
):
    event = make_event(capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(register_url(event), person())
        again = client.post(register_url(event), person(name="Joku muu"))
    # The form answers as for anyone: it does not tell who has registered.
    assert again.status_code == 302 and again["Location"] == first["Location"]
    assert Registration.objects.get().name == "Maija Meikäläinen"
    old_link = CANCEL_LINK.search(mail.outbox[0].body).group(1)
    new_link = CANCEL_LINK.search(mail.outbox[1].body).group(1)
    assert mail.outbox[1].to == ["maija@example.org"]
    assert "Olet jo ilmoittautunut" in mail.outbox[1].subject
    assert client.get(old_link).status_code == 404
    assert client.get(new_link).status_code == 200


def test_robots_floods_and_closed_registrations_are_turned_away(client):
    event = make_event(capacity=50)
    assert client.post(register_url(event), person(website="http://x.example")).status_code == 302
    assert not Registration.objects.exists()
    for number in range(9):
        client.post(register_url(event), person(email=f"{number}@example.org"))
    flood = client.post(register_url(event), person(name="Liikaa", email="z@example.org"))
    assert flood.status_code == 429 and 'value="Liikaa"' in flood.content.decode()
    closed = make_event("suljettu", capacity=5, registration_closes_at=timezone.now())
    response = client.post(register_url(closed), person())
    assert "Ilmoittautuminen on päättynyt." in response.content.decode()
    assert not closed.registrations.exists()
    no_places = make_event("avoin")
    assert client.get(register_url(no_places)).status_code == 404


def test_a_reminder_goes_the_day_before_once_to_those_with_a_place():
    tomorrow = make_event("huomenna", days=1, capacity=1)
    later = make_event("myohemmin", days=5, capacity=5)
    for event, email in ((tomorrow, "a@example.org"), (tomorrow, "b@example.org")):
        registrations.register(event, {"name": "N", "email": email}, "sv")
    registrations.register(later, {"name": "N", "email": "c@example.org"}, "fi")
    mail.outbox.clear()
    call_command("send_event_reminders", base_url="https://tietopankki.example.fi", stdout=None)
    (reminder,) = mail.outbox
    assert reminder.to == ["a@example.org"] and "I morgon" in reminder.subject
    assert "https://tietopankki.example.fi/sv/evenemang/huomenna/" in reminder.body
    assert registrations.send_reminders() == 0


def test_registrations_are_deleted_once_the_event_is_over():
    past = make_event("ohi", days=-1, capacity=5)
    coming = make_event("tulossa", days=3, capacity=5)
    for event in (past, coming):
        registrations.register(event, {"name": "N", "email": "n@example.org"}, "fi")
    call_command("forget_event_attendees", stdout=open("/dev/null", "w"))
    assert not past.registrations.exists() and coming.registrations.count() == 1


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_calendar_an_event_and_its_registration_have_no_accessibility_violations(page, axe):
    event = make_event(capacity=3, agenda_fi="1. Avaus", description_fi="Koulutus kunnille.")
    page.goto(url_for("events:list"))
    assert axe(page) == []
    with page.expect_navigation():
        page.get_by_role("link", name="Koulutus koulutus").click()
    assert axe(page) == []
    with page.expect_navigation():
        page.get_by_role("link", name="Ilmoittaudu").click()
    assert axe(page) == []
    page.get_by_label("Nimesi").fill("Maija Meikäläinen")
    page.get_by_label("Sähköpostiosoitteesi").fill("maija@example.org")
    with page.expect_navigation():
        page.get_by_role("button", name="Ilmoittaudu").click()
    assert page.locator("h1").text_content() == "Olet ilmoittautunut"
    assert axe(page) == []
    assert event.registrations.count() == 1


def test_the_site_search_finds_a_published_event_by_an_inflected_word(client):
    make_event("kieliryhma", title_fi="Kieliryhmän aloittaminen", title_sv="Att starta en grupp")
    make_event("salainen", title_fi="Kieliryhmän salainen kokous", is_published=False)
    html = client.get(url_for("portal:search"), {"q": "kieliryhmiin"}).content.decode()
    assert 'href="/fi/tapahtumat/kieliryhma/"><mark>Kieliryhmän</mark> aloittaminen' in html
    assert "salainen" not in html


def test_mistakes_in_the_form_do_not_count_towards_the_hourly_limit(client):
    event = make_event(capacity=5)
    for _attempt in range(10):
        assert client.post(register_url(event), person(email="ei-osoite")).status_code == 200
    response = client.post(register_url(event), person())
    assert response.status_code == 302
    assert event.registrations.count() == 1


def test_the_priorities_page_lists_the_events_on_each_priority(client):
    from practices.models import Priority

    priority = Priority.objects.create(
        slug="alkuvaihe",
        title_fi="Alkuvaihe",
        title_sv="Inledande skedet",
        starts_on=datetime.date(2026, 1, 1),
    )
    make_event("kokous", kind=Event.Kind.STEERING_GROUP).priorities.add(priority)
    make_event("piilossa", is_published=False).priorities.add(priority)
    html = client.get(url_for("practices:priority-list")).content.decode()
    assert_valid_html(html)
    assert 'href="/fi/tapahtumat/kokous/"' in html and "piilossa" not in html


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_practice_page_lists_the_events_on_the_practice(client, lang):
    practice = PracticeFactory(slug="mentorointi")
    for slug, days in (("kaukana", 60), ("pian", 5), ("mennyt", -10), ("kauan-sitten", -90)):
        make_event(slug, kind=Event.Kind.PEER_VISIT).practices.add(practice)
        Event.objects.filter(slug=slug).update(
            starts_at=timezone.now() + datetime.timedelta(days=days),
            ends_at=timezone.now() + datetime.timedelta(days=days, hours=2),
        )
    make_event("piilossa", is_published=False).practices.add(practice)
    make_event("muu")  # on no practice
    html = client.get(url_for("practices:detail", lang, slug=practice.slug)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    # The coming events, the soonest first, then the past ones, the latest first.
    links = [
        url_for("events:detail", lang, slug=slug)
        for slug in ("pian", "kaukana", "mennyt", "kauan-sitten")
    ]
    positions = [html.index(f'href="{link}"') for link in links]
    assert positions == sorted(positions)
    assert ("Koulutus pian" if lang == "fi" else "Utbildning pian") in html
    assert "piilossa" not in html and "/muu/" not in html
    # Nothing else ties it to the region's work: no empty list of facts before the events.
    region = html[html.index('id="regional-work"') :]
    assert '<dl class="facts">' not in region[: region.index("</section>")]
