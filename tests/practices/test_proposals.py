"""Municipal staff propose practices on the site; the proposals reach coordinators as drafts."""

import datetime
import re
from smtplib import SMTPException

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal import honeypot
from practices.forms import AdoptionProposalForm, ProposalForm
from practices.models import PendingProposal, Practice
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.networks.factories import ActorFactory, MunicipalityFactory, SubRegionFactory

pytestmark = pytest.mark.django_db

PROPOSE = {"fi": "/fi/kaytannot/ehdota/", "sv": "/sv/praxis/foresla/"}
THANKS = {"fi": "/fi/kaytannot/ehdota/kiitos/", "sv": "/sv/praxis/foresla/tack/"}
CONFIRM_LINK = re.compile(r"http://testserver(/(?:fi|sv)/[a-z/]+/(?:vahvista|bekrafta)/\S+/)")


@pytest.fixture
def municipalities(db):
    region = SubRegionFactory(slug="seutu", name_fi="Seutu", name_sv="Region")
    return [
        MunicipalityFactory(slug=slug, sub_region=region, name_fi=fi, name_sv=sv)
        for slug, fi, sv in [("vaasa", "Vaasa", "Vasa"), ("mustasaari", "Mustasaari", "Korsholm")]
    ]


def proposal(municipalities=(), **fields):
    return {
        "title": "Työnhakuklubi",
        "summary": "Viikoittainen ryhmä, jossa työnhakijat harjoittelevat haastatteluja.",
        "description": "Ryhmä kokoontuu kirjastossa.\n\n- Haastattelut\n- Hakemukset",
        "organisation": "Vaasan kaupunki",
        "municipalities": [municipality.pk for municipality in municipalities],
        "contact_organisation": "",
        "email": "ehdottaja@example.org",
        "website": "",
        **fields,
    }


def confirmation_link(message):
    return CONFIRM_LINK.search(message.body).group(1)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_proposal_page_is_valid_html_with_every_field_labelled(
    client, municipalities, language
):
    response = client.get(PROPOSE[language])
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    for name in ("title", "summary", "description", "organisation", "contact_organisation"):
        assert f'<label for="id_{name}"' in html
    assert 'type="email" name="email"' in html
    # The honeypot: for robots only, so hidden from sight, from screen readers and from Tab.
    assert '<div class="visually-hidden" aria-hidden="true">' in html
    assert re.search(r'<input[^>]*name="website"[^>]*tabindex="-1"', html)


def test_logged_in_staff_are_not_asked_for_an_e_mail_address(client, coordinator):
    client.force_login(coordinator)
    html = client.get(PROPOSE["fi"]).content.decode()
    assert 'name="email"' not in html
    assert_valid_html(html)


def test_the_proposal_page_makes_as_many_queries_for_many_municipalities_as_for_few(
    client, municipalities
):
    def queries_for_page():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(PROPOSE["fi"]).status_code == 200
        return len(queries)

    few = queries_for_page()
    for _ in range(10):
        MunicipalityFactory(sub_region=municipalities[0].sub_region)
    assert queries_for_page() == few


def test_a_logged_in_user_proposes_a_draft_at_once(client, coordinator, municipalities):
    client.force_login(coordinator)
    ActorFactory(slug="vaasa", actor_type="municipality", name_fi="Vaasan kaupunki")
    response = client.post(PROPOSE["fi"], proposal(municipalities[:1]), follow=True)
    assert response.redirect_chain == [(THANKS["fi"], 302)]
    assert "Kiitos ehdotuksestasi" in response.content.decode()
    practice = Practice.objects.get()
    assert practice.status == Practice.Status.DRAFT
    assert practice.proposed_by == coordinator
    assert practice.proposed_by_email == ""
    assert practice.title_fi == "Työnhakuklubi"
    assert practice.description_fi.startswith("Ryhmä kokoontuu kirjastossa.")
    assert [actor.slug for actor in practice.actors.all()] == ["vaasa"]
    assert list(practice.municipalities.all()) == municipalities[:1]
    assert practice.contact_organisation == "Vaasan kaupunki"
    assert mail.outbox == []


