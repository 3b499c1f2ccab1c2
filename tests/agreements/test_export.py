"""A version as a .docx document and as a print layout, in Finnish or Swedish, with the
summary of comments only for those who may see the comments."""

import io

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from docx import Document

from agreements.models import Comment, Commitment
from tests.agreements.factories import PartyFactory, VersionFactory
from tests.agreements.helpers import (
    FOUND,
    READ_MATRIX,
    S,
    assert_outcome,
    log_in,
    matrix_cases,
    thawed,
    url_of,
)
from tests.html_checks import assert_document_structure, assert_valid_html

pytestmark = pytest.mark.django_db
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def export_url(version, url_lang="fi", **query):
    with translation.override(url_lang):
        url = reverse(
            "agreements:version-export",
            kwargs={"slug": version.agreement.slug, "number": version.number},
        )
    return url, query


def get_export(client, version, url_lang="fi", **query):
    url, query = export_url(version, url_lang, **query)
    return client.get(url, query)


def read_docx(response):
    assert response["Content-Type"] == DOCX_TYPE
    assert response["Content-Disposition"].startswith("attachment;")
    document = Document(io.BytesIO(response.content))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows]
        for t in [0]
        for table in document.tables
    ]
    return document, paragraphs, tables


@pytest.fixture
def reviewed(agreement, steering_member):
    """A version in review with Markdown in its text and comments, one withdrawn."""
    version = VersionFactory(agreement=agreement, number=1, status=S.DRAFT, sections=3)
    section = version.sections.get(order=2)
    section.text_fi = "Osapuolet sopivat, että\n\n- kunnat **ohjaavat**\n- järjestöt [auttavat](https://example.fi)"
    section.text_sv = "Parterna kommer överens om att\n\n- kommunerna vägleder"
    section.save()
    version.status = S.IN_REVIEW
    # Open today in Helsinki: the date of created_at is UTC's, a day behind after 22:00 UTC.
    version.review_closes_on = timezone.localdate()
    version.save()
    comment = Comment.objects.create(
        version=version,
        section=section,
        author=steering_member,
        text="Lisätään mittari.",
        status=Comment.Status.ACCEPTED,
        response="Lisätty versioon 2.",
    )
    Comment.objects.create(
        version=version, section=section, parent=comment, author=steering_member, text="Kiitos!"
    )
    Comment.objects.create(
        version=version,
        section=section,
        author=steering_member,
        text="Peruttu ajatus.",
        withdrawn_at=version.created_at,
    )
    return version


@pytest.mark.parametrize(
    ("lang", "headings", "text"),
    [
        ("fi", ["Osio 1", "Osio 2", "Osio 3"], "Osion 1 teksti."),
        ("sv", ["Avsnitt 1", "Avsnitt 2", "Avsnitt 3"], "Avsnittets 1 text."),
    ],
)
def test_the_docx_opens_and_holds_every_section(
    client, reviewed, coordinator, lang, headings, text
):
    client.force_login(coordinator)
    document, paragraphs, _tables = read_docx(
        get_export(client, reviewed, format="docx", lang=lang)
    )
    assert [t for style, t in paragraphs if style == "Heading 1"] == headings
    assert ("Normal", text) in paragraphs
    assert document.core_properties.language == {"fi": "fi-FI", "sv": "sv-FI"}[lang]
    assert document.core_properties.title.startswith(
        {"fi": "Aiesopimus", "sv": "Avsiktsförklaring"}[lang]
    )


def test_the_docx_keeps_the_lists_bold_text_and_links_of_the_markdown(
    client, reviewed, coordinator
):
    client.force_login(coordinator)
    document, paragraphs, _tables = read_docx(
        get_export(client, reviewed, format="docx", lang="fi")
    )
    bullets = [t for style, t in paragraphs if style == "List Bullet"]
    assert bullets == ["kunnat ohjaavat", "järjestöt auttavat (https://example.fi)"]
    bold = [run.text for p in document.paragraphs for run in p.runs if run.bold]
    assert bold == ["ohjaavat"]


def test_the_comment_summary_comes_only_when_asked(client, reviewed, coordinator):
    client.force_login(coordinator)
    _doc, paragraphs, tables = read_docx(get_export(client, reviewed, format="docx", lang="fi"))
    assert tables == [] and "Yhteenveto kommenteista" not in [t for _s, t in paragraphs]
    _doc, paragraphs, tables = read_docx(
        get_export(client, reviewed, format="docx", lang="fi", comments="on")
    )
    assert ("Heading 1", "Yhteenveto kommenteista") in paragraphs
    assert tables == [
        [
            ["Kommentti", "Tila", "Vastine"],
            ["Lisätään mittari.", "Hyväksytty", "Lisätty versioon 2."],
            ["Vastaus: Kiitos!", "Avoin", ""],
        ]
    ]


