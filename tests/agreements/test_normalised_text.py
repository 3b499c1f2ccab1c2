"""A version saved in the admin, where the browser sends every line break as CRLF, compares
with the version before it paragraph by paragraph: only what was really changed shows."""

import datetime

import pytest
from django.urls import reverse

from agreements import diff, services
from agreements.models import Section, Version
from tests.agreements.factories import AgreementFactory
from tests.posted_forms import admin_form

pytestmark = pytest.mark.django_db
SECTIONS = 13


@pytest.fixture
def draft_after_review(coordinator):
    """Version 1 with 13 sections of two paragraphs, sent for review; version 2 its draft."""
    agreement = AgreementFactory(
        slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )
    first = Version.objects.create(agreement=agreement, number=1)
    for order in range(1, SECTIONS + 1):
        text_fi = f"Osion {order} ensimmäinen kappale.\n\nOsion {order} toinen kappale."
        Section.objects.create(
            version=first,
            order=order,
            heading=f"Osio {order}",
            heading_fi=f"Osio {order}",
            heading_sv=f"Avsnitt {order}",
            text=text_fi,
            text_fi=text_fi,
            text_sv=f"Avsnittets {order} första stycke.\n\nAndra stycket.",
        )
    services.change_status(
        first, Version.Status.IN_REVIEW, by=coordinator, review_closes_on=datetime.date.today()
    )
    return services.new_version(first, by=coordinator)


def test_a_version_saved_in_the_admin_differs_from_the_one_before_by_its_new_paragraph(
    client, coordinator, draft_after_review
):
    client.force_login(coordinator)
    url = reverse("admin:agreements_version_change", args=[draft_after_review.pk])
    form = admin_form(client, url, "version")
    assert (
        form["sections-4-text_fi"] == "Osion 5 ensimmäinen kappale.\r\n\r\nOsion 5 toinen kappale."
    )
    # A paragraph added to the fifth section; the browser sends the other twelve as they are,
    # CRLF and all, and one of them with a space left at a line's end.
    form["sections-4-text_fi"] += "\r\n\r\nUusi kappale."
    form["sections-7-text_fi"] = form["sections-7-text_fi"].replace(".\r\n", ". \r\n", 1)
    assert client.post(url, form).status_code == 302

    stored = Section.objects.filter(version=draft_after_review).order_by("order")
    assert not any("\r" in section.text_fi or " \n" in section.text_fi for section in stored)
    before = draft_after_review.based_on.sections.order_by("order")
    changes = diff.compare_versions(before, stored, "fi")
    assert [c.new_position for c in changes if c.status != diff.UNCHANGED] == [5]
    changed = next(c for c in changes if c.status == diff.CHANGED)
    # Compared as rendered: the new paragraph is the one insertion, its own <p> around it.
    assert [run for run in changed.text_runs if run[0] != "equal"] == [("insert", "Uusi kappale.")]

    compare = client.get(
        reverse("agreements:compare", kwargs={"slug": "aiesopimus"}) + "?a=1&b=2&lang=fi"
    )
    html = compare.content.decode()
    assert html.count("<ins>") == 1 and "<del>" not in html
    assert "Uusi kappale." in html.split("<ins>")[1]


def test_text_stored_with_crlf_before_compares_equal_to_the_same_text_with_lf():
    """Text saved before text was normalised kept the browser's CRLF: the compare reads both
    sides normalised."""
    old = Section(identity="00000000-0000-0000-0000-000000000001", heading_fi="Osio")
    new = Section(identity=old.identity, heading_fi="Osio")
    old.text_fi, new.text_fi = "Eka.\r\n\r\nToka. \r\n", "Eka.\n\nToka.\n"
    [change] = diff.compare_versions([old], [new], "fi")
    assert change.status == diff.UNCHANGED
