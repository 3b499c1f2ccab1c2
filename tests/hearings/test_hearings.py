"""Public hearings: a coordinator opens a version (or chosen sections) to everyone; anyone
comments without an account and supports a comment once; robots and floods are held back
without a CAPTCHA; the coordinators moderate (before or after publication, per hearing) and
answer; the report is published as a page and as .docx once the hearing has closed, and a
closed hearing stays readable."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from docx import Document

from agreements.models import Version
from hearings.models import Hearing, HearingSection, PublicComment
from tests.agreements.factories import VersionFactory
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import element, elements, text_of
from tests.posted_forms import admin_form
from tests.practices.factories import url_for

pytestmark = pytest.mark.django_db


def make_hearing(slug="kuuleminen", days=(-1, 10), moderation="before", sections=2, **fields):
    version = VersionFactory(status=Version.Status.IN_REVIEW, sections=sections)
    now = timezone.now()
    hearing = Hearing.objects.create(
        slug=slug,
        version=version,
        title_fi=f"Kuuleminen {slug}",
        title_sv=f"Hörande {slug}",
        opens_at=now + datetime.timedelta(days=days[0]),
        closes_at=now + datetime.timedelta(days=days[1]),
        moderation=moderation,
        **fields,
    )
    for section in version.sections.all():
        HearingSection.objects.create(
            hearing=hearing,
            section=section,
            plain_summary_fi=f"Selkokielellä {section.order}.",
            plain_summary_sv=f"Lättläst {section.order}.",
        )
    return hearing


def first_section(hearing):
    return hearing.sections.order_by("section__order").first()


def section_url(section, lang="fi"):
    return url_for("hearings:section", lang, slug=section.hearing.slug, pk=section.pk)


def comment(**fields):
    return {
        "text": "Hyvä tavoite, mutta lisää kielitukea.",
        "name": "",
        "email": "",
        "website": "",
        **fields,
    }


def published(section, text="Julkaistu kommentti.", **fields):
    return PublicComment.objects.create(
        section=section, text=text, language="fi", status="published", **fields
    )


def test_the_addresses_are_in_each_language():
    assert url_for("hearings:list") == "/fi/kuulemiset/"
    assert url_for("hearings:list", "sv") == "/sv/horanden/"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_list_and_a_hearing_show_the_sections_with_their_plain_summaries_first(client, lang):
    hearing = make_hearing()
    make_hearing("tuleva", days=(5, 20))
    make_hearing("paattynyt", days=(-30, -2))
    make_hearing("piilossa", is_published=False)
    listing = client.get(url_for("hearings:list", lang)).content.decode()
    assert_valid_html(listing)
    assert_document_structure(listing)
    title = "Kuuleminen" if lang == "fi" else "Hörande"
    for slug in ("kuuleminen", "tuleva", "paattynyt"):
        assert f"{title} {slug}" in listing
    assert "piilossa" not in listing
    page = client.get(hearing.get_absolute_url().replace("/fi/", f"/{lang}/", 1))
    html = page.content.decode()
    assert page.status_code == 200
    assert_valid_html(html)
    assert_document_structure(html)
    summary = "Selkokielellä 1." if lang == "fi" else "Lättläst 1."
    text = "Osion 1 teksti." if lang == "fi" else "Avsnittets 1 text."
    # The plain-language summary comes before the section's own text.
    assert summary in html and text in html and html.index(summary) < html.index(text)
    assert client.get(url_for("hearings:detail", lang, slug="piilossa")).status_code == 404


def test_anyone_comments_without_an_account_and_a_coordinator_publishes_and_answers(
    client, coordinator, django_capture_on_commit_callbacks
):
    hearing = make_hearing(moderation="before")
    section = first_section(hearing)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            section_url(section),
            comment(name="Vaasan kotoutumistyö", email="kirjoittaja@example.org"),
        )
    assert response.status_code == 302
    thanks = client.get(response["Location"]).content.decode()
    assert "Koordinaattori tarkistaa kommenttisi" in thanks
    item = PublicComment.objects.get()
    assert item.status == "pending" and item.language == "fi"
    # The coordinators are told, with a link to moderate; the page shows nothing yet.
    (notice,) = mail.outbox
    assert notice.to == ["coordinator@example.org"]
    assert reverse("admin:hearings_publiccomment_change", args=[item.pk]) in notice.body
    assert "lisää kielitukea" not in client.get(section_url(section)).content.decode()
    mail.outbox.clear()
    client.force_login(coordinator)
    change = reverse("admin:hearings_publiccomment_change", args=[item.pk])
    data = admin_form(client, change, "publiccomment")
    data.update(status="published", answer="Kielituki lisätään seuraavaan versioon.")
    assert client.post(change, data).status_code == 302
    item.refresh_from_db()
    assert item.moderated_by == coordinator and item.moderated_at and item.answered_at
    # The answer goes once to the writer, in their language; then the address is erased.
    (answer,) = mail.outbox
    assert answer.to == ["kirjoittaja@example.org"] and "Kielituki lisätään" in answer.body
    assert item.email == "" and item.answer_sent_at is not None
    # The moderation is on record, without the address.
    record = item.history.first()
    assert record.status == "published" and record.history_user == coordinator
    assert not hasattr(record, "email")
    client.logout()
    html = client.get(section_url(section)).content.decode()
    assert_valid_html(html)
    assert "lisää kielitukea" in html and "Vaasan kotoutumistyö" in html
    assert "Koordinaattoreiden vastaus" in html and "kirjoittaja@example.org" not in html


def test_a_hearing_moderated_after_publication_shows_a_comment_at_once(client):
    hearing = make_hearing(moderation="after")
    section = first_section(hearing)
    response = client.post(section_url(section, "sv"), comment(text="Bra mål."))
    assert "?shown=1" in response["Location"]
    assert "Din kommentar visas nu" in client.get(response["Location"]).content.decode()
    html = client.get(section_url(section, "sv")).content.decode()
    assert '<div class="feedback__text" lang="sv"><p>Bra mål.</p></div>' in html


def test_what_was_typed_stays_when_the_form_is_refused(client):
    section = first_section(make_hearing())
    response = client.post(
        section_url(section), comment(text="", name="Nimimerkki", email="ei-osoite")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kirjoita kommenttisi." in html and 'value="Nimimerkki"' in html
    assert 'value="ei-osoite"' in html
    too_long = client.post(section_url(section), comment(text="x" * 4001))
    assert too_long.status_code == 200 and not PublicComment.objects.exists()


def test_robots_and_floods_are_held_back_without_a_captcha(client):
    section = first_section(make_hearing())
    robot = client.post(section_url(section), comment(website="http://roskaa.example"))
    assert robot.status_code == 302  # answered as a person is
    assert not PublicComment.objects.exists()
    for number in range(9):
        client.post(section_url(section), comment(text=f"Kommentti {number}"))
    flood = client.post(section_url(section), comment(text="Yksi liikaa"))
    assert flood.status_code == 429
    assert "Yksi liikaa" in flood.content.decode()
    assert PublicComment.objects.count() == 9


def test_a_visitor_supports_a_comment_once(client):
    hearing = make_hearing()
    section = first_section(hearing)
    item = published(section)
    support = url_for("hearings:support", slug=hearing.slug, pk=item.pk)
    response = client.post(support, follow=True)
    assert "Kiitos: tukesi on laskettu." in response.content.decode()
    again = client.post(support, follow=True).content.decode()
    assert "Olet jo tukenut tätä kommenttia." in again
    item.refresh_from_db()
    assert item.supports == 1
    # Another visitor (another browser) counts too; a GET changes nothing.
    client.cookies.clear()
    client.post(support)
    assert client.get(support).status_code == 405
    item.refresh_from_db()
    assert item.supports == 2
    html = client.get(section_url(section)).content.decode()
    assert "2 tukea" in html
    # The button names the comment it supports, for a screen reader's list of buttons.
    assert re.search(r'visually-hidden"\s+lang="fi">: Julkaistu kommentti.</span>', html)


def test_a_closed_hearing_stays_readable_but_takes_no_comments_or_supports(client):
    hearing = make_hearing(days=(-20, -1))
    section = first_section(hearing)
    item = published(section, text="Vanha kommentti.")
    html = client.get(section_url(section)).content.decode()
    assert "Vanha kommentti." in html and "Päättynyt" in html
    assert "Lähetä kommentti" not in html and "Tue tätä kommenttia" not in html
    client.post(section_url(section), comment())
    client.post(url_for("hearings:support", slug=hearing.slug, pk=item.pk))
    item.refresh_from_db()
    assert PublicComment.objects.count() == 1 and item.supports == 0


def test_a_coming_hearing_is_announced_but_takes_no_comments(client):
    section = first_section(make_hearing(days=(3, 10)))
    html = client.get(section_url(section)).content.decode()
    assert "Tulossa" in html and "Lähetä kommentti" not in html
    client.post(section_url(section), comment())
    assert not PublicComment.objects.exists()


def test_the_report_counts_each_section_and_gives_the_comments_with_answers(client, coordinator):
    hearing = make_hearing(days=(-20, -1), conclusion_fi="Kielituki lisättiin.")
    first, second = hearing.sections.order_by("section__order")
    published(first, text="Ensimmäinen.", answer="Vastaus ensimmäiseen.", supports=3)
    published(first, text="Toinen.", supports=1)
    PublicComment.objects.create(section=second, text="Hylätty.", language="fi", status="rejected")
    report = url_for("hearings:report", slug=hearing.slug)
    assert client.get(report).status_code == 404  # not before it is published
    client.force_login(coordinator)
    client.post(
        reverse("admin:hearings_hearing_changelist"),
        {"action": "publish_report", "_selected_action": [hearing.pk]},
    )
    client.logout()
    hearing.refresh_from_db()
    assert hearing.report_published
    html = client.get(report).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    assert "Kielituki lisättiin." in html and "Vastaus ensimmäiseen." in html
    assert re.search(r'<td class="numeric">2</td>\s*<td class="numeric">4</td>', html)
    assert "Hylätty." not in html
    docx = client.get(url_for("hearings:report-docx", slug=hearing.slug))
    assert docx["Content-Disposition"] == 'attachment; filename="kuuleminen.docx"'
    document = Document(io.BytesIO(docx.content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Ensimmäinen." in text and "Vastaus ensimmäiseen." in text and "Hylätty." not in text
    counts = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert counts[1][1:] == ["2", "4"] and counts[2][1:] == ["0", "0"]


def test_a_report_waits_for_its_hearing_to_close(client, coordinator):
    hearing = make_hearing()
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:hearings_hearing_changelist"),
        {"action": "publish_report", "_selected_action": [hearing.pk]},
        follow=True,
    )
    assert "Raportti julkaistaan vasta" in response.content.decode()
    hearing.refresh_from_db()
    assert not hearing.report_published


def test_a_coordinator_opens_chosen_sections_or_the_whole_version(client, coordinator):
    version = VersionFactory(status=Version.Status.IN_REVIEW, sections=3)
    draft = VersionFactory(sections=1)
    client.force_login(coordinator)
    add = reverse("admin:hearings_hearing_add")
    data = admin_form(client, add, "hearing")
    data.update(
        title_fi="Koko versio",
        slug="koko-versio",
        version=str(draft.pk),
        opens_at_0="1.1.2027",
        opens_at_1="9:00",
        closes_at_0="1.2.2027",
        closes_at_1="16:00",
        moderation="before",
    )
    refused = client.post(add, data)
    assert refused.status_code == 200 and "ei ole enää luonnos" in refused.content.decode()
    data["version"] = str(version.pk)
    assert client.post(add, data).status_code == 302
    hearing = Hearing.objects.get(slug="koko-versio")
    assert hearing.sections.count() == 3  # none chosen: the whole version


def test_addresses_are_erased_90_days_after_the_hearing_closed():
    old = make_hearing("vanha", days=(-200, -91))
    recent = make_hearing("uusi", days=(-30, -2))
    for hearing in (old, recent):
        published(first_section(hearing), email="osoite@example.org")
    call_command("forget_hearing_addresses", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(
        PublicComment.objects.order_by("section__hearing__slug").values_list("email", flat=True)
    ) == ["osoite@example.org", ""]


def test_a_section_reads_as_many_queries_however_many_comments(client):
    hearing = make_hearing()
    section = first_section(hearing)
    published(section)
    with CaptureQueriesContext(connection) as few:
        client.get(section_url(section))
        client.get(hearing.get_absolute_url())
    for number in range(10):
        published(section, text=f"Kommentti {number}")
    with CaptureQueriesContext(connection) as many:
        client.get(section_url(section))
        client.get(hearing.get_absolute_url())
    assert len(many) == len(few)


def test_the_site_search_finds_a_hearing(client):
    make_hearing("kielet", introduction_fi="Palvelut eri kielillä ja selkokielellä.")
    html = client.get(url_for("portal:search"), {"q": "kielillä"}).content.decode()
    assert 'href="/fi/kuulemiset/kielet/"' in html


def test_the_demo_has_a_closed_hearing_with_its_report_and_an_open_one(client, demo_content):
    closed = Hearing.objects.get(slug="aiesopimus-kevat-2026")
    assert closed.report_published and closed.has_closed()
    assert Hearing.objects.open().filter(slug="aiesopimus-jarjestot-ja-kielet").exists()
    html = client.get(url_for("hearings:report", "sv", slug=closed.slug)).content.decode()
    assert "Rådgivningen måste finnas på svenska" in html


def test_the_privacy_notice_says_what_a_hearing_comment_keeps(client):
    finnish = client.get(url_for("portal:privacy")).content.decode()
    swedish = client.get(url_for("portal:privacy", "sv")).content.decode()
    assert "Kommentit julkisissa kuulemisissa" in finnish and "90 päivää" in finnish
    assert "Kommentarer i offentliga höranden" in swedish and "hearing_supporter" in swedish


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_resident_comments_and_supports_in_a_browser_without_accessibility_violations(page, axe):
    hearing = make_hearing(moderation="after", introduction_fi="Kerro mielipiteesi.")
    section = first_section(hearing)
    published(section, text="Tulkkausta tarvitaan lisää.")
    page.goto(url_for("hearings:list"))
    assert axe(page) == []
    with page.expect_navigation():
        page.get_by_role("link", name="Kuuleminen kuuleminen").click()
    assert axe(page) == []
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"^Lue kommentit ja kommentoi\W+Osio 1$")).click()
    assert axe(page) == []
    page.get_by_label("Kommenttisi").fill("Selkokieli auttaa kaikkia.")
    with page.expect_navigation():
        page.get_by_role("button", name="Lähetä kommentti").click()
    assert page.locator("h1").text_content() == "Kiitos kommentistasi"
    assert axe(page) == []
    page.get_by_role("link", name="Takaisin osioon").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Tue tätä kommenttia").first.click()
    assert "Kiitos: tukesi on laskettu." in page.content()
    assert axe(page) == []
    assert PublicComment.objects.filter(supports=1).count() == 1


def test_a_withdrawn_report_is_no_longer_shown(client, coordinator):
    hearing = make_hearing(days=(-20, -1), report_published_at=timezone.now())
    report = url_for("hearings:report", slug=hearing.slug)
    assert client.get(report).status_code == 200
    client.force_login(coordinator)
    client.post(
        reverse("admin:hearings_hearing_changelist"),
        {"action": "withdraw_report", "_selected_action": [hearing.pk]},
    )
    hearing.refresh_from_db()
    assert hearing.report_published_at is None
    assert client.get(report).status_code == 404


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("fi", "Avoinna kaikkien kommenteille"), ("sv", "Öppet för allas kommentarer")],
)
def test_the_letters_of_intent_lead_anyone_to_the_open_hearings(client, lang, heading):
    """A visitor who may not read the drafts finds where everyone may comment on one."""
    open_now = make_hearing("avoin")
    make_hearing("sulkeutunut", days=(-20, -10))
    make_hearing("tuleva", days=(5, 20))
    with translation.override(lang):
        html = client.get(reverse("agreements:agreement-list")).content.decode()
        section = element(html, "section", aria_labelledby="open-hearings-heading")
        assert heading in text_of(section)
        links = [link.get("href") for link in elements(section, "a")]
        assert links == [open_now.get_absolute_url()]
