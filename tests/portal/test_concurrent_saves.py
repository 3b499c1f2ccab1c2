"""Two coordinators send their saves of the same form at the same moment, each request on its
own database connection: exactly one passes, the other is refused and shows the first one's
change, and what the refused one wrote is still in their form.

The requests are held until both have passed the form's check, so only the database can
tell them apart: the save's UPDATE … WHERE revision = n. PostgreSQL only: SQLite has no row
locks and serialises writers with "database is locked" errors instead."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from agreements.models import Section, Version
from portal.revision_forms import RevisionCheckedForm
from practices.models import Practice
from tests.agreements.factories import AgreementFactory
from tests.posted_forms import admin_form
from tests.practices.factories import PracticeFactory

pytestmark = pytest.mark.django_db(transaction=True)
REFUSED = "Joku muu tallensi tähän muutoksen sen jälkeen, kun avasit lomakkeen"


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("two truly concurrent saves need PostgreSQL's row locks")


@pytest.fixture
def two_coordinators(coordinator, django_user_model):
    other = django_user_model.objects.create_user("toinen", is_staff=True)
    other.groups.set(coordinator.groups.all())
    clients = Client(), Client()
    for client, user in zip(clients, (coordinator, other), strict=True):
        client.force_login(user)
    return clients


def send_at_once(monkeypatch, raced, posts):
    """Send each (client, url, data) from its own thread, released together; each waits,
    once its form of a `raced` row has been checked, until the other's has been too."""
    released = threading.Barrier(len(posts))
    checked = threading.Barrier(len(posts), timeout=10)
    waited = set()
    check = RevisionCheckedForm.check_changes_by_others

    def check_then_wait(form):
        check(form)
        if isinstance(form.instance, raced) and threading.get_ident() not in waited:
            waited.add(threading.get_ident())
            checked.wait()

    monkeypatch.setattr(RevisionCheckedForm, "check_changes_by_others", check_then_wait)
    responses = [None] * len(posts)

    def send(index, client, url, data):
        try:
            released.wait()
            responses[index] = client.post(url, data)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=send, args=(index, *post)) for index, post in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(waited) == len(posts), "both forms were checked before either saved"
    return responses


def race(clients, monkeypatch, raced, url, model_name, field):
    """Both coordinators open the form, type their own text in `field` and save at once.
    Returns the text saved, the text refused and the refused one's page."""
    forms = [admin_form(client, url, model_name) for client in clients]
    typed = ["Ensimmäisen teksti.", "Toisen teksti."]
    for form, text in zip(forms, typed, strict=True):
        form[field] = text
    responses = send_at_once(
        monkeypatch,
        raced,
        [(client, url, form) for client, form in zip(clients, forms, strict=True)],
    )
    assert sorted(response.status_code for response in responses) == [200, 302]
    first_passed = responses[0].status_code == 302
    saved, refused = typed if first_passed else typed[::-1]
    loser = responses[1] if first_passed else responses[0]
    return saved, refused, loser.content.decode()


def test_of_two_simultaneous_saves_of_a_practice_one_passes(two_coordinators, monkeypatch):
    practice = PracticeFactory(slug="kielikahvila", summary_fi="Vanha tiivistelmä.")
    url = reverse("admin:practices_practice_change", args=[practice.pk])

    saved, refused, html = race(
        two_coordinators, monkeypatch, Practice, url, "practice", "summary_fi"
    )

    practice.refresh_from_db()
    assert practice.summary_fi == saved
    assert REFUSED in html
    assert f"Tiivistelmä [fi]: ”Vanha tiivistelmä.” → ”{saved}”" in html
    assert refused in html  # what the refused coordinator wrote is still in their form


def test_of_two_simultaneous_saves_of_a_section_one_passes(two_coordinators, monkeypatch):
    agreement = AgreementFactory(
        slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )
    version = Version.objects.create(agreement=agreement, number=1)
    section = Section.objects.create(
        version=version, order=1, heading="Tarkoitus", heading_fi="Tarkoitus", text_fi="Alku"
    )
    url = reverse("admin:agreements_version_change", args=[version.pk])

    saved, refused, html = race(
        two_coordinators, monkeypatch, Section, url, "version", "sections-0-text_fi"
    )

    section.refresh_from_db()
    assert section.text_fi == saved
    assert REFUSED in html
    assert f"Teksti [fi]: ”Alku” → ”{saved}”" in html
    assert refused in html
