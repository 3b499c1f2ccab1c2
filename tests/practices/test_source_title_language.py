"""A source's title is marked with the language it is written in: a title not translated
(the same in both languages) is the document's own, so an English report's title is English
on the Finnish and the Swedish pages alike (WCAG 3.1.2, language of parts)."""

import pytest

from networks.models import Language
from tests.events.test_events import make_event
from tests.html_elements import element, elements
from tests.monitoring.conftest import make_indicator
from tests.practices.factories import (
    PracticeFactory,
    SourceFactory,
    ThemeFactory,
    assess,
    url_for,
)
from tests.translated import translated

pytestmark = pytest.mark.django_db

ENGLISH_TITLE = "Working Together: Skills and Labour Market Integration"


@pytest.fixture
def english_report(db):
    english = Language.objects.create(
        code="en", **translated(name_fi="englanti", name_sv="engelska")
    )
    return SourceFactory(
        slug="working-together",
        year=2018,
        language=english,
        title_fi=ENGLISH_TITLE,
        title_sv=ENGLISH_TITLE,
    )


@pytest.fixture
def swedish_guide(db):
    swedish = Language.objects.create(code="sv", **translated(name_fi="ruotsi", name_sv="svenska"))
    return SourceFactory(
        slug="samverkansmodell",
        language=swedish,
        title_fi="Skånen yhteistyömalli",
        title_sv="Skånes samverkansmodell",
    )


def link_lang(html, href):
    return element(html, "a", href=href).get("lang")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_an_untranslated_title_is_in_the_documents_language_on_its_page_and_in_the_list(
    client, english_report, lang
):
    href = url_for("practices:source-detail", lang, slug=english_report.slug)
    page = client.get(href).content.decode()
    assert element(page, "h1", ENGLISH_TITLE).get("lang") == "en"
    listing = client.get(url_for("practices:source-list", lang)).content.decode()
    assert link_lang(listing, href) == "en"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_translated_title_is_in_the_readers_language(client, swedish_guide, lang):
    href = url_for("practices:source-detail", lang, slug=swedish_guide.slug)
    page = client.get(href).content.decode()
    assert element(page, "h1").get("lang") == lang
    assert (
        link_lang(client.get(url_for("practices:source-list", lang)).content.decode(), href) == lang
    )


def test_a_title_without_a_document_language_keeps_the_language_it_is_written_in(client):
    SourceFactory(slug="vain-suomeksi", title_fi="Vain suomeksi", title_sv="")
    href = url_for("practices:source-detail", "sv", slug="vain-suomeksi")
    assert element(client.get(href).content.decode(), "h1").get("lang") == "fi"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_practice_names_its_english_source_in_english(client, english_report, lang):
    practice = PracticeFactory(slug="mentorointi")
    practice.sources.set([english_report])
    assess(practice, 4, sources=[english_report])
    html = client.get(url_for("practices:detail", lang, slug=practice.slug)).content.decode()
    href = url_for("practices:source-detail", lang, slug=english_report.slug)
    links = elements(html, "a", href=href)
    # Named twice: among the practice's sources and under the assessment that rests on it.
    assert len(links) == 2
    assert {link.get("lang") for link in links} == {"en"}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_an_event_names_its_english_material_in_english(client, english_report, lang):
    event = make_event()
    event.materials.set([english_report])
    html = client.get(url_for("events:detail", lang, slug=event.slug)).content.decode()
    href = url_for("practices:source-detail", lang, slug=english_report.slug)
    assert link_lang(html, href) == "en"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_site_search_marks_an_english_title_in_english(client, english_report, lang):
    html = client.get(url_for("portal:search", lang), {"q": "Working Together"}).content.decode()
    href = url_for("practices:source-detail", lang, slug=english_report.slug)
    assert link_lang(html, href) == "en"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_an_indicator_names_its_english_source_in_english(client, english_report, lang):
    indicator = make_indicator("tyollisyys", ThemeFactory(), english_report)
    html = client.get(
        url_for("monitoring:indicator-detail", lang, slug=indicator.slug)
    ).content.decode()
    href = url_for("practices:source-detail", lang, slug=english_report.slug)
    assert link_lang(html, href) == "en"
