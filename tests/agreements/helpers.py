"""Agreements, versions and users for the agreements tests, and the outcomes of a request."""

import datetime
from contextlib import contextmanager

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from agreements.models import Version
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
