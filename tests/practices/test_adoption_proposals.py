"""Municipal staff tell on the site that they use a practice; it reaches the coordinators
hidden, and shows on the practice's page once a coordinator has checked it."""

import re

import pytest
from django.core import mail

from practices.models import Adoption, PendingProposal, Practice
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import element
from tests.networks.factories import ActorFactory, MunicipalityFactory, SubRegionFactory
from tests.practices.factories import PracticeFactory, url_for

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"http://testserver(/(?:fi|sv)/[a-z/]+/(?:vahvista|bekrafta)/\S+/)")


@pytest.fixture
def practice(db):
    region = SubRegionFactory(slug="seutu")
    MunicipalityFactory(slug="vaasa", sub_region=region, name_fi="Vaasa", name_sv="Vasa")
    return PracticeFactory(slug="mentorointi", title_fi="Mentorointi", title_sv="Mentorskap")


def told(**fields):
    from networks.models import Municipality

    return {
        "municipality": Municipality.objects.get(slug="vaasa").pk,
        "organisation": "",
        "started_on": "2025-08-01",
        "adaptation": "Ryhmät kokoontuvat kirjastossa.",
        "results": "Kymmenen työllistyi.",
        "contact_organisation": "Vaasan kaupungin työllisyyspalvelut",
        "email": "kayttaja@example.org",
        "website": "",
        **fields,
    }


def form_url(lang="fi"):
    return url_for("practices:propose-adoption", lang, slug="mentorointi")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_form_is_valid_html_with_every_field_labelled_and_linked_from_the_practice(
    client, practice, lang
):
    html = client.get(form_url(lang)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    for name in ("municipality", "organisation", "started_on", "adaptation", "results"):
        assert f'<label for="id_{name}"' in html
    page = client.get(url_for("practices:detail", lang, slug="mentorointi")).content.decode()
    assert f'href="{form_url(lang)}"' in page


def test_a_visitor_confirms_by_e_mail_and_the_adoption_waits_hidden(client, practice):
    response = client.post(form_url("sv"), told(adaptation="Grupperna träffas i biblioteket."))
    assert response.status_code == 302
    assert not Adoption.objects.exists()
    (message,) = mail.outbox
    assert "Mentorskap" in message.body
    link = CONFIRM_LINK.search(message.body).group(1)
    thanks = client.get(link)
    assert thanks.status_code == 302 and "step=adoption" in thanks["Location"]
    adoption = Adoption.objects.get()
    assert not adoption.is_published
    assert adoption.adaptation_sv == "Grupperna träffas i biblioteket."
    assert adoption.adaptation_fi in ("", None)
    assert adoption.started_on.isoformat() == "2025-08-01"
    # The address is gone; a second click thanks for the same thing and creates nothing.
    assert PendingProposal.objects.get().email == ""
    again = client.get(link)
    assert "step=adoption" in again["Location"]
    assert Adoption.objects.count() == 1
    assert "biblioteket" not in client.get(practice.get_absolute_url()).content.decode()


def test_a_confirmation_after_the_practice_was_withdrawn_says_the_link_no_longer_works(
    client, practice
):
    client.post(form_url(), told())
    link = CONFIRM_LINK.search(mail.outbox[0].body).group(1)
    Practice.objects.filter(pk=practice.pk).update(status=Practice.Status.ARCHIVED)
    response = client.get(link)
    assert response.status_code == 410
    assert not Adoption.objects.exists()
    assert not PendingProposal.objects.exists()


def test_a_coordinators_check_shows_it_on_the_practice_and_the_municipality(
    client, practice, coordinator
):
    client.force_login(coordinator)
    response = client.post(form_url(), told(email=""))
    assert "step=adoption" in response["Location"]
    adoption = Adoption.objects.get()
    adoption.is_published = True
    adoption.save()
    client.logout()
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Ryhmät kokoontuvat kirjastossa." in html
    assert "Käytössä 1 kunnassa." in html


def test_a_known_organisation_becomes_the_adoptions_actor(client, practice, coordinator):
    actor = ActorFactory(slug="yhdistys", name_fi="Yhdistys ry", name_sv="Föreningen rf")
    client.force_login(coordinator)
    client.post(form_url("sv"), told(municipality="", organisation="föreningen RF"))
    assert Adoption.objects.get().actor == actor


def test_an_unknown_organisation_needs_a_municipality_and_keeps_what_was_typed(client, practice):
    response = client.post(form_url(), told(municipality="", organisation="Tuntematon oy"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Valitse kunta, jossa ”Tuntematon oy” käyttää käytäntöä" in html
    assert "Ryhmät kokoontuvat kirjastossa." in html
    assert not mail.outbox and not PendingProposal.objects.exists()
    # The message is at the field that mends it, and the summary links there.
    municipality = element(html, "select", name="municipality")
    assert municipality.get("aria-invalid") == "true"
    element(html, "a", href="#id_municipality")  # exactly one link, or it fails


def test_a_form_naming_neither_says_so_at_the_municipality(client, practice):
    html = client.post(form_url(), told(municipality="", organisation="")).content.decode()
    assert element(html, "select", name="municipality").get("aria-invalid") == "true"
    assert "Nimeä kunta tai organisaatio, joka käyttää käytäntöä." in html
    assert not PendingProposal.objects.exists()


def test_robots_filling_the_hidden_field_create_nothing(client, practice):
    response = client.post(form_url(), told(website="http://spam.example"))
    assert response.status_code == 302
    assert not mail.outbox and not PendingProposal.objects.exists()


def test_a_draft_practice_cannot_be_told_about(client, practice):
    Practice.objects.filter(pk=practice.pk).update(status=Practice.Status.DRAFT)
    assert client.get(form_url()).status_code == 404


def test_the_daily_job_forgets_what_nobody_confirmed_in_three_days(client, practice):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    client.post(form_url(), told())
    client.post(form_url(), told(email="toinen@example.org"))
    old, new = PendingProposal.objects.order_by("pk")
    PendingProposal.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3, minutes=1)
    )
    call_command("forget_unconfirmed_proposals", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(PendingProposal.objects.values_list("email", flat=True)) == [new.email]


def test_the_thanks_for_telling_where_it_is_used_names_that_in_its_breadcrumb(client):
    html = client.get(url_for("practices:propose-thanks") + "?step=adoption").content.decode()
    assert "Kerro, että käytätte tätä käytäntöä</span>" in html