def test_the_public_gets_a_signed_version_without_its_comments(client, agreement, steering_member):
    version = VersionFactory(agreement=agreement, number=1, status=S.SIGNED)
    Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Sisäinen."
    )
    response = get_export(client, version, format="docx", lang="fi", comments="on")
    _doc, paragraphs, tables = read_docx(response)
    assert tables == [] and all("Sisäinen." not in t for _s, t in paragraphs)
    html = get_export(client, version, format="print", lang="fi", comments="on").content.decode()
    assert "Sisäinen." not in html and "Osion 1 teksti." in html


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_print_layout_shows_the_text_and_the_summary(client, reviewed, coordinator, lang):
    client.force_login(coordinator)
    response = get_export(client, reviewed, lang, lang=lang, format="print", comments="on")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert {"fi": "Osion 3 teksti.", "sv": "Avsnittets 3 text."}[lang] in html
    assert "Lisätään mittari." in html and "Peruttu ajatus." not in html
    assert_valid_html(html)
    assert_document_structure(html)


def test_the_print_layout_in_the_other_language_is_its_own_address(client, reviewed, coordinator):
    client.force_login(coordinator)
    response = get_export(client, reviewed, lang="fi", format="print", comments="on")
    assert response.status_code == 200
    response = get_export(client, reviewed, "fi", format="print", lang="sv")
    assert response.status_code == 302
    assert response["Location"].startswith("/sv/avtal/aiesopimus/versioner/1/")
    assert "format=print" in response["Location"] and "lang=sv" in response["Location"]


@pytest.mark.parametrize(
    "query",
    [{}, {"format": "pdf", "lang": "fi"}, {"format": "docx", "lang": "en"}, {"format": "\x01"}],
)
def test_an_unknown_format_or_language_is_explained(client, reviewed, coordinator, query):
    client.force_login(coordinator)
    response = get_export(client, reviewed, **query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lataa tai tulosta" in html
    if query:
        assert 'role="alert"' in html
    assert_valid_html(html)


@pytest.mark.parametrize("export_format", ["docx", "print"])
@pytest.mark.parametrize(("who", "kind", "expected"), matrix_cases(READ_MATRIX))
def test_exports_are_given_only_to_those_who_may_read_the_version(
    client, users, versions, who, kind, expected, export_format
):
    log_in(client, users[who])
    response = get_export(client, versions[kind], format=export_format, lang="fi")
    assert_outcome(response, expected)
    if expected != FOUND:
        assert b"Osion 1" not in response.content


def test_a_soft_line_break_pasted_into_a_comment_does_not_break_the_docx(
    client, reviewed, steering_member, coordinator
):
    section = reviewed.sections.first()
    Comment.objects.create(
        version=reviewed, section=section, author=steering_member, text="Rivi yksi\x0bRivi kaksi"
    )
    with thawed(reviewed):
        section.text_fi = "Kappale\x0bjatkuu\x01."
        section.save()
    client.force_login(coordinator)
    response = get_export(client, reviewed, format="docx", lang="fi", comments="on")
    assert response.status_code == 200
    _doc, paragraphs, tables = read_docx(response)
    assert ("Normal", "Kappale jatkuu.") in paragraphs
    assert tables[0][1] == ["Rivi yksi Rivi kaksi", "Avoin", ""]


def test_a_comment_keeps_its_line_breaks_and_loses_control_characters(
    client, reviewed, steering_member
):
    client.force_login(steering_member)
    section = reviewed.sections.first()
    client.post(url_of(reviewed), {"section": section.pk, "text": "Yksi\x0bkaksi\x07."})
    assert Comment.objects.filter(text="Yksi\nkaksi.").exists()


def test_replies_to_a_withdrawn_comment_stay_in_the_summary(
    client, reviewed, steering_member, coordinator
):
    withdrawn = Comment.objects.get(text="Peruttu ajatus.")
    Comment.objects.create(
        version=reviewed,
        section=withdrawn.section,
        parent=withdrawn,
        author=coordinator,
        text="Vastaus perutulle.",
    )
    client.force_login(coordinator)
    html = get_export(client, reviewed, format="print", lang="fi", comments="on").content.decode()
    assert "Vastaus perutulle." in html and "Kirjoittaja perui tämän kommentin." in html
    assert "Peruttu ajatus." not in html


def test_the_version_and_its_print_layout_list_the_parties_commitments(
    client, reviewed, coordinator
):
    party = PartyFactory(
        agreement=reviewed.agreement,
        actor__slug="kaupunki",
        actor__name_fi="Sopijakaupunki",
        actor__name_sv="Avtalsstaden",
    )
    with thawed(reviewed):
        Commitment.objects.create(
            version=reviewed,
            party=party,
            text="Ohjaa kaikki.",
            text_fi="Ohjaa kaikki.",
            text_sv="Vägleder alla.",
        )
    client.force_login(coordinator)
    _doc, paragraphs, _tables = read_docx(get_export(client, reviewed, format="docx", lang="sv"))
    assert ("Heading 2", "Avtalsstaden") in paragraphs
    assert ("List Bullet", "Vägleder alla.") in paragraphs
    html = get_export(client, reviewed, "sv", format="print", lang="sv").content.decode()
    assert "Vägleder alla." in html and "Parterna och deras åtaganden" in html
