"""The review pages: who sees which version, comments and replies, and their quality."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.html import parse_html
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from agreements.forms import CommentForm
from agreements.models import Comment
from portal.roles import STEERING_GROUP
from tests.agreements.factories import AgreementFactory, VersionFactory
from tests.agreements.helpers import (
    FORBIDDEN,
    FOUND,
    LOGIN,
    NOT_FOUND,
    READ_MATRIX,
    SAVED,
    YESTERDAY,
    S,
    assert_outcome,
    log_in,
    matrix_cases,
    url_of,
)
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import elements

pytestmark = pytest.mark.django_db


def reply_url(comment, lang="fi"):
    with translation.override(lang):
        return reverse(
            "agreements:comment-reply",
            kwargs={
                "slug": comment.version.agreement.slug,
                "number": comment.version.number,
                "pk": comment.pk,
            },
        )


def edit_url(comment, lang="fi"):
    with translation.override(lang):
        return reverse(
            "agreements:comment-edit",
            kwargs={
                "slug": comment.version.agreement.slug,
                "number": comment.version.number,
                "pk": comment.pk,
            },
        )


COMMENT_MATRIX = {
    "anonymous": (LOGIN, LOGIN, LOGIN, FORBIDDEN),
    "outsider": (NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
    "steering": (NOT_FOUND, SAVED, SAVED, FORBIDDEN),
    "partner": (NOT_FOUND, NOT_FOUND, SAVED, FORBIDDEN),
    "coordinator": (FORBIDDEN, SAVED, SAVED, FORBIDDEN),
}


@pytest.mark.parametrize(("who", "kind", "expected"), matrix_cases(READ_MATRIX))
def test_a_version_is_shown_only_to_those_who_may_see_it(
    client, users, versions, who, kind, expected
):
    log_in(client, users[who])
    response = client.get(url_of(versions[kind]))
    assert_outcome(response, expected)
    if expected == FOUND:
        assert "Osion 1 teksti." in response.content.decode()
    else:
        assert "Osion 1 teksti." not in response.content.decode()


@pytest.mark.parametrize(("who", "kind", "expected"), matrix_cases(COMMENT_MATRIX))
def test_a_comment_is_stored_only_from_those_who_may_comment(
    client, users, versions, who, kind, expected
):
    log_in(client, users[who])
    version = versions[kind]
    section = version.sections.first()
    response = client.post(url_of(version), {"section": section.pk, "text": "Hyvä osio."})
    assert_outcome(response, expected)
    assert Comment.objects.filter(text="Hyvä osio.").exists() == (expected == SAVED)


def test_the_list_shows_each_user_the_versions_they_may_see(
    client, versions, steering_member, partner_member
):
    html = client.get(reverse("agreements:agreement-list")).content.decode()
    assert "Versio 4" in html and "Allekirjoitettu" in html
    assert "Versio 2" not in html
    client.force_login(partner_member)
    html = client.get(reverse("agreements:agreement-list")).content.decode()
    assert "Versio 3" in html and "Versio 2" not in html and "Versio 1" not in html
    client.force_login(steering_member)
    html = client.get(reverse("agreements:agreement-list")).content.decode()
    assert html.index("Versio 3") < html.index("Versio 2")  # newest first
    assert "Versio 1" not in html


def test_the_list_says_so_when_there_is_nothing_to_read(client, agreement):
    """A visitor who finds nothing signed learns who reads the drafts and how: no dead end."""
    VersionFactory(agreement=agreement, number=1, status=S.DRAFT)
    response = client.get("/fi/sopimukset/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Yhtään aiesopimusta ei ole vielä allekirjoitettu." in html
    assert '<a href="/fi/accounts/login/?next=/fi/sopimukset/">' in html
    swedish = client.get("/sv/avtal/").content.decode()
    assert "Ingen avsiktsförklaring har undertecknats ännu." in swedish
    assert '<a href="/sv/accounts/login/?next=/sv/avtal/">' in swedish


def test_the_login_page_says_whom_the_accounts_are_for(client):
    assert "ohjausryhmän jäsenille" in client.get("/fi/accounts/login/").content.decode()
    assert "styrgruppens medlemmar" in client.get("/sv/accounts/login/").content.decode()


def test_the_swedish_page_has_swedish_address_and_text(client, versions, steering_member):
    client.force_login(steering_member)
    response = client.get("/sv/avtal/aiesopimus/versioner/2/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Avsnittets 1 text." in html and "Avsiktsförklaring" in html
    assert elements(
        html, "a", "Lue suomeksi", href="/fi/sopimukset/aiesopimus/versiot/2/", lang="fi"
    )


def test_the_finnish_page_links_to_the_swedish_one(client, versions, steering_member):
    client.force_login(steering_member)
    html = client.get("/fi/sopimukset/aiesopimus/versiot/2/").content.decode()
    assert "Osion 1 teksti." in html
    assert elements(
        html, "a", "Läs på svenska", href="/sv/avtal/aiesopimus/versioner/2/", lang="sv"
    )
    assert "Arvioitavana" not in html or "Kommentointi päättyy" in html


def test_a_comment_is_saved_and_the_page_shows_it_at_its_anchor(client, versions, steering_member):
    client.force_login(steering_member)
    version = versions["steering"]
    section = version.sections.last()
    response = client.post(url_of(version), {"section": section.pk, "text": "Lisätään tavoite."})
    comment = Comment.objects.get()
    assert response["Location"] == f"{url_of(version)}#comment-{comment.pk}"
    assert (comment.section, comment.author, comment.parent) == (section, steering_member, None)
    page = client.get(response["Location"]).content.decode()
    assert f'id="comment-{comment.pk}"' in page and "Lisätään tavoite." in page
    assert "Kiitos" in page


def test_a_reply_is_nested_under_its_comment(client, versions, steering_member, partner_member):
    version = versions["partner"]
    section = version.sections.first()
    comment = Comment.objects.create(
        version=version, section=section, author=steering_member, text="Alkuperäinen."
    )
    client.force_login(partner_member)
    response = client.post(reply_url(comment), {"text": "Vastaus tähän."})
    reply = Comment.objects.get(parent=comment)
    assert response["Location"].endswith(f"#comment-{reply.pk}")
    assert reply.section == section
    html = client.get(url_of(version)).content.decode()
    start = html.index(f'id="comment-{comment.pk}"')
    assert start < html.index("comment-list--replies") < html.index("Vastaus tähän.")


@pytest.mark.parametrize("text", ["", "   ", "x" * 5001])
def test_a_failed_comment_shows_the_error_at_its_field_and_keeps_the_text(
    client, versions, steering_member, text
):
    version = versions["steering"]
    first, second = version.sections.all()
    Comment.objects.create(
        version=version, section=first, author=steering_member, text="Toisen osion kommentti."
    )
    client.force_login(steering_member)
    response = client.post(url_of(version), {"section": second.pk, "text": text})
    html = response.content.decode()
    assert response.status_code == 200
    assert not Comment.objects.filter(section=second).exists()
    # The error is tied to the field of the section that was commented on.
    assert f'id="comment-on-{second.pk}-text_error"' in html
    assert f'comment-on-{second.pk}-text_error" id="comment-on-{second.pk}-text"' in html
    if text.strip():
        assert text in html
    assert "Toisen osion kommentti." in html


TOKEN_VALUE = re.compile(r'(?<=name="csrfmiddlewaretoken") value="[^"]+"')


def test_the_written_comment_form_is_the_one_django_would_draw(client, versions, steering_member):
    version = versions["steering"]
    section = version.sections.last()
    client.force_login(steering_member)
    with translation.override("sv"):
        response = client.get(url_of(version, "sv"))
        html = response.content.decode()
        written = re.search(
            rf'<form[^>]*>(?:(?!</form>).)*id="comment-on-{section.pk}-section".*?</form>',
            html,
            re.DOTALL,
        ).group()
        drawn = render_to_string(
            "agreements/includes/review_form.html",
            {
                "form": CommentForm(
                    initial={"section": section.pk}, auto_id=f"comment-on-{section.pk}-%s"
                ),
                "button": "Skicka kommentar",
            },
            response.wsgi_request,
        )
    assert "Din kommentar" in written
    # The same but for the CSRF token, masked anew each time.
    written, drawn = (TOKEN_VALUE.sub("", form) for form in (written, drawn))
    assert parse_html(written) == parse_html(drawn)


def test_a_failed_reply_from_an_older_page_goes_on_to_the_reply_page_with_its_text(
    client, versions, steering_member
):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="K."
    )
    client.force_login(steering_member)
    # A version page drawn before the reply pages had a reply form under every comment.
    response = client.post(url_of(version), {"parent": comment.pk, "text": "y" * 5001})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_text_error"' in html and "y" * 5001 in html
    assert f'action="{reply_url(comment)}"' in html
    assert Comment.objects.count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"section": "99999", "text": "x"},
        {"section": "abc", "text": "x"},
        {"parent": "9" * 30, "text": "x"},
        {"parent": "99999", "text": "x"},
    ],
)
def test_a_comment_on_an_unknown_section_or_comment_is_not_found(
    client, versions, steering_member, data
):
    client.force_login(steering_member)
    response = client.post(url_of(versions["steering"]), data)
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_the_author_edits_their_comment(client, versions, steering_member):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Vanha."
    )
    client.force_login(steering_member)
    form = client.get(edit_url(comment))
    assert form.status_code == 200 and "Vanha." in form.content.decode()
    response = client.post(edit_url(comment), {"action": "save", "text": "Uusi."})
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    comment.refresh_from_db()
    assert comment.text == "Uusi."


def test_an_edit_that_fails_keeps_the_text_and_changes_nothing(client, versions, steering_member):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Vanha."
    )
    client.force_login(steering_member)
    response = client.post(edit_url(comment), {"action": "save", "text": "z" * 5001})
    assert response.status_code == 200
    assert "z" * 5001 in response.content.decode()
    comment.refresh_from_db()
    assert comment.text == "Vanha."


def withdraw_url(comment):
    kwargs = {"slug": comment.version.agreement.slug, "number": comment.version.number}
    return reverse("agreements:comment-withdraw", kwargs={**kwargs, "pk": comment.pk})


def test_withdrawing_asks_first_and_one_click_withdraws_nothing(client, versions, steering_member):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Pois."
    )
    client.force_login(steering_member)
    edit_page = client.get(edit_url(comment)).content.decode()
    assert 'value="withdraw"' not in edit_page
    assert f'href="{withdraw_url(comment)}"' in edit_page
    # The button of an older edit page leads to the question, and withdraws nothing.
    response = client.post(edit_url(comment), {"action": "withdraw"})
    assert response["Location"] == withdraw_url(comment)
    question = client.get(withdraw_url(comment))
    assert question.status_code == 200
    html = question.content.decode()
    assert "Perutaanko kommenttisi?" in html and "Pois." in html
    assert "Kyllä, peru kommentti" in html and f'href="{edit_url(comment)}"' in html
    assert_valid_html(html)
    assert_document_structure(html)
    comment.refresh_from_db()
    assert comment.withdrawn_at is None


def test_the_author_withdraws_their_comment_and_its_text_is_no_longer_shown(
    client, versions, steering_member
):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Pois."
    )
    Comment.objects.filter(pk=comment.pk).update(edited_at=timezone.now())
    client.force_login(steering_member)
    assert "muokattu" in client.get(url_of(version)).content.decode()
    response = client.post(withdraw_url(comment))
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.withdrawn_at is not None
    html = client.get(url_of(version)).content.decode()
    assert "Pois." not in html and "Kirjoittaja perui tämän kommentin." in html
    # Neither its status nor its edit is shown any longer.
    assert '<span class="tag">Peruttu</span>' in html and "muokattu" not in html
    assert client.get(withdraw_url(comment)).status_code == 404


def test_an_edited_comment_says_so_with_the_time_it_was_edited(
    client, versions, steering_member, coordinator
):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Eka."
    )
    client.force_login(steering_member)
    assert "muokattu" not in client.get(url_of(version)).content.decode()
    # Saving the same text is no edit.
    client.post(edit_url(comment), {"action": "save", "text": "Eka."})
    comment.refresh_from_db()
    assert comment.edited_at is None
    client.post(edit_url(comment), {"action": "save", "text": "Toka."})
    comment.refresh_from_db()
    assert comment.edited_at is not None
    html = client.get(url_of(version)).content.decode()
    stamp = timezone.localtime(comment.edited_at)
    assert (
        f'(muokattu <time datetime="{stamp.replace(microsecond=0).isoformat()}">'
        f"{stamp:%-d.%-m.%Y %H:%M}</time>)" in html
    )
    # The coordinators' handling of a comment is not an edit by its author.
    Comment.objects.filter(pk=comment.pk).update(edited_at=None)
    comment.refresh_from_db()
    comment.status = Comment.Status.ACCEPTED
    comment.save()
    assert comment.edited_at is None


def test_others_cannot_edit_a_comment(client, versions, steering_member, coordinator):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Oma."
    )
    client.force_login(coordinator)
    assert client.get(edit_url(comment)).status_code == 404
    assert client.post(edit_url(comment), {"action": "withdraw"}).status_code == 404
    assert client.post(withdraw_url(comment)).status_code == 404
    assert client.post(edit_url(comment), {"action": "save", "text": "Muu."}).status_code == 404
    comment.refresh_from_db()
    assert (comment.text, comment.withdrawn_at) == ("Oma.", None)
    client.logout()
    assert client.get(edit_url(comment))["Location"].startswith("/fi/accounts/login/")


def test_a_comment_cannot_be_changed_after_the_review_closes(client, agreement, steering_member):
    version = VersionFactory(
        agreement=agreement, number=1, status=S.IN_REVIEW, review_closes_on=YESTERDAY
    )
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Oma."
    )
    client.force_login(steering_member)
    response = client.post(edit_url(comment), {"action": "save", "text": "Myöhässä."})
    assert response.status_code == 200
    assert "Kommentointi on päättynyt" in response.content.decode()
    response = client.post(withdraw_url(comment))
    assert "Kommentointi on päättynyt" in response.content.decode()
    comment.refresh_from_db()
    assert (comment.text, comment.withdrawn_at) == ("Oma.", None)
    page = client.get(url_of(version)).content.decode()
    assert 'name="text"' not in page
    assert (
        client.post(url_of(version), {"section": comment.section_id, "text": "x"}).status_code
        == 403
    )


def test_comments_are_filtered_by_status_and_section(client, versions, steering_member):
    version = versions["steering"]
    first, second = version.sections.all()
    for section, status, text in [
        (first, "open", "Avoin yksi."),
        (first, "accepted", "Hyväksytty yksi."),
        (second, "open", "Avoin kaksi."),
    ]:
        Comment.objects.create(
            version=version, section=section, author=steering_member, text=text, status=status
        )
    client.force_login(steering_member)
    html = client.get(url_of(version), {"status": "accepted"}).content.decode()
    after_filters = html.split('id="filter-heading"')[1].split("</form>")[1]
    assert "Hyväksytty yksi." in html and "Avoin" not in after_filters
    html = client.get(url_of(version), {"section": second.pk}).content.decode()
    assert "Avoin kaksi." in html and "Avoin yksi." not in html
    assert "Osion 1 teksti." in html  # the sections' text stays


@pytest.mark.parametrize(
    "query", [{"status": "nonsense"}, {"section": "9" * 40}, {"section": "\x01"}]
)
def test_filters_that_are_not_understood_give_a_message(client, versions, steering_member, query):
    client.force_login(steering_member)
    response = client.get(url_of(versions["steering"]), query)
    assert response.status_code == 200
    assert "Joitakin rajauksia ei tunnistettu" in response.content.decode()


@pytest.mark.parametrize("number", ["99999", "9" * 30])
def test_a_huge_version_number_is_not_found(client, versions, steering_member, number):
    url = f"/fi/sopimukset/aiesopimus/versiot/{number}/"
    # Anonymous visitors are sent to log in, as for a version they may not see.
    assert client.get(url)["Location"].startswith("/fi/accounts/login/")
    client.force_login(steering_member)
    assert client.get(url).status_code == 404


def test_a_huge_comment_id_is_not_found(client, versions, steering_member):
    client.force_login(steering_member)
    huge = "9" * 30
    assert client.get(f"/fi/sopimukset/aiesopimus/versiot/2/kommentit/{huge}/").status_code == 404


def test_the_coordinators_response_and_comment_status_are_shown(client, versions, steering_member):
    version = versions["steering"]
    Comment.objects.create(
        version=version,
        section=version.sections.first(),
        author=steering_member,
        text="Ehdotus.",
        status="accepted",
        response="Otetaan mukaan.",
    )
    client.force_login(steering_member)
    html = client.get(url_of(version, "sv")).content.decode()
    assert "Otetaan mukaan." in html and "Godtagen" in html


def add_comments(version, author, count):
    for section in version.sections.all():
        for index in range(count):
            comment = Comment.objects.create(
                version=version, section=section, author=author, text=f"K{index}"
            )
            Comment.objects.create(
                version=version, section=section, parent=comment, author=author, text="V"
            )


def test_the_version_page_makes_the_same_number_of_queries_with_more_comments(
    client, agreement, steering_member, django_assert_max_num_queries
):
    small = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW, sections=1)
    large = VersionFactory(agreement=agreement, number=2, status=S.IN_REVIEW, sections=4)
    add_comments(small, steering_member, 1)
    add_comments(large, steering_member, 5)
    client.force_login(steering_member)
    small_url, large_url = url_of(small), url_of(large)
    client.get(small_url)  # warms the session
    # The same counts for both sizes, drawn (the cached comment lists empty) and with the
    # lists cached; PostgreSQL needs one query fewer than SQLite.
    counts = {}
    for size, url in (("small", small_url), ("large", large_url)):
        cache.clear()
        for state in ("drawn", "cached"):
            with django_assert_max_num_queries(9), CaptureQueriesContext(connection) as page:
                assert client.get(url).status_code == 200
            counts[size, state] = len(page)
    assert counts["small", "drawn"] == counts["large", "drawn"]
    assert counts["small", "cached"] == counts["large", "cached"] < counts["large", "drawn"]


def test_the_list_makes_the_same_number_of_queries_with_more_agreements(
    client, steering_member, django_assert_max_num_queries
):
    def add_agreement(slug):
        agreement = AgreementFactory(slug=slug, title_fi=slug, title_sv=slug)
        VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW, sections=0)
        VersionFactory(agreement=agreement, number=2, status=S.SIGNED, sections=0)

    add_agreement("yksi")
    client.force_login(steering_member)
    client.get(reverse("agreements:agreement-list"))
    with django_assert_max_num_queries(7), CaptureQueriesContext(connection) as one:
        client.get(reverse("agreements:agreement-list"))
    for slug in ("kaksi", "kolme", "nelja"):
        add_agreement(slug)
    with CaptureQueriesContext(connection) as four:
        client.get(reverse("agreements:agreement-list"))
    assert len(four) == len(one)


QUALITY_PAGES = {
    "fi": ["/fi/sopimukset/", "/fi/sopimukset/aiesopimus/versiot/2/"],
    "sv": ["/sv/avtal/", "/sv/avtal/aiesopimus/versioner/2/"],
}


@pytest.mark.parametrize("url", [url for urls in QUALITY_PAGES.values() for url in urls])
def test_review_pages_are_valid_html_with_headings_in_order(client, versions, steering_member, url):
    version = versions["steering"]
    comment = Comment.objects.create(
        version=version,
        section=version.sections.first(),
        author=steering_member,
        text="Kommentti.",
        response="Vastaus.",
    )
    Comment.objects.create(
        version=version, section=comment.section, parent=comment, author=steering_member, text="R"
    )
    client.force_login(steering_member)
    for address in (url, url + "?status=bad"):
        response = client.get(address)
        assert response.status_code == 200
        assert_valid_html(response.content.decode())
        assert_document_structure(response.content.decode())
    edit = client.get(edit_url(comment, url[1:3]))
    assert_valid_html(edit.content.decode())
    assert_document_structure(edit.content.decode())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_review_page_has_no_accessibility_violations(page, axe, live_server, lang):
    agreement = AgreementFactory(
        slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )
    version = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    member = get_user_model().objects.create_user("member", "m@example.org", "pw")
    member.groups.add(Group.objects.get_or_create(name=STEERING_GROUP)[0])
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=member, text="Kommentti."
    )
    Comment.objects.create(
        version=version, section=comment.section, parent=comment, author=member, text="Vastaus."
    )
    client = Client()
    client.force_login(member)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(url_of(version, lang))
    assert axe(page) == []


def test_the_public_reads_a_signed_version_without_its_comments(client, users, versions):
    version = versions["signed"]
    Comment.objects.create(
        version=version,
        section=version.sections.first(),
        author=users["steering"],
        text="Ohjausryhmän sisäinen huomio.",
    )
    for who in ("anonymous", "outsider"):
        log_in(client, users[who])
        html = client.get(url_of(version)).content.decode()
        assert "Osion 1 teksti." in html
        assert "Ohjausryhmän sisäinen huomio." not in html and "Rajaa kommentteja" not in html
    client.force_login(users["steering"])
    assert "Ohjausryhmän sisäinen huomio." in client.get(url_of(version)).content.decode()
