"""The accessibility statement holds what the Act on the Provision of Digital Services asks of
it in both languages, and its feedback form reaches the coordinators by e-mail."""

from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from portal.models import Page
from tests.html_checks import assert_document_structure, assert_valid_html

pytestmark = pytest.mark.django_db


def url(name, lang="fi"):
    with translation.override(lang):
        return reverse(name)


@pytest.mark.parametrize(
    "lang, parts",
    [
        (
            "fi",
            [
                "Saavutettavuuden tila",
                "täyttää saavutettavuusvaatimukset osittain",
                "Ei-saavutettava sisältö",
                "Seloste on laadittu",
                "Päivitetty",
                "Palaute saavutettavuudesta",
                "Anna palautetta lomakkeella",
                "Valvontaviranomainen",
                "Lupa- ja valvontavirasto",
                'href="https://www.saavutettavuusvaatimukset.fi/"',
            ],
        ),
        (
            "sv",
            [
                "Tillgänglighetsstatus",
                "uppfyller tillgänglighetskraven delvis",
                "Innehåll som inte är tillgängligt",
                "Utlåtandet har utarbetats",
                "Uppdaterad",
                "Respons om tillgängligheten",
                "Ge respons med formuläret",
                "Tillsynsmyndighet",
                "Tillstånds- och tillsynsverket",
                'href="https://www.tillganglighetskrav.fi/"',
            ],
        ),
    ],
)
def test_the_statement_holds_every_required_part_in_both_languages(client, lang, parts):
    html = client.get(url("portal:accessibility", lang)).content.decode()
    for part in parts:
        assert part in html, part
    assert f'href="{url("portal:accessibility-feedback", lang)}"' in html
    assert_valid_html(html)
    assert_document_structure(html)


def test_the_statement_gives_the_feedback_address_set_in_the_admin(client):
    Page.objects.filter(key=Page.Key.ACCESSIBILITY).update(feedback_email="palaute@example.fi")
    html = client.get(url("portal:accessibility")).content.decode()
    assert '<a href="mailto:palaute@example.fi">palaute@example.fi</a>' in html


