"""The knowledge bank of sources: filters, source pages and their files."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from networks.models import Language
from practices.models import Practice, Source
from practices.source_filters import SourceFilter
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import element, elements, text_of
from tests.practices.factories import PracticeFactory, SourceFactory, assess, url_for
from tests.translated import translated

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n% source document\n"


@pytest.fixture
def bank(db):
    finnish = Language.objects.create(code="fi", **translated(name_fi="suomi", name_sv="finska"))
    swedish = Language.objects.create(code="sv", **translated(name_fi="ruotsi", name_sv="svenska"))
    law = SourceFactory(
        slug="kotoutumislaki",
        kind=Source.Kind.NORM,
        year=2023,
        language=finnish,
        title_fi="Kotoutumislaki",
        title_sv="Integrationslagen",
        summary_fi="Laki kotoutumisen **edistämisestä**.",
        summary_sv="Lagen om främjande av integration.",
        publisher="Eduskunta",
        url="https://www.finlex.fi/",
    )
    evaluation = SourceFactory(
        slug="mentorointi-arvio",
        kind=Source.Kind.EVALUATION,
        year=2019,
        language=swedish,
        title_fi="Mentoroinnin arviointi",
        title_sv="Utvärdering av mentorskap",
        summary_fi="Vertailuryhmä osoitti vaikutuksen.",
        summary_sv="",
    )
    evaluation.file.save("arvio.pdf", SimpleUploadedFile("arvio.pdf", PDF), save=True)
    SourceFactory(
        slug="seuranta", kind=Source.Kind.MONITORING, year=2021, title_fi="Seurantatiedot"
    )
    SourceFactory(slug="tutkimus", kind=Source.Kind.RESEARCH, title_fi="Tutkimus ilman vuotta")

    named = PracticeFactory(slug="nimetty", title_fi="Lähteen nimeävä käytäntö")
    named.sources.set([evaluation])
    rated = PracticeFactory(slug="arvioitu", title_fi="Arvioitu käytäntö")
    assess(rated, 4, datetime.date(2024, 1, 1), sources=[evaluation])
    both = PracticeFactory(slug="molemmat", title_fi="Molemmat käytäntö")
    both.sources.set([evaluation])
    assess(both, 3, datetime.date(2024, 1, 1), sources=[evaluation])
    draft = PracticeFactory(
        slug="luonnos", status=Practice.Status.DRAFT, title_fi="Luonnoskäytäntö"
    )
    draft.sources.set([evaluation])
    return {"law": law, "evaluation": evaluation}


def slugs(params):
    return sorted(source.slug for source in SourceFilter(params, queryset=Source.objects.all()).qs)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["kotoutumislaki", "mentorointi-arvio", "seuranta", "tutkimus"]),
        ({"kind": "norm"}, ["kotoutumislaki"]),
        ({"year": "2019"}, ["mentorointi-arvio"]),
        ({"year_from": "2020"}, ["kotoutumislaki", "seuranta"]),
        ({"year_to": "2021"}, ["mentorointi-arvio", "seuranta"]),
        ({"year_from": "2020", "year_to": "2022"}, ["seuranta"]),
        ({"language": "sv"}, ["mentorointi-arvio"]),
        ({"q": "integrationslagen"}, ["kotoutumislaki"]),
        ({"q": "vertailuryhmä"}, ["mentorointi-arvio"]),
        ({"q": "EDISTÄMISESTÄ laki"}, ["kotoutumislaki"]),
        ({"q": "mentor", "kind": "norm"}, []),
    ],
)
def test_filters_narrow_the_knowledge_bank(bank, params, expected):
    assert slugs(params) == expected


def test_list_page_shows_filtered_sources_with_their_count(client, bank):
    html = client.get(url_for("practices:source-list"), {"kind": "evaluation"}).content.decode()
    assert text_of(element(html, "h2", id="results-heading")) == "1 lähde"
    assert elements(html, "a", "Mentoroinnin arviointi") and "Kotoutumislaki" not in html
    html = client.get(url_for("practices:source-list", "sv")).content.decode()
    assert text_of(element(html, "h2", id="results-heading")) == "4 källor"
    assert elements(html, "a", "Integrationslagen")
    assert elements(html, "a", "Utvärdering av mentorskap", lang="sv")


def test_list_page_has_25_sources_a_page(client, bank):
    for number in range(30):
        SourceFactory(slug=f"lisa-{number:02d}", year=2000)
    list_url = url_for("practices:source-list")
    item = re.compile(rf'<li>\s*<a href="{list_url}[-a-z0-9]+/"')
    first = client.get(list_url).content.decode()
    assert text_of(element(first, "h2", id="results-heading")) == "34 lähdettä"
    assert len(item.findall(first)) == 25
    second = client.get(list_url, {"page": "2"}).content.decode()
    assert len(item.findall(second)) == 9


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "dragon"},
        {"year": "twenty"},
        {"year": "99999999999999999999999"},
        {"year_from": "-5"},
        {"year_to": "2020.5"},
        {"language": "klingon"},
        {"q": "x" * 500},
    ],
)
def test_invalid_filter_values_give_the_page_with_a_message(client, bank, params):
    response = client.get(url_for("practices:source-list"), params)
    assert response.status_code == 200
    assert "Joitakin rajauksia ei tunnistettu" in response.content.decode()


@pytest.mark.parametrize(
    "params", [{"q": "\x01"}, {"q": "laki\x07"}, {"page": "x"}, {"page": "99"}]
)
def test_odd_search_text_and_pages_never_give_an_error(client, bank, params):
    response = client.get(url_for("practices:source-list"), params)
    assert response.status_code in (200, 404)


@pytest.mark.parametrize("extra", [0, 20])
def test_list_page_makes_a_constant_number_of_queries(
    client, bank, django_assert_num_queries, extra
):
    for number in range(extra):
        SourceFactory(slug=f"lisa-{number}", language=bank["law"].language)
    with django_assert_num_queries(3):
        # Every source made here is titled "Källa …" in Swedish: some match, whatever the number.
        response = client.get(url_for("practices:source-list"), {"q": "källa"})
    assert response.content.decode().count(">Lähde lisa-") == extra


def test_source_page_shows_the_source_and_the_published_practices_it_concerns(client, bank):
    response = client.get(url_for("practices:source-detail", slug="mentorointi-arvio"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 lang="fi">Mentoroinnin arviointi</h1>' in html
    assert "Arviointi" in html and "2019" in html and "ruotsi" in html
    assert "Vertailuryhmä osoitti vaikutuksen." in html
    assert f'href="{url_for("practices:source-file", slug="mentorointi-arvio")}"' in html
    for slug in ("nimetty", "arvioitu", "molemmat"):
        assert html.count(f'href="{url_for("practices:detail", slug=slug)}"') == 1
    assert "Luonnoskäytäntö" not in html
    assert "4 – Kohtalainen näyttö" in html


def test_source_page_in_swedish_marks_the_finnish_summary(client, bank):
    html = client.get(url_for("practices:source-detail", "sv", slug="mentorointi-arvio")).content
    html = html.decode()
    assert '<h1 lang="sv">Utvärdering av mentorskap</h1>' in html
    assert "Denna text finns endast på finska." in html
    html = client.get(url_for("practices:source-detail", "sv", slug="kotoutumislaki")).content
    html = html.decode()
    assert "Lagen om främjande av integration." in html
    assert 'href="https://www.finlex.fi/"' in html and "Eduskunta" in html


def test_unknown_source_is_not_found(client, db):
    assert client.get(url_for("practices:source-detail", slug="ei-ole")).status_code == 404


@pytest.mark.parametrize("extra", [0, 10])
def test_source_page_makes_a_constant_number_of_queries(
    client, bank, django_assert_num_queries, extra
):
    for number in range(extra):
        practice = PracticeFactory(slug=f"lisa-{number}")
        practice.sources.add(bank["evaluation"])
        assess(practice, 3, datetime.date(2024, 1, 1), sources=[bank["evaluation"]])
    with django_assert_num_queries(2):
        client.get(url_for("practices:source-detail", slug="mentorointi-arvio"))


def test_source_file_downloads_as_a_file_that_is_never_a_page(client, bank):
    response = client.get(url_for("practices:source-file", slug="mentorointi-arvio"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"


def test_file_with_an_unknown_type_is_served_as_octet_stream(client, bank):
    source = bank["law"]
    source.file.save("vanha.html", SimpleUploadedFile("vanha.html", b"<script>"), save=True)
    response = client.get(url_for("practices:source-file", slug="kotoutumislaki"))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_source_without_a_file_or_with_a_lost_file_is_not_found(client, bank):
    assert client.get(url_for("practices:source-file", slug="seuranta")).status_code == 404
    evaluation = bank["evaluation"]
    evaluation.file.storage.delete(evaluation.file.name)
    assert client.get(url_for("practices:source-file", slug="mentorointi-arvio")).status_code == 404
    assert client.get(url_for("practices:source-file", slug="ei-ole")).status_code == 404


PAGES = [
    ("fi", "practices:source-list", {}, {}),
    ("sv", "practices:source-list", {}, {"kind": "evaluation", "year_from": "2000"}),
    ("fi", "practices:source-list", {}, {"kind": "dragon"}),
    ("fi", "practices:source-detail", {"slug": "mentorointi-arvio"}, {}),
    ("sv", "practices:source-detail", {"slug": "mentorointi-arvio"}, {}),
]


@pytest.mark.parametrize(("lang", "name", "kwargs", "params"), PAGES)
def test_source_pages_are_valid_html_with_headings_in_order(
    client, bank, lang, name, kwargs, params
):
    html = client.get(url_for(name, lang, **kwargs), params).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("lang", "name", "kwargs", "params"), PAGES[:2] + PAGES[3:])
def test_source_pages_have_no_accessibility_violations(page, axe, bank, lang, name, kwargs, params):
    query = f"?{urlencode(params)}" if params else ""
    page.goto(url_for(name, lang, **kwargs) + query)
    assert axe(page) == []


def test_the_list_marks_the_searched_words_in_the_titles(client, bank):
    html = client.get(url_for("practices:source-list"), {"q": "kotoutumislain"}).content.decode()
    assert 'lang="fi"><mark>Kotoutumislaki</mark></a>' in html
    html = client.get(url_for("practices:source-list", "sv"), {"q": "integrationslag"})
    assert "<mark>Integrationslagen</mark>" in html.content.decode()


def test_a_word_typed_wrong_lists_the_sources_of_the_word_as_written(client, bank):
    html = client.get(
        url_for("practices:source-list"), {"q": "kotoutumislaik", "kind": "norm"}
    ).content.decode()
    assert "<mark>Kotoutumislaki</mark>" in html
    assert "Haulla ”kotoutumislaik” ei löytynyt mitään." in html
    html = client.get(url_for("practices:source-list"), {"q": "qxqxqxqx"}).content.decode()
    assert "0 lähdettä" in html and "Näytetään tulokset" not in html