def test_an_anonymous_proposal_is_saved_only_once_its_e_mail_is_confirmed(client, municipalities):
    response = client.post(PROPOSE["fi"], proposal(municipalities), follow=True)
    assert response.redirect_chain == [(f"{THANKS['fi']}?step=confirm", 302)]
    assert "Tarkista sähköpostisi" in response.content.decode()
    assert not Practice.objects.exists()

    [message] = mail.outbox
    assert message.to == ["ehdottaja@example.org"]
    assert message.subject == "Vahvista käytäntöehdotuksesi"
    assert "”Työnhakuklubi”" in message.body
    response = client.get(confirmation_link(message), follow=True)
    assert response.redirect_chain == [(THANKS["fi"], 302)]
    assert "Kiitos ehdotuksestasi" in response.content.decode()

    practice = Practice.objects.get()
    assert practice.status == Practice.Status.DRAFT
    assert practice.proposed_by is None
    assert practice.proposed_by_email == "ehdottaja@example.org"
    assert practice.summary_fi.startswith("Viikoittainen ryhmä")
    assert set(practice.municipalities.all()) == set(municipalities)


def test_opening_the_confirmation_link_again_creates_no_second_draft(client, municipalities):
    client.post(PROPOSE["fi"], proposal(municipalities))
    link = confirmation_link(mail.outbox[0])
    assert client.get(link).status_code == 302
    assert client.get(link).status_code == 302
    assert Practice.objects.count() == 1


def test_the_link_carries_no_personal_data_and_confirming_clears_what_waited(
    client, municipalities
):
    client.post(PROPOSE["fi"], proposal(municipalities))
    link = confirmation_link(mail.outbox[0])
    assert "ehdottaja" not in link and "Ty%C3%B6nhakuklubi" not in link
    client.get(link)
    pending = PendingProposal.objects.get()
    assert pending.confirmed_at is not None
    assert (pending.email, pending.payload) == ("", {})


def test_a_swedish_proposal_is_stored_and_confirmed_in_swedish(client, municipalities):
    client.post(
        PROPOSE["sv"],
        proposal(title="Jobbklubben", summary="En grupp.", description="", organisation="Vasa"),
    )
    [message] = mail.outbox
    assert message.subject == "Bekräfta ditt förslag på ett arbetssätt"
    assert "/sv/praxis/foresla/bekrafta/" in message.body
    client.get(confirmation_link(message))
    practice = Practice.objects.get()
    assert practice.title_sv == "Jobbklubben"
    assert not practice.title_fi  # for the coordinators to translate
    assert practice.contact_organisation == "Vasa"


def test_an_organisation_not_among_the_actors_is_kept_for_the_coordinators(
    client, coordinator, municipalities
):
    client.force_login(coordinator)
    client.post(
        PROPOSE["fi"],
        proposal(organisation="Kyläyhdistys ry", contact_organisation="Kunnan kotoutumispalvelut"),
    )
    practice = Practice.objects.get()
    assert practice.contact_organisation == "Kunnan kotoutumispalvelut"
    assert practice.description_fi.endswith("Toteuttava organisaatio: Kyläyhdistys ry")
    assert not practice.actors.exists()


def test_raw_html_in_the_description_is_removed(client, coordinator):
    client.force_login(coordinator)
    client.post(PROPOSE["fi"], proposal(description="Hyvä <script>alert(1)</script>**malli**"))
    assert Practice.objects.get().description_fi == "Hyvä **malli**"


def test_a_form_with_errors_keeps_what_was_typed_and_ties_errors_to_fields(client):
    response = client.post(PROPOSE["fi"], proposal(summary="", email="ei-osoite"))
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert 'value="Työnhakuklubi"' in html
    assert "Ryhmä kokoontuu kirjastossa." in html
    assert re.search(r'aria-describedby="[^"]*id_summary_error"', html)
    assert 'id="id_summary_error"' in html
    assert 'aria-invalid="true"' in html
    assert "Tarkista alla merkityt kentät." in html
    # The summary above the form names each field wrong, linked to it.
    summary = html.split('class="form-errors"', 1)[1].split("</div>", 1)[0]
    assert re.search(r'<li><a href="#id_summary">Tiivistelmä</a>: ', summary)
    assert re.search(r'<li><a href="#id_email">Sähköpostiosoitteesi</a>: ', summary)
    assert summary.count("<li>") == 2
    assert not Practice.objects.exists() and mail.outbox == []