def test_the_privacy_notice_says_what_the_feedback_form_keeps(client):
    finnish = client.get(url("portal:privacy")).content.decode()
    swedish = client.get(url("portal:privacy", "sv")).content.decode()
    assert "Saavutettavuuspalaute" in finnish and "portaali tallenna siitä mitään" in finnish
    assert "vertailuun valitut käytännöt" in finnish
    assert "Tillgänglighetsrespons" in swedish and "de arbetssätt du har valt" in swedish


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_feedback_form_is_valid_html_with_a_hidden_honeypot(client, lang):
    response = client.get(url("portal:accessibility-feedback", lang), {"page": "/fi/kunnat/"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="/fi/kunnat/"' in html
    assert '<div class="visually-hidden" aria-hidden="true">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html
    assert_valid_html(html)
    assert_document_structure(html)


FEEDBACK = {
    "message": "Kartan tekstit ovat liian pieniä.",
    "page": "/fi/verkostokartta/",
    "name": "",
    "email": "lukija@example.org",
}


def test_feedback_is_mailed_to_the_statement_address_with_a_reply_to_the_sender(client):
    Page.objects.filter(key=Page.Key.ACCESSIBILITY).update(feedback_email="palaute@example.fi")
    response = client.post(url("portal:accessibility-feedback"), FEEDBACK)
    assert response["Location"] == url("portal:accessibility-feedback-sent")
    [message] = mail.outbox
    assert message.to == ["palaute@example.fi"]
    assert message.reply_to == ["lukija@example.org"]
    assert "Kartan tekstit ovat liian pieniä." in message.body
    assert "/fi/verkostokartta/" in message.body
    assert message.subject == "Palaute saavutettavuudesta / Respons om tillgängligheten"
    thanks = client.get(response["Location"]).content.decode()
    assert "Kiitos palautteestasi" in thanks


def test_without_an_address_feedback_goes_to_every_coordinator(client, coordinator):
    client.post(url("portal:accessibility-feedback"), {**FEEDBACK, "email": ""})
    [message] = mail.outbox
    assert message.to == ["coordinator@example.org"]
    assert message.reply_to == []
    assert "ei voi vastata" in message.body


def test_a_robot_filling_the_honeypot_is_thanked_and_nothing_is_sent(client, coordinator):
    response = client.post(url("portal:accessibility-feedback"), {**FEEDBACK, "website": "x"})
    assert response["Location"] == url("portal:accessibility-feedback-sent")
    assert mail.outbox == []


def test_empty_feedback_is_refused_with_a_message_and_the_rest_kept(client, coordinator):
    response = client.post(url("portal:accessibility-feedback"), {**FEEDBACK, "message": " "})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tämä kenttä vaaditaan." in html and "lukija@example.org" in html
    assert mail.outbox == []


def test_too_many_messages_from_one_visitor_are_refused_and_the_text_kept(client, coordinator):
    for _number in range(5):
        client.post(url("portal:accessibility-feedback"), FEEDBACK)
    response = client.post(
        url("portal:accessibility-feedback"), {**FEEDBACK, "message": "Kuudes viesti."}
    )
    assert response.status_code == 429
    assert "Kuudes viesti." in response.content.decode()
    assert len(mail.outbox) == 5


def test_feedback_that_cannot_be_sent_is_shown_again_with_a_message(client, coordinator):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("no server")):
        response = client.post(url("portal:accessibility-feedback"), FEEDBACK)
    assert response.status_code == 503
    html = response.content.decode()
    assert "Kartan tekstit ovat liian pieniä." in html
    assert "Emme voineet lähettää palautettasi juuri nyt" in html


def test_with_no_one_to_receive_it_feedback_is_not_lost_silently(client):
    response = client.post(url("portal:accessibility-feedback"), FEEDBACK)
    assert response.status_code == 503
    assert "Kartan tekstit ovat liian pieniä." in response.content.decode()


def test_only_the_statement_has_the_feedback_address_in_the_admin(client, coordinator):
    client.force_login(coordinator)
    for key, shown in ((Page.Key.ACCESSIBILITY, True), (Page.Key.PRIVACY, False)):
        page = Page.objects.get(key=key)
        html = client.get(reverse("admin:portal_page_change", args=[page.pk])).content.decode()
        assert ('name="feedback_email"' in html) is shown


def test_the_privacy_notice_says_what_telling_where_a_practice_is_used_keeps(client):
    finnish = client.get(url("portal:privacy")).content.decode()
    swedish = client.get(url("portal:privacy", "sv")).content.decode()
    assert "Käyttöilmoitukset" in finnish and "heti, kun olet vahvistanut" in finnish
    assert "Anmälningar om användning" in swedish and "så snart du har bekräftat" in swedish
    # Before the session cookie's paragraph, in the list of what is kept.
    assert finnish.index("Käyttöilmoitukset") < finnish.index("Istuntoeväste")


def test_the_privacy_notice_says_what_feedback_on_practices_keeps(client):
    finnish = client.get(url("portal:privacy")).content.decode()
    swedish = client.get(url("portal:privacy", "sv")).content.decode()
    assert "Kysymykset ja kommentit käytännöistä" in finnish and "180" in finnish
    assert "Frågor och kommentarer om arbetssätt" in swedish and "ändringshistoriken" in swedish
    assert finnish.index("Kysymykset ja kommentit") < finnish.index("Istuntoeväste")


def test_the_privacy_notice_says_what_registering_for_an_event_keeps(client):
    finnish = client.get(url("portal:privacy")).content.decode()
    swedish = client.get(url("portal:privacy", "sv")).content.decode()
    assert "Ilmoittautumiset tapahtumiin" in finnish and "seuraavana yönä" in finnish
    assert "Anmälningar till evenemang" in swedish and "natten efter" in swedish
