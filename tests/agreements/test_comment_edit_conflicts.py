"""The author edits a comment in two windows: the save of the older form is refused with the
text saved from the other one shown, and keeps what was written in it."""

import pytest

from agreements.models import Comment
from tests.agreements.test_review import edit_url
from tests.html_checks import assert_valid_html
from tests.posted_forms import posted_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(versions, steering_member):
    version = versions["steering"]
    return Comment.objects.create(
        version=version,
        section=version.sections.first(),
        author=steering_member,
        text="Alkuperäinen kommentti.\n\nToinen kappale.",
    )


def opened_form(client, comment, language="fi"):
    html = client.get(edit_url(comment, language)).content.decode()
    return posted_form(html, "stack-form") | {"action": "save"}


@pytest.mark.parametrize(
    "language, refused",
    [
        ("fi", "Kommenttiasi muutettiin toisessa ikkunassa tai laitteessa"),
        ("sv", "Din kommentar ändrades i ett annat fönster eller på en annan enhet"),
    ],
)
def test_the_older_of_two_edits_is_refused_and_shows_the_newer(
    client, steering_member, comment, language, refused
):
    client.force_login(steering_member)
    older, newer = opened_form(client, comment, language), opened_form(client, comment, language)
    newer["text"] = "Toisessa ikkunassa kirjoitettu."
    assert client.post(edit_url(comment, language), newer).status_code == 302

    older["text"] = "Tässä ikkunassa kirjoitettu."
    response = client.post(edit_url(comment, language), older)
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert refused in html
    assert "”Toisessa ikkunassa kirjoitettu.”" in html
    assert "Tässä ikkunassa kirjoitettu.</textarea>" in html
    comment.refresh_from_db()
    assert comment.text == "Toisessa ikkunassa kirjoitettu."

    # Having seen both, the author saves the merged text.
    merged = posted_form(html, "stack-form") | {"action": "save"}
    merged["text"] = "Molemmat yhdessä."
    assert client.post(edit_url(comment, language), merged).status_code == 302
    comment.refresh_from_db()
    assert comment.text == "Molemmat yhdessä."


def test_moderation_meanwhile_does_not_stop_the_authors_edit(
    client, steering_member, coordinator, comment
):
    """A coordinator marks the comment accepted while the author edits it: the text was not
    changed, so the author's edit saves, and the status stays."""
    client.force_login(steering_member)
    form = opened_form(client, comment)
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.ACCEPTED)
    form["text"] = "Tarkennettu kommentti."
    assert client.post(edit_url(comment), form).status_code == 302
    comment.refresh_from_db()
    assert (comment.text, comment.status) == ("Tarkennettu kommentti.", "accepted")
