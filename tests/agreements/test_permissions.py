"""Who may do what on the agreement pages beyond reading and commenting (tested with their
pages): reply, edit one's own comment, compare, moderate in the admin."""

import pytest
from django.urls import reverse
from django.utils import translation

from agreements.models import Comment
from tests.agreements.factories import AgreementFactory, VersionFactory
from tests.agreements.helpers import (
    FORBIDDEN,
    FOUND,
    LOGIN,
    NOT_FOUND,
    SAVED,
    assert_outcome,
    log_in,
    matrix_cases,
    url_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def comments(versions, coordinator):
    """A comment by a coordinator on each version (drafts included, as in the admin)."""
    return {
        kind: Comment.objects.create(
            version=version, section=version.sections.first(), author=coordinator, text="Alku."
        )
        for kind, version in versions.items()
    }


REPLY_MATRIX = {
    "anonymous": (LOGIN, LOGIN, LOGIN, FORBIDDEN),
    "outsider": (NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
    "steering": (NOT_FOUND, SAVED, SAVED, FORBIDDEN),
    "partner": (NOT_FOUND, NOT_FOUND, SAVED, FORBIDDEN),
    "coordinator": (FORBIDDEN, SAVED, SAVED, FORBIDDEN),
}


@pytest.mark.parametrize(("who", "kind", "expected"), matrix_cases(REPLY_MATRIX))
def test_a_reply_is_stored_only_from_those_who_may_comment(
    client, users, versions, comments, who, kind, expected
):
    log_in(client, users[who])
    response = client.post(
        url_of(versions[kind]), {"parent": comments[kind].pk, "text": "Vastaus tähän."}
    )
    assert_outcome(response, expected)
    assert Comment.objects.filter(text="Vastaus tähän.").exists() == (expected == SAVED)


@pytest.mark.parametrize(("who", "kind", "expected"), matrix_cases(REPLY_MATRIX))
def test_the_reply_page_is_open_only_to_those_who_may_comment(
    client, users, versions, comments, who, kind, expected
):
    comment = comments[kind]
    with translation.override("fi"):
        url = reverse(
            "agreements:comment-reply",
            kwargs={"slug": "aiesopimus", "number": versions[kind].number, "pk": comment.pk},
        )
    log_in(client, users[who])
    assert_outcome(client.get(url), FOUND if expected == SAVED else expected)
    assert_outcome(client.post(url, {"text": "Vastaus sivulta."}), expected)
    assert Comment.objects.filter(text="Vastaus sivulta.", parent=comment).exists() == (
        expected == SAVED
    )


# The author alone edits a comment: everyone else gets the login page or a 404.
EDIT_MATRIX = {
    "anonymous": LOGIN,
    "outsider": NOT_FOUND,
    "steering": FOUND,
    "partner": NOT_FOUND,
    "coordinator": NOT_FOUND,
}


@pytest.mark.parametrize(("who", "expected"), EDIT_MATRIX.items())
def test_only_the_author_opens_and_saves_the_edit_of_a_comment(
    client, users, versions, who, expected
):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=users["steering"], text="Oma."
    )
    with translation.override("fi"):
        url = reverse(
            "agreements:comment-edit",
            kwargs={"slug": version.agreement.slug, "number": version.number, "pk": comment.pk},
        )
    log_in(client, users[who])
    assert_outcome(client.get(url), expected)
    response = client.post(url, {"action": "save", "text": "Muutettu."})
    assert_outcome(response, SAVED if expected == FOUND else expected)
    comment.refresh_from_db()
    assert (comment.text == "Muutettu.") == (expected == FOUND)


COMPARE_MATRIX = {
    # (steering-group review with the signed version, partner review with the signed one)
    "anonymous": (LOGIN, LOGIN),
    "outsider": (NOT_FOUND, NOT_FOUND),
    "steering": (FOUND, FOUND),
    "partner": (NOT_FOUND, FOUND),
    "coordinator": (FOUND, FOUND),
}


@pytest.mark.parametrize(
    ("who", "kind", "expected"), matrix_cases(COMPARE_MATRIX, kinds=("steering", "partner"))
)
def test_two_versions_are_compared_only_for_those_who_may_see_both(
    client, users, versions, who, kind, expected
):
    log_in(client, users[who])
    response = client.get(
        reverse("agreements:compare", kwargs={"slug": "aiesopimus"}),
        {"a": versions[kind].number, "b": versions["signed"].number},
    )
    assert_outcome(response, expected)


MODERATION = {
    "anonymous": LOGIN,
    "outsider": LOGIN,
    "steering": LOGIN,
    "partner": LOGIN,
    "coordinator": FOUND,
}


@pytest.mark.parametrize(("who", "expected"), MODERATION.items())
def test_only_coordinators_moderate_comments_in_the_admin(client, users, comments, who, expected):
    comment = comments["steering"]
    url = reverse("admin:agreements_comment_change", args=[comment.pk])
    log_in(client, users[who])
    response = client.get(url)
    if expected == LOGIN:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    else:
        assert response.status_code == 200
    client.post(url, {"status": "accepted", "response": "Otetaan mukaan."})
    comment.refresh_from_db()
    assert (comment.status == "accepted") == (expected == FOUND)


# What a reader may not see and what does not exist get one answer, so that nothing tells
# an outsider what is being drafted: the login page for anonymous visitors, 404 for others.
def agreements_url(name, **kwargs):
    with translation.override("fi"):
        return reverse(f"agreements:{name}", kwargs=kwargs)


HIDDEN_OR_MISSING = {
    "agreement page": (
        agreements_url("agreement-detail", slug="luonnos"),
        agreements_url("agreement-detail", slug="ei-ole"),
    ),
    "follow-up": (
        agreements_url("follow-up", slug="luonnos"),
        agreements_url("follow-up", slug="ei-ole"),
    ),
    "compare, agreement": (
        agreements_url("compare", slug="luonnos"),
        agreements_url("compare", slug="ei-ole"),
    ),
    "compare, version": (
        agreements_url("compare", slug="aiesopimus") + "?a=1&b=4",
        agreements_url("compare", slug="aiesopimus") + "?a=99&b=4",
    ),
    "version page": (
        agreements_url("version-detail", slug="aiesopimus", number=1),
        agreements_url("version-detail", slug="aiesopimus", number=99),
    ),
    "version page, huge number": (
        agreements_url("version-detail", slug="aiesopimus", number=1),
        agreements_url("version-detail", slug="aiesopimus", number=99999),
    ),
    "version page, agreement": (
        agreements_url("version-detail", slug="luonnos", number=1),
        agreements_url("version-detail", slug="ei-ole", number=1),
    ),
    "export": (
        agreements_url("version-export", slug="aiesopimus", number=1),
        agreements_url("version-export", slug="aiesopimus", number=99),
    ),
    "comment": (
        agreements_url("comment-edit", slug="aiesopimus", number=1, pk=1),
        agreements_url("comment-edit", slug="aiesopimus", number=99, pk=1),
    ),
    "reply": (
        agreements_url("comment-reply", slug="aiesopimus", number=1, pk=1),
        agreements_url("comment-reply", slug="aiesopimus", number=99, pk=1),
    ),
}


@pytest.fixture
def draft_only(db):
    from tests.agreements.helpers import S

    agreement = AgreementFactory(slug="luonnos", title_fi="Luonnos")
    return VersionFactory(agreement=agreement, number=1, status=S.DRAFT)


@pytest.mark.parametrize("who", ["anonymous", "outsider", "partner"])
@pytest.mark.parametrize("page", HIDDEN_OR_MISSING)
def test_a_hidden_record_and_a_missing_one_get_the_same_answer(
    client, users, versions, draft_only, who, page
):
    hidden, missing = HIDDEN_OR_MISSING[page]
    log_in(client, users[who])
    expected = LOGIN if who == "anonymous" else NOT_FOUND
    assert_outcome(client.get(hidden), expected)
    assert_outcome(client.get(missing), expected)


def test_an_unknown_version_to_compare_is_not_found_for_a_coordinator_too(client, users, versions):
    """A coordinator sees every version: an unknown number is not found, as for others."""
    client.force_login(users["coordinator"])
    url = agreements_url("compare", slug="aiesopimus")
    assert client.get(url + "?a=1&b=4").status_code == FOUND
    assert client.get(url + "?a=99&b=4").status_code == NOT_FOUND