def test_a_filled_honeypot_creates_nothing_but_looks_like_success(client, coordinator):
    response = client.post(PROPOSE["fi"], proposal(website="https://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == f"{THANKS['fi']}?step=confirm"
    client.force_login(coordinator)
    response = client.post(PROPOSE["fi"], proposal(website="https://spam.example"))
    assert response["Location"] == THANKS["fi"]
    assert not Practice.objects.exists()
    assert mail.outbox == []


def test_more_than_five_proposals_an_hour_from_one_address_are_refused_keeping_the_text(
    client,
):
    for number in range(5):
        response = client.post(PROPOSE["fi"], proposal(email=f"henkilo{number}@example.org"))
        assert response.status_code == 302
    response = client.post(PROPOSE["fi"], proposal(title="Kuudes ehdotus"))
    assert response.status_code == 429
    html = response.content.decode()
    assert_valid_html(html)
    assert "Lähetä tämä uudelleen tunnin kuluttua" in html
    assert 'value="Kuudes ehdotus"' in html
    assert len(mail.outbox) == 5


def test_one_e_mail_address_gets_at_most_three_confirmations_an_hour(client):
    """From five different visitors: the fourth proposal with one address is refused, what
    was typed kept, and no e-mail goes out."""
    for number in range(3):
        response = client.post(PROPOSE["fi"], proposal(), REMOTE_ADDR=f"10.0.0.{number}")
        assert response.status_code == 302
    for number in range(3, 5):
        response = client.post(
            PROPOSE["fi"], proposal(title="Neljäs ehdotus"), REMOTE_ADDR=f"10.0.0.{number}"
        )
        assert response.status_code == 429
    html = response.content.decode()
    assert_valid_html(html)
    assert 'role="alert"' in html and 'value="Neljäs ehdotus"' in html
    assert "lähetetty tähän osoitteeseen" in html
    assert len(mail.outbox) == 3
    assert PendingProposal.objects.count() == 3
    # Another address is not affected.
    response = client.post(
        PROPOSE["fi"], proposal(email="toinen@example.org"), REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 302


def test_rotating_forged_addresses_behind_the_proxy_do_not_lift_the_visitors_limit(
    client, settings
):
    settings.TRUSTED_PROXY_HOPS = 1
    for number in range(8):
        client.post(
            PROPOSE["fi"],
            proposal(email=f"henkilo{number}@example.org"),
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 198.51.100.7",
        )
    assert len(mail.outbox) == 5


def test_an_invalid_confirmation_link_gives_a_clear_page(client):
    response = client.get("/fi/kaytannot/ehdota/vahvista/ei-kelpaa:123/")
    assert response.status_code == 400
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    assert "Vahvistuslinkki ei toimi" in html
    assert "Linkki ei ole kelvollinen." in html


def test_an_expired_confirmation_link_says_so_and_saves_nothing(client, municipalities):
    client.post(PROPOSE["sv"], proposal(municipalities))
    PendingProposal.objects.update(created_at=timezone.now() - datetime.timedelta(days=4))
    response = client.get(confirmation_link(mail.outbox[0]))
    assert response.status_code == 410
    assert "Länken har gått ut" in response.content.decode()
    assert not Practice.objects.exists()
    assert not PendingProposal.objects.exists()


def test_unconfirmed_proposals_are_forgotten_after_three_days(client, municipalities):
    client.post(PROPOSE["fi"], proposal(municipalities))
    PendingProposal.objects.update(created_at=timezone.now() - datetime.timedelta(days=4))
    client.post(PROPOSE["fi"], proposal(municipalities, title="Toinen"))
    assert list(PendingProposal.objects.values_list("payload__title", flat=True)) == ["Toinen"]


def test_when_the_e_mail_cannot_be_sent_the_visitor_is_told_and_keeps_the_text(client, monkeypatch):
    def fail(message):
        raise SMTPException("down")

    monkeypatch.setattr(EmailMessage, "send", fail)
    response = client.post(PROPOSE["fi"], proposal())
    assert response.status_code == 503
    html = response.content.decode()
    assert "Vahvistusviestiä ei juuri nyt voitu lähettää" in html
    assert 'value="Työnhakuklubi"' in html


@pytest.mark.parametrize(
    ("url", "text"),
    [
        (THANKS["fi"], "Kiitos ehdotuksestasi"),
        (f"{THANKS['sv']}?step=confirm", "Kontrollera din e-post"),
        (f"{THANKS['sv']}?step=%01%ff", "Tack för ditt förslag"),
    ],
)
def test_the_thanks_page_is_valid_html_in_both_languages(client, url, text):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    assert text in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "url",
    [
        PROPOSE["fi"],
        PROPOSE["sv"],
        THANKS["fi"],
        f"{THANKS['sv']}?step=confirm",
        "/sv/praxis/foresla/bekrafta/ogiltig/",
    ],
)
def test_proposal_pages_have_no_accessibility_violations(page, axe, municipalities, url):
    page.goto(url)
    assert axe(page) == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_proposal_page_with_errors_has_no_accessibility_violations(page, axe, municipalities):
    page.goto(PROPOSE["fi"])
    page.fill("#id_title", "Työnhakuklubi")
    page.fill("#id_email", "ehdottaja@example.org")
    page.locator("form.stack-form button[type=submit]").click()
    if page.locator("#id_summary:invalid").count():
        # The browser stops an empty required field before sending; send past it to see ours.
        page.evaluate("document.querySelector('form.stack-form').noValidate = true")
        page.locator("form.stack-form button[type=submit]").click()
    page.wait_for_selector(".form-errors")
    assert axe(page) == []


@pytest.mark.parametrize("bad_id", ["99999999999999999999999", "-99999999999999999999999", "x"])
def test_an_impossible_municipality_is_refused_with_a_message_not_an_error(
    client, municipalities, bad_id
):
    response = client.post(PROPOSE["fi"], {**proposal(municipalities), "municipalities": [bad_id]})
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not Practice.objects.exists()


@pytest.mark.parametrize("title", ["Vertailu", "Ehdota", "Syöte", "Jämförelse", "Föreslå"])
def test_a_proposal_never_takes_the_address_of_another_page(title):
    from practices.services import unique_slug
    from practices.slugs import reserved_slugs

    slug = unique_slug(title)
    assert slug not in reserved_slugs()
    assert slug.endswith("-2")


@pytest.mark.parametrize(("hops", "expected"), [(1, "192.0.2.7"), (0, "10.0.0.1")])
def test_the_forwarded_address_counts_only_behind_a_trusted_proxy(settings, rf, hops, expected):
    from portal.ratelimit import client_ip

    settings.TRUSTED_PROXY_HOPS = hops
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.7")
    assert client_ip(request) == expected


@pytest.mark.parametrize("form_class", [ProposalForm, AdoptionProposalForm])
def test_every_field_of_a_proposal_form_is_drawn(form_class, db):
    """The form frame draws the fieldsets, then the address; a field left out of both would
    never be shown, and a required one would refuse every proposal."""
    form = form_class()
    drawn = {field.name for _legend, fields in form.grouped_fields() for field in fields}
    assert drawn | {"email", honeypot.FIELD} == set(form.fields)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fi", "Anna kelvollinen sähköpostiosoite."), ("sv", "Ange en giltig e-postadress.")],
)
def test_a_wrong_address_is_called_as_the_label_calls_it(client, municipalities, lang, said):
    """Django's Swedish asks for a "mejladress" where the label says "e-postadress"."""
    response = client.post(
        f"/{lang}/" + ("kaytannot/ehdota/" if lang == "fi" else "praxis/foresla/"),
        proposal(email="ei-osoite"),
    )
    assert response.status_code == 200
    assert said in response.content.decode()
