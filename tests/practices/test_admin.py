"""Coordinators keep the practices in the admin: tabs for both languages, filters, the
publishing rules, clean Markdown and safe attachments."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from networks.models import IntegrationPath, PathStage
from practices import services
from practices.models import Assessment, Attachment, Practice, Source, Theme
from practices.uploads import MAX_ATTACHMENT_BYTES
from tests.practices.factories import PracticeFactory, SourceFactory
from tests.translated import translated

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:practices_practice_changelist"
TODAY = timezone.localdate()


@pytest.fixture(autouse=True)
def finnish():
    """Addresses reversed in Finnish (/fi/admin/…), whatever an earlier test left active."""
    with translation.override("fi"):
        yield


def form_data(practice=None, **fields):
    """What the admin's change form posts: the practice's own fields and empty inlines."""
    data = {
        "title_fi": practice.title_fi if practice else "Uusi käytäntö",
        "title_sv": practice.title_sv if practice else "Ny praxis",
        "slug": practice.slug if practice else "uusi",
        "status": practice.status if practice else Practice.Status.DRAFT,
        "summary_fi": practice.summary_fi if practice else "Tiivistelmä.",
        "summary_sv": practice.summary_sv if practice else "Sammanfattning.",
    }
    for prefix in ("steps", "assessments", "links", "attachments", "adoptions"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(fields)
    return data


def inline(prefix, **fields):
    """One new inline form, the first of its kind on the page."""
    return {
        f"{prefix}-TOTAL_FORMS": "1",
        **{f"{prefix}-0-{name}": value for name, value in fields.items()},
    }


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:practices_practice_changelist",
        "admin:practices_practice_add",
        "admin:practices_source_changelist",
        "admin:practices_source_add",
        "admin:practices_theme_add",
        "admin:practices_targetgroup_add",
        "admin:practices_priority_add",
    ],
)
def test_admin_pages_open_with_finnish_and_swedish_tabs(coordinator_client, url_name):
    response = coordinator_client.get(reverse(url_name))
    assert response.status_code == 200
    if url_name.endswith("_add"):
        html = response.content.decode()
        assert "modeltranslation/js/tabbed_translation_fields.js" in html
        assert "/static/jquery-ui/jquery-ui.min.js" in html
        assert "code.jquery.com" not in html


def test_change_page_shows_both_languages_inlines_and_the_evidence_level(coordinator_client):
    practice = PracticeFactory(
        slug="kielikahvila", contact_organisation="Vaasan kaupunki", status=Practice.Status.DRAFT
    )
    response = coordinator_client.get(
        reverse("admin:practices_practice_change", args=[practice.pk])
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="title_sv" value="Praxis kielikahvila"' in html
    for prefix in ("steps", "assessments", "links", "attachments", "adoptions"):
        assert f'name="{prefix}-TOTAL_FORMS"' in html
    assert "Ei vielä arvioitu" in html  # the evidence level, read-only, in words
    assert 'class="viewsitelink"' in html


def test_autocomplete_finds_sources_by_title(coordinator_client):
    SourceFactory(slug="kotoutumisen-seuranta", kind=Source.Kind.MONITORING)
    response = coordinator_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "practices",
            "model_name": "practice",
            "field_name": "sources",
            "term": "kotoutumisen",
        },
    )
    assert response.status_code == 200
    assert [item["text"] for item in response.json()["results"]] == ["Lähde kotoutumisen-seuranta"]


def titles_listed(client, **params):
    response = client.get(reverse(CHANGELIST), params)
    assert response.status_code == 200
    return sorted(practice.slug for practice in response.context["cl"].result_list)


def test_list_filters_narrow_the_practices(coordinator_client):
    work = IntegrationPath.objects.create(slug="tyo", **translated(name_fi="Työ", name_sv="Arbete"))
    stage = PathStage.objects.create(path=work, **translated(name_fi="Haku", name_sv="Sök"))
    theme = Theme.objects.create(slug="kieli", **translated(name_fi="Kieli", name_sv="Språk"))
    # The admin offers a filter only where there is a choice to make.
    IntegrationPath.objects.create(slug="lapset", **translated(name_fi="Lapset", name_sv="Barn"))
    Theme.objects.create(slug="tyo", **translated(name_fi="Työ", name_sv="Arbete"))
    overdue = PracticeFactory(
        slug="myohassa",
        next_review_due=TODAY - datetime.timedelta(days=1),
        status=Practice.Status.DRAFT,
    )
    PracticeFactory(
        slug="ajallaan",
        next_review_due=TODAY + datetime.timedelta(days=30),
        status=Practice.Status.DRAFT,
    )
    published = PracticeFactory(slug="julkaistu", status=Practice.Status.PUBLISHED)
    proposed = PracticeFactory(
        slug="ehdotettu", proposed_by_email="ehdottaja@example.org", status=Practice.Status.DRAFT
    )
    overdue.stages.add(stage)
    published.themes.add(theme)

    assert titles_listed(coordinator_client) == [
        "ajallaan",
        "ehdotettu",
        "julkaistu",
        "myohassa",
    ]
    assert titles_listed(coordinator_client, status="published") == ["julkaistu"]
    assert titles_listed(coordinator_client, review_overdue="yes") == ["myohassa"]
    assert titles_listed(coordinator_client, review_overdue="no") == [
        "ajallaan",
        "ehdotettu",
        "julkaistu",
    ]
    assert titles_listed(coordinator_client, proposed="yes") == [proposed.slug]
    assert titles_listed(coordinator_client, stages__path__id__exact=work.pk) == ["myohassa"]
    assert titles_listed(coordinator_client, themes__id__exact=theme.pk) == ["julkaistu"]
    assert titles_listed(coordinator_client, evidence_level__exact=0) == [
        "ajallaan",
        "ehdotettu",
        "julkaistu",
        "myohassa",
    ]


def test_search_finds_practices_by_their_swedish_title(coordinator_client):
    PracticeFactory(slug="kielikahvila", title_sv="Språkcafé", status=Practice.Status.DRAFT)
    PracticeFactory(slug="mentorit", status=Practice.Status.DRAFT)
    assert titles_listed(coordinator_client, q="Språkcafé") == ["kielikahvila"]


def test_changelist_makes_as_many_queries_for_many_practices_as_for_few(coordinator_client):
    def queries_for_list():
        with CaptureQueriesContext(connection) as queries:
            assert coordinator_client.get(reverse(CHANGELIST)).status_code == 200
        return len(queries)

    for number in range(2):
        PracticeFactory(slug=f"vahan-{number}", status=Practice.Status.DRAFT)
    few = queries_for_list()
    for number in range(8):
        practice = PracticeFactory(slug=f"monta-{number}", status=Practice.Status.DRAFT)
        source = SourceFactory(slug=f"tutkimus-{number}", kind=Source.Kind.RESEARCH)
        assessment = Assessment.objects.create(
            practice=practice, level=4, assessed_by="Ryhmä", **translated(rationale_fi="Syy")
        )
        assessment.sources.add(source)
    assert queries_for_list() == few


def test_publish_action_publishes_complete_practices_and_tells_the_proposer(
    coordinator_client, django_capture_on_commit_callbacks
):
    complete = PracticeFactory(
        slug="valmis", proposed_by_email="ehdottaja@example.org", status=Practice.Status.DRAFT
    )
    incomplete = PracticeFactory(slug="kesken", title_sv="", status=Practice.Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            reverse(CHANGELIST),
            {"action": "publish_selected", "_selected_action": [complete.pk, incomplete.pk]},
            follow=True,
        )
    complete.refresh_from_db()
    incomplete.refresh_from_db()
    assert complete.status == Practice.Status.PUBLISHED
    assert complete.published_at is not None
    assert complete.proposed_by_email == ""
    assert incomplete.status == Practice.Status.DRAFT
    html = response.content.decode()
    assert "Julkaistiin 1 käytäntö." in html
    assert "Käytäntö kesken (otsikko ruotsiksi)" in html
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ehdottaja@example.org"]
    assert "Käytäntö valmis" in message.body and "Praxis valmis" in message.body
    assert "http://testserver/fi/kaytannot/valmis/" in message.body
    assert "http://testserver/sv/praxis/valmis/" in message.body


def test_archive_action_archives_the_selected_practices(coordinator_client):
    practice = PracticeFactory(slug="vanha", status=Practice.Status.PUBLISHED)
    coordinator_client.post(
        reverse(CHANGELIST), {"action": "archive_selected", "_selected_action": [practice.pk]}
    )
    practice.refresh_from_db()
    assert practice.status == Practice.Status.ARCHIVED


def test_saving_as_published_without_a_swedish_title_is_refused_with_the_reason(
    coordinator_client,
):
    practice = PracticeFactory(slug="kesken", title_sv="", status=Practice.Status.DRAFT)
    response = coordinator_client.post(
        reverse("admin:practices_practice_change", args=[practice.pk]),
        form_data(practice, status="published"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Täytä tämä ennen julkaisemista." in html
    assert "Puuttuu: otsikko ruotsiksi." in html
    practice.refresh_from_db()
    assert practice.status == Practice.Status.DRAFT


def test_publishing_from_the_change_form_tells_the_proposer_and_forgets_the_address(
    coordinator_client, django_capture_on_commit_callbacks
):
    practice = PracticeFactory(
        slug="ehdotus", proposed_by_email="ehdottaja@example.org", status=Practice.Status.DRAFT
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            reverse("admin:practices_practice_change", args=[practice.pk]),
            form_data(practice, status="published", proposed_by_email="ehdottaja@example.org"),
        )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == Practice.Status.PUBLISHED
    assert practice.proposed_by_email == ""
    assert [message.to for message in mail.outbox] == [["ehdottaja@example.org"]]


def test_a_user_who_proposed_is_told_at_the_address_of_the_account(
    coordinator, django_capture_on_commit_callbacks
):
    practice = PracticeFactory(
        slug="tililta", proposed_by=coordinator, status=Practice.Status.DRAFT
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.publish(practice, base_url="https://tietopankki.example.fi")
    assert [message.to for message in mail.outbox] == [["coordinator@example.org"]]
    assert "https://tietopankki.example.fi/fi/kaytannot/tililta/" in mail.outbox[0].body


def test_publishing_an_incomplete_practice_in_code_raises_the_same_error():
    practice = PracticeFactory(slug="kesken", summary_sv="", status=Practice.Status.DRAFT)
    with translation.override("sv"), pytest.raises(ValidationError, match="sammanfattningen på"):
        services.publish(practice)


def test_markdown_fields_lose_raw_html_when_saved(coordinator_client):
    response = coordinator_client.post(
        reverse("admin:practices_practice_add"),
        form_data(
            description_fi="## Miten\n\n<script>alert(1)</script>**Tärkeää** <b>on</b> a < b",
            aims_sv="<img src=x onerror=alert(1)>Mål &lt;iframe&gt;",
            results_fi="> Lainaus <!-- piilossa -->",
        ),
    )
    assert response.status_code == 302
    practice = Practice.objects.get(slug="uusi")
    assert practice.description_fi == "## Miten\n\n**Tärkeää** on a < b"
    assert practice.aims_sv == "Mål"
    assert practice.results_fi == "> Lainaus"


def test_rationale_and_source_summary_lose_raw_html_too(coordinator_client):
    source = SourceFactory(slug="tutkimus", kind=Source.Kind.RESEARCH)
    practice = PracticeFactory(slug="arvioitu", status=Practice.Status.DRAFT)
    response = coordinator_client.post(
        reverse("admin:practices_practice_change", args=[practice.pk]),
        form_data(
            practice,
            **inline(
                "assessments",
                level="2",
                rationale_fi='<a href="javascript:x()">Perustelu</a>',
                assessed_by="Ryhmä",
                assessed_on="2025-01-15",
            ),
        ),
    )
    assert response.status_code == 302
    assert practice.assessments.get().rationale_fi == "Perustelu"
    response = coordinator_client.post(
        reverse("admin:practices_source_change", args=[source.pk]),
        {
            "title_fi": "Lähde",
            "slug": source.slug,
            "kind": source.kind,
            "summary_fi": "Tiivistelmä<style>body{}</style>",
        },
    )
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.summary_fi == "Tiivistelmä"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sivu.html", b"<html><script>alert(1)</script></html>", "Liitteeksi kelpaavat vain"),
        ("ohjelma.exe", b"MZ\x90\x00\x03", "Liitteeksi kelpaavat vain"),
        ("raportti.pdf", b"<html>not a pdf</html>", "ei ole oikea PDF-tiedosto"),
        ("iso.pdf", b"%PDF-1.7\n" + b"0" * MAX_ATTACHMENT_BYTES, "Tiedosto on liian suuri"),
    ],
)
def test_attachments_that_are_not_safe_documents_are_refused_with_a_reason(
    coordinator_client, name, content, message
):
    practice = PracticeFactory(slug="liitteet", status=Practice.Status.DRAFT)
    response = coordinator_client.post(
        reverse("admin:practices_practice_change", args=[practice.pk]),
        form_data(
            practice,
            **inline("attachments", title_fi="Liite", file=SimpleUploadedFile(name, content)),
        ),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Attachment.objects.exists()


def test_a_real_pdf_is_attached(coordinator_client):
    practice = PracticeFactory(slug="liitteet", status=Practice.Status.DRAFT)
    response = coordinator_client.post(
        reverse("admin:practices_practice_change", args=[practice.pk]),
        form_data(
            practice,
            **inline(
                "attachments",
                title_fi="Raportti",
                file=SimpleUploadedFile("raportti.pdf", b"%PDF-1.7\n%%EOF\n"),
            ),
        ),
    )
    assert response.status_code == 302
    assert practice.attachments.get().title_fi == "Raportti"


def test_practices_proposed_on_the_site_are_found_with_their_filter(coordinator_client):
    PracticeFactory(slug="oma", status=Practice.Status.DRAFT)
    PracticeFactory(
        slug="ehdotettu", proposed_by_email="ehdottaja@example.org", status=Practice.Status.DRAFT
    )
    response = coordinator_client.get(reverse(CHANGELIST), {"proposed": "yes"})
    assert "ehdotettu sivustolla" in response.content.decode()
    assert titles_listed(coordinator_client, proposed="yes") == ["ehdotettu"]
    assert titles_listed(coordinator_client, proposed="no") == ["oma"]
