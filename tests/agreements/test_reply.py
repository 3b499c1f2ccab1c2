"""The page to reply to a comment: reached from the comment, sent to itself, and open only
to top-level comments of a version under review, for those who may comment."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from agreements.models import Comment
from tests.agreements.factories import VersionFactory
from tests.agreements.helpers import YESTERDAY, S, url_of
from tests.html_checks import assert_document_structure, assert_valid_html

pytestmark = pytest.mark.django_db


def reply_url(comment, lang="fi", pk=None):
    with translation.override(lang):
        return reverse(
            "agreements:comment-reply",
            kwargs={
                "slug": comment.version.agreement.slug,
                "number": comment.version.number,
                "pk": pk or comment.pk,
            },
        )


@pytest.fixture
def comment(versions, coordinator):
    version = versions["steering"]
    return Comment.objects.create(
        version=version, section=version.sections.last(), author=coordinator, text="Alku."
    )


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_member_follows_the_reply_link_to_the_comment_and_its_form(
    client, comment, steering_member, lang
):
    Comment.objects.create(
        version=comment.version,
        section=comment.section,
        parent=comment,
        author=steering_member,
        text="Aiempi vastaus.",
    )
    client.force_login(steering_member)
    version_page = client.get(url_of(comment.version, lang)).content.decode()
    assert f'href="{reply_url(comment, lang)}"' in version_page
    # Each of the page's reply links says whose comment it answers, for a screen reader's
    # list of links.
    author = comment.author.get_full_name() or comment.author.get_username()
    to_whom = {"fi": f"kommenttiin, jonka kirjoitti {author}", "sv": f"på kommentaren av {author}"}
    assert to_whom[lang] in version_page
    # No reply fields on the version page: one comment field a section.
    assert version_page.count("<textarea") == comment.version.sections.count()
    response = client.get(reply_url(comment, lang))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Alku." in html and "Aiempi vastaus." in html
    assert {"fi": "Vastauksesi", "sv": "Ditt svar"}[lang] in html
    assert f'action="{reply_url(comment, lang)}"' in html
    assert_valid_html(html)
    assert_document_structure(html)


def test_the_reply_pages_have_finnish_and_swedish_addresses(comment):
    base = f"versiot/{comment.version.number}/kommentit/{comment.pk}/vastaa/"
    assert reply_url(comment).endswith(base)
    swedish = f"versioner/{comment.version.number}/kommentarer/{comment.pk}/svara/"
    assert reply_url(comment, "sv").endswith(swedish)


def test_a_reply_is_stored_under_the_comment_and_shown_at_its_anchor(
    client, comment, steering_member
):
    client.force_login(steering_member)
    response = client.post(reply_url(comment), {"text": "Samaa mieltä."})
    reply = Comment.objects.get(parent=comment)
    assert response["Location"] == f"{url_of(comment.version)}#comment-{reply.pk}"
    assert (reply.author, reply.section, reply.version) == (
        steering_member,
        comment.section,
        comment.version,
    )
    page = client.get(response["Location"]).content.decode()
    assert "Kiitos: kommenttisi on tallennettu." in page
    assert f'id="comment-{reply.pk}"' in page and "Samaa mieltä." in page


@pytest.mark.parametrize("text", ["", "   ", "x" * 5001])
def test_a_failed_reply_shows_the_error_at_its_field_and_keeps_the_text(
    client, comment, steering_member, text
):
    client.force_login(steering_member)
    response = client.post(reply_url(comment), {"text": text})
    html = response.content.decode()
    assert response.status_code == 200
    # The error is tied to the field.
    assert 'id="id_text_error"' in html and 'id_text_error" id="id_text"' in html
    if text.strip():
        assert text in html
    assert "Alku." in html
    assert not Comment.objects.filter(parent=comment).exists()


def test_no_reply_is_taken_once_the_review_has_closed(client, agreement, steering_member):
    version = VersionFactory(
        agreement=agreement, number=5, status=S.IN_REVIEW, review_closes_on=YESTERDAY
    )
    closed = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="K."
    )
    client.force_login(steering_member)
    assert "vastaa/" not in client.get(url_of(version)).content.decode()
    assert client.get(reply_url(closed)).status_code == 403
    assert client.post(reply_url(closed), {"text": "Myöhässä."}).status_code == 403
    assert not Comment.objects.filter(parent=closed).exists()


def test_a_reply_to_a_reply_or_to_another_versions_comment_is_not_found(
    client, versions, comment, steering_member
):
    reply = Comment.objects.create(
        version=comment.version,
        section=comment.section,
        parent=comment,
        author=steering_member,
        text="V.",
    )
    other = versions["partner"]
    elsewhere = Comment.objects.create(
        version=other, section=other.sections.first(), author=steering_member, text="M."
    )
    client.force_login(steering_member)
    for url in (
        reply_url(reply),
        reply_url(comment, pk=elsewhere.pk),
        reply_url(comment, pk=99999),
        reply_url(comment, pk=2**63),
    ):
        assert client.get(url).status_code == 404
        assert client.post(url, {"text": "Ei."}).status_code == 404
    assert not Comment.objects.filter(text="Ei.").exists()


def test_the_reply_page_makes_the_same_number_of_queries_with_more_replies(
    client, comment, steering_member, django_assert_max_num_queries
):
    def add_replies(count):
        for index in range(count):
            Comment.objects.create(
                version=comment.version,
                section=comment.section,
                parent=comment,
                author=steering_member,
                text=f"V{index}",
            )

    add_replies(1)
    client.force_login(steering_member)
    client.get(reply_url(comment))  # warms the session
    with django_assert_max_num_queries(8), CaptureQueriesContext(connection) as one:
        assert client.get(reply_url(comment)).status_code == 200
    add_replies(5)
    with CaptureQueriesContext(connection) as six:
        assert "V4" in client.get(reply_url(comment)).content.decode()
    assert len(six) == len(one)
