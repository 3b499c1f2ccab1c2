"""Questions and comments on a practice: anyone sends one without an account, a coordinator
publishes or rejects it and answers (or names the organisation whose answer it is), the
writer gets the answer by e-mail if they asked, and the address is then erased."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from practices import feedback as feedback_service
from practices.models import Feedback
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.networks.factories import ActorFactory
from tests.posted_forms import admin_form
from tests.practices.factories import PracticeFactory, url_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(db):
    practice = PracticeFactory(slug="mentorointi", title_fi="Mentorointi", title_sv="Mentorskap")
    practice.actors.add(
        ActorFactory(slug="opisto", name_fi="Kansalaisopisto", name_sv="Medborgarinstitutet")
    )
    return practice


def form_url(lang="fi"):
    return url_for("practices:feedback", lang, slug="mentorointi")


def written(**fields):
    return {
        "kind": "question",
        "text": "Kuinka monta mentoria ryhmässä on?",
        "name": "Kunnan työntekijä",
        "email": "kysyja@example.org",
        "website": "",
        **fields,
    }


def test_the_addresses_are_in_each_language():
    assert form_url("fi") == "/fi/kaytannot/mentorointi/palaute/"
    assert form_url("sv") == "/sv/praxis/mentorointi/respons/"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_form_is_valid_html_labelled_and_linked_from_the_practice(client, practice, lang):
    html = client.get(form_url(lang)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    for name in ("text", "name", "email"):
        assert f'<label for="id_{name}"' in html
    assert 'for="id_kind_0"' in html and 'for="id_kind_1"' in html
    page = client.get(url_for("practices:detail", lang, slug="mentorointi")).content.decode()
    assert f'href="{form_url(lang)}"' in page


def test_a_visitor_asks_without_an_account_and_it_waits_for_moderation(
    client, practice, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url("sv"), written(text="Hur många mentorer finns det?"))
    assert response.status_code == 302
    assert response["Location"] == url_for("practices:feedback-thanks", "sv", slug="mentorointi")
    assert "Tack för din respons" in client.get(response["Location"]).content.decode()
    item = Feedback.objects.get()
    assert (item.status, item.language, item.kind) == ("pending", "sv", "question")
    assert item.email == "kysyja@example.org"
    # The coordinators are told, with a link to moderate it; not the writer's address.
    (message,) = mail.outbox
    assert message.to == ["coordinator@example.org"]
    assert reverse("admin:practices_feedback_change", args=[item.pk]) in message.body
    assert "kysyja@example.org" not in message.body
    page = client.get(practice.get_absolute_url()).content.decode()
    assert "Hur många mentorer" not in page


def test_what_was_written_stays_when_the_form_has_errors(client, practice):
    response = client.post(form_url(), written(text="   ", email="ei-osoite"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kirjoita kysymyksesi tai kommenttisi." in html
    assert 'value="Kunnan työntekijä"' in html and 'value="ei-osoite"' in html
    assert 'role="alert"' in html
    response = client.post(form_url(), written(email="ei-osoite"))
    assert "Kuinka monta mentoria ryhmässä on?</textarea>" in response.content.decode()
    assert not Feedback.objects.exists()


def test_robots_are_thanked_and_nothing_is_kept(client, practice):
    response = client.post(form_url(), written(website="http://roskaa.example"))
    assert response.status_code == 302
    assert not Feedback.objects.exists() and not mail.outbox


def test_after_five_an_hour_the_form_waits_and_keeps_the_text(client, practice):
    for number in range(5):
        assert client.post(form_url(), written(text=f"Kysymys {number}")).status_code == 302
    response = client.post(form_url(), written(text="Kuudes kysymys"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Kuudes kysymys</textarea>" in html and "tunnin kuluttua" in html
    assert Feedback.objects.count() == 5


def test_a_draft_practice_takes_no_feedback(client, practice):
    practice.status = "draft"
    practice.save()
    assert client.get(form_url()).status_code == 404
    assert client.post(form_url(), written()).status_code == 404


def change_url(item):
    return reverse("admin:practices_feedback_change", args=[item.pk])


def pending(practice, **fields):
    return Feedback.objects.create(
        practice=practice,
        text="Kuinka monta mentoria ryhmässä on?",
        language="fi",
        email="kysyja@example.org",
        **fields,
    )


def test_a_coordinator_publishes_and_answers_and_the_writer_gets_the_answer(
    client, practice, coordinator
):
    item = pending(practice, name="Kunnan työntekijä")
    client.force_login(coordinator)
    data = admin_form(client, change_url(item), "feedback")
    data.update(status="published", answer="Ryhmässä on kolme mentoria.")
    response = client.post(change_url(item), data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "published" and item.answered_at is not None
    # Sent once, in the language it was written in; then the address is gone.
    (message,) = mail.outbox
    assert message.to == ["kysyja@example.org"]
    assert "Ryhmässä on kolme mentoria." in message.body and "Kiitos palautteestasi" in message.body
    assert item.email == "" and item.answer_sent_at is not None
    client.logout()
    page = client.get(practice.get_absolute_url()).content.decode()
    assert "Kuinka monta mentoria ryhmässä on?" in page
    assert "Koordinaattoreiden vastaus" in page and "Ryhmässä on kolme mentoria." in page
    assert "Kunnan työntekijä" in page and "kysyja@example.org" not in page
    assert_valid_html(page)


def test_an_organisation_running_the_practice_may_be_named_as_the_one_answering(
    client, practice, coordinator
):
    item = pending(practice, status="published")
    outsider = ActorFactory(slug="ulkopuolinen")
    client.force_login(coordinator)
    data = admin_form(client, change_url(item), "feedback")
    # Only the practice's own organisations are offered.
    assert f'value="{outsider.pk}"' not in client.get(change_url(item)).content.decode()
    data.update(answer="Meillä on kolme mentoria.", answered_by=str(outsider.pk))
    assert client.post(change_url(item), data).status_code == 200
    organisation = practice.actors.get()
    data["answered_by"] = str(organisation.pk)
    assert client.post(change_url(item), data).status_code == 302
    client.logout()
    page = client.get(url_for("practices:detail", "sv", slug="mentorointi")).content.decode()
    assert "Svar från Medborgarinstitutet" in page
    # The text and its answer are marked with the language they were written in.
    assert '<div class="feedback__text" lang="fi">' in page


def test_rejecting_erases_the_address_and_the_record_names_the_coordinator(
    client, practice, coordinator
):
    item = pending(practice)
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:practices_feedback_changelist"),
        {"action": "reject", "_selected_action": [item.pk]},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "rejected" and item.email == ""
    assert not mail.outbox
    latest = item.history.first()
    assert latest.status == "rejected" and latest.history_user == coordinator
    # The address never reaches the record of changes.
    assert not hasattr(latest, "email")
    assert "Kuinka monta" not in client.get(practice.get_absolute_url()).content.decode()


def test_the_steering_group_cannot_moderate(client, practice, steering_member):
    item = pending(practice)
    client.force_login(steering_member)
    assert client.get(change_url(item)).status_code in (302, 403)
    client.post(
        reverse("admin:practices_feedback_changelist"),
        {"action": "publish", "_selected_action": [item.pk]},
    )
    item.refresh_from_db()
    assert item.status == "pending"


def test_addresses_are_erased_after_180_days_at_the_latest(practice):
    old, recent = pending(practice), pending(practice)
    Feedback.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=181)
    )
    call_command("forget_feedback_addresses", stdout=open("/dev/null", "w"))
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.email == "" and recent.email == "kysyja@example.org"
    assert feedback_service.forget_old_addresses() == 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_form_and_the_answers_have_no_accessibility_violations(page, axe, practice):
    Feedback.objects.create(
        practice=practice,
        text="Kuinka monta mentoria?",
        language="fi",
        status="published",
        answer="Kolme.",
    )
    page.goto(form_url("sv"))
    assert axe(page) == []
    page.get_by_label("Din fråga eller kommentar").fill("Hur långt är programmet?")
    with page.expect_navigation():
        page.get_by_role("button", name="Skicka").click()
    assert "Tack för din respons" in page.locator("h1").text_content()
    assert axe(page) == []
    page.goto(url_for("practices:detail", "sv", slug="mentorointi"))
    assert axe(page) == []


ANSWER_LINK = re.compile(r"http://testserver(/fi/kaytannot/palaute/vastaus/\S+/)")


def test_an_organisation_running_the_practice_answers_through_its_private_link(
    client, practice, coordinator, django_capture_on_commit_callbacks
):
    item = pending(practice, status="published")
    organisation = practice.actors.get()
    client.force_login(coordinator)
    data = admin_form(client, change_url(item), "feedback")
    data.update(ask_organisation=str(organisation.pk), ask_email="opisto@example.org")
    response = client.post(change_url(item), data, follow=True)
    (request,) = mail.outbox
    assert request.to == ["opisto@example.org"] and "Kuinka monta mentoria" in request.body
    link = ANSWER_LINK.search(request.body).group(1)
    # The link is shown to the coordinator once, to send it some other way if need be.
    assert link in response.content.decode()
    client.logout()
    mail.outbox.clear()

    page = client.get(link)
    html = page.content.decode()
    assert page.status_code == 200 and "no-cache" in page["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html
    assert_valid_html(html)
    assert_document_structure(html)
    assert "Kuinka monta mentoria ryhmässä on?" in html
    refused = client.post(link, {"answer": "  "})
    assert "Kirjoita vastaus." in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(link, {"answer": "Ryhmässä on kolme mentoria."})
    assert "Kiitos vastauksestasi" in done.content.decode()
    item.refresh_from_db()
    assert item.answer == "Ryhmässä on kolme mentoria." and item.answered_by == organisation
    # The writer gets the answer (and the address goes); the coordinators are told.
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["coordinator@example.org", "kysyja@example.org"]
    assert item.email == ""
    page = client.get(practice.get_absolute_url()).content.decode()
    assert "Vastaus: Kansalaisopisto" in page and "Ryhmässä on kolme mentoria." in page
    # The link works once.
    assert client.get(link).status_code == 404


def test_an_expired_answer_link_says_so(client, practice):
    item = pending(practice, status="published")
    token = feedback_service.ask_organisation(item, practice.actors.get())
    Feedback.objects.filter(pk=item.pk).update(
        answer_link_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.get(url_for("practices:feedback-answer", token=token))
    assert response.status_code == 410
    assert (
        client.post(url_for("practices:feedback-answer", token=token), {"answer": "X"}).status_code
        == 410
    )
    item.refresh_from_db()
    assert item.answer == ""
