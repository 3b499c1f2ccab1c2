"""Agreements, versions and users for the agreements tests, and the outcomes of a request."""

import datetime
from contextlib import contextmanager

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from agreements.models import Section, Version
from tests.frozen_versions import status_guard_lifted

S, A = Version.Status, Version.Audience
NEXT_YEAR = timezone.localdate() + datetime.timedelta(days=365)
YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)
LOGIN, FOUND, NOT_FOUND, FORBIDDEN, SAVED = "login", 200, 404, 403, 302
# The versions of the `versions` fixture.
KINDS = ("draft", "steering", "partner", "signed")
# Who may read each of them (and export it): the audience and the coordinators.
READ_MATRIX = {
    "anonymous": (LOGIN, LOGIN, LOGIN, FOUND),
    "outsider": (NOT_FOUND, NOT_FOUND, NOT_FOUND, FOUND),
    "steering": (NOT_FOUND, FOUND, FOUND, FOUND),
    "partner": (NOT_FOUND, NOT_FOUND, FOUND, FOUND),
    "coordinator": (FOUND, FOUND, FOUND, FOUND),
}


def matrix_cases(matrix, kinds=KINDS):
    """(who, kind, expected) for each cell of a matrix of users × versions."""
    return [
        pytest.param(who, kind, expected, id=f"{who}-{kind}")
        for who, row in matrix.items()
        for kind, expected in zip(kinds, row, strict=True)
    ]


def make_version(agreement, number, status, audience=A.STEERING_GROUP, sections=2, closes=None):
    """A version with sections; the status is set afterwards because sections of a frozen
    version cannot be created."""
    version = Version.objects.create(agreement=agreement, number=number, audience=audience)
    for order in range(1, sections + 1):
        Section.objects.create(
            version=version,
            order=order,
            heading=f"Osio {order}",
            heading_fi=f"Osio {order}",
            heading_sv=f"Avsnitt {order}",
            text=f"Osion {order} teksti.",
            text_fi=f"Osion {order} teksti.",
            text_sv=f"Avsnittets {order} text.",
        )
    closes = closes or (NEXT_YEAR if status == S.IN_REVIEW else None)
    Version.objects.filter(pk=version.pk).update(status=status, review_closes_on=closes)
    version.refresh_from_db()
    return version


def url_of(version, lang="fi"):
    with translation.override(lang):
        return reverse(
            "agreements:version-detail",
            kwargs={"slug": version.agreement.slug, "number": version.number},
        )


def assert_outcome(response, expected):
    if expected == LOGIN:
        assert response.status_code == 302
        assert "/accounts/login/?next=" in response["Location"]
    else:
        assert response.status_code == expected


def log_in(client, user):
    if user is not None:
        client.force_login(user)


def translated(**values):
    """Fill the default-language column too, as django-modeltranslation keeps it."""
    extra = {key[:-3]: value for key, value in values.items() if key.endswith("_fi")}
    return {**extra, **values}


def make_party(agreement, slug, name_fi, name_sv, order=1):
    from networks.models import Actor

    actor = Actor.objects.create(slug=slug, **translated(name_fi=name_fi, name_sv=name_sv))
    return agreement.parties.create(actor=actor, order=order)


def agreement_url(agreement, lang="fi"):
    with translation.override(lang):
        return reverse("agreements:agreement-detail", kwargs={"slug": agreement.slug})


@contextmanager
def thawed(version):
    """Write a frozen version's text, as a test's setup: back to its status afterwards."""
    with status_guard_lifted():
        Version.objects.filter(pk=version.pk).update(status=S.DRAFT)
        yield version
        Version.objects.filter(pk=version.pk).update(status=version.status)
