"""The practice list: filters with counts, order, pages, and what happens to odd addresses."""

import pytest
from django.urls import reverse
from django.utils import translation

from practices.filters import PracticeFilter
from practices.models import Practice
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import elements
from tests.practices.catalogue import make_catalogue, published

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(db):
    return make_catalogue()


def list_url(language="fi"):
    with translation.override(language):
        return reverse("practices:list")


def slugs(params):
    filterset = PracticeFilter(params, queryset=Practice.objects.published())
    return [practice.slug for practice in filterset.qs]


def facet(params, name):
    filterset = PracticeFilter(params, queryset=Practice.objects.published())
    facets = {facet.name: facet for facet in filterset.facets.facets}
    return {option.value: option.count for option in facets[name].options}


ALL_BY_TITLE = ["alkukartoitus", "mentorit", "verkkokurssi", "tyonantajaverkosto"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ALL_BY_TITLE),
        ({"theme": "tyollisyys"}, ["alkukartoitus", "verkkokurssi", "tyonantajaverkosto"]),
        ({"theme": ["kieli", "osallisuus"]}, ["mentorit", "verkkokurssi"]),
        ({"target_group": "nuoret"}, ["verkkokurssi"]),
        ({"target_group": ["nuoret", "kotivanhemmat"]}, ["mentorit", "verkkokurssi"]),
        ({"path": "tyo"}, ["alkukartoitus", "verkkokurssi"]),
        ({"path": "lapset"}, ["mentorit"]),
        ({"evidence": "1"}, ["alkukartoitus", "verkkokurssi", "tyonantajaverkosto"]),
        ({"evidence": "3"}, ["alkukartoitus", "verkkokurssi"]),
        ({"evidence": "5"}, ["verkkokurssi"]),
        ({"municipality": "alfa"}, ["alkukartoitus", "tyonantajaverkosto"]),
        ({"sub_region": "toinen"}, ["mentorit", "tyonantajaverkosto"]),
        ({"sub_region": "seutu"}, ["alkukartoitus", "verkkokurssi", "tyonantajaverkosto"]),
        ({"origin": "regional"}, ["alkukartoitus", "tyonantajaverkosto"]),
        ({"language": "ar"}, ["verkkokurssi"]),
        ({"language": "sv"}, ["alkukartoitus", "mentorit", "tyonantajaverkosto"]),
        ({"period": "ended"}, ["verkkokurssi"]),
        ({"period": "ongoing"}, ["alkukartoitus", "mentorit", "tyonantajaverkosto"]),
        ({"theme": "tyollisyys", "municipality": "alfa", "evidence": "3"}, ["alkukartoitus"]),
        ({"q": "verkosto", "theme": "tyollisyys"}, ["tyonantajaverkosto"]),
    ],
)
def test_each_filter_narrows_the_list(catalogue, params, expected):
    assert slugs(params) == expected


def test_the_stage_filter_finds_the_practices_at_that_stage(catalogue):
    mapping, plan, school = catalogue["stages"]
    assert slugs({"stage": str(plan.pk)}) == ["verkkokurssi"]
    assert slugs({"stage": str(school.pk)}) == ["mentorit"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ALL_BY_TITLE),
        ("newest", ["tyonantajaverkosto", "mentorit", "verkkokurssi", "alkukartoitus"]),
        ("evidence", ["verkkokurssi", "alkukartoitus", "tyonantajaverkosto", "mentorit"]),
        ("relevance", ALL_BY_TITLE),
    ],
)
def test_the_list_sorts_by_the_chosen_order(catalogue, sort, expected):
    assert slugs({"sort": sort}) == expected


def test_facet_counts_tell_the_results_each_option_would_give_with_the_other_filters(catalogue):
    assert facet({}, "theme") == {"tyollisyys": 3, "kieli": 1, "osallisuus": 1}
    # A facet's own choice does not narrow its counts; the other filters do.
    assert facet({"theme": "kieli"}, "theme") == {"tyollisyys": 3, "kieli": 1, "osallisuus": 1}
    assert facet({"theme": "tyollisyys"}, "municipality") == {"alfa": 2, "beeta": 1, "gamma": 1}
    assert facet({"theme": "tyollisyys"}, "sub_region") == {"seutu": 3, "toinen": 1}
    assert facet({"municipality": "gamma"}, "path") == {"tyo": 0, "lapset": 1}
    assert facet({}, "evidence") == {"1": 3, "2": 2, "3": 2, "4": 1, "5": 1}
    assert facet({"period": "ongoing"}, "evidence") == {"1": 2, "2": 1, "3": 1, "4": 0, "5": 0}
    assert facet({"evidence": "3"}, "period") == {"ongoing": 1, "ended": 1}
    assert facet({"q": "työnantaja"}, "origin") == {
        "regional": 1,
        "national": 0,
        "nordic": 0,
        "international": 0,
    }
    assert facet({}, "language") == {"fi": 3, "sv": 3, "ar": 1}


def test_the_page_lists_published_practices_with_counts_in_the_filter_labels(client, catalogue):
    response = client.get(list_url(), {"theme": "tyollisyys"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "3 käytäntöä" in html
    assert ">Alkukartoitus työnhakijoille</a>" in html
    assert "Järjestö mentorina" not in html
    assert 'value="tyollisyys" checked>' in html
    assert 'Työllisyys <span class="count">(3)</span></label>' in html
    assert ">Alfa (2)</option>" in html
    assert "Näyttö:" in html and "3 – Jonkin verran dokumentoitua näyttöä" in html


def test_the_swedish_page_shows_swedish_titles_and_names(client, catalogue):
    html = client.get(list_url("sv"), {"theme": "tyollisyys"}).content.decode()
    assert "3 arbetssätt" in html
    assert ">Nätverk för arbetsgivare</a>" in html
    assert 'Sysselsättning <span class="count">(3)</span>' in html


def test_a_title_only_in_the_other_language_is_marked_with_its_language(client, catalogue):
    Practice.objects.filter(slug="mentorit").update(title_sv="", summary_sv="")
    html = client.get(list_url("sv"), {"q": "mentorina"}).content.decode()
    assert 'lang="fi">Järjestö <mark>mentorina</mark></a>' in html


def test_searched_words_are_marked_in_the_results(client, catalogue):
    html = client.get(list_url(), {"q": "koulutus"}).content.decode()
    assert "<mark>Kotoutumiskoulutus</mark> verkossa</a>" in html
    assert 'value="koulutus"' in html


def test_drafts_are_never_listed_not_even_for_coordinators(client, catalogue, coordinator):
    client.force_login(coordinator)
    html = client.get(list_url(), {"q": "alkukartoitus"}).content.decode()
    assert "<mark>Alkukartoitus</mark> työnhakijoille</a>" in html
    assert "luonnoksena" not in html and "Vanha alkukartoitus" not in html
    assert "4 käytäntöä" in client.get(list_url()).content.decode()


def test_the_list_has_25_practices_a_page_and_pages_keep_the_filters(client, catalogue):
    for number in range(30):
        published(number + 100, slug=f"extra-{number}", title_fi=f"Lisä {number:02}")
    html = client.get(list_url(), {"sort": "title"}).content.decode()
    assert html.count('class="practice-result"') == 25
    assert "34 käytäntöä" in html
    assert "?sort=title&amp;page=2" in html
    second = client.get(list_url(), {"sort": "title", "page": "2"}).content.decode()
    assert second.count('class="practice-result"') == 9


def test_an_empty_result_says_so_and_offers_to_remove_filters(client, catalogue):
    html = client.get(list_url(), {"q": "xyzzy"}).content.decode()
    assert "0 käytäntöä" in html
    assert "Yksikään käytäntö ei vastaa näitä hakusanoja ja rajauksia." in html


def test_the_page_links_to_the_feed_and_to_the_csv_of_the_same_results(client, catalogue):
    html = client.get(list_url(), {"theme": "kieli", "page": "1"}).content.decode()
    with translation.override("fi"):
        csv_url = reverse("practices:export-csv")
        feed_url = reverse("practices:feed")
    assert elements(html, "link", rel="alternate", type="application/atom+xml", href=feed_url)
    assert f'href="{csv_url}?theme=kieli"' in html
    assert f'href="{feed_url}"' in html
    assert '<a class="to-results" href="#results-heading">Siirry tuloksiin</a>' in html


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "dragon"},
        {"theme": ["tyollisyys", "dragon"]},
        {"theme": "<script>"},
        {"target_group": "nuoret\x01"},
        {"path": "atlantis"},
        {"stage": "not-a-number"},
        {"stage": "99999999999999999999999"},
        {"stage": "-1"},
        {"stage": "٣"},
        {"evidence": "abc"},
        {"evidence": "9"},
        {"evidence": "-2"},
        {"evidence": ["3", "x"]},
        {"municipality": "x" * 500},
        {"sub_region": "'; DROP TABLE x; --"},
        {"origin": "mars"},
        {"language": "klingon-language-code"},
        {"period": "forever"},
        {"sort": "random"},
        {"theme": [f"t{number}" for number in range(80)]},
    ],
)
def test_invalid_filter_values_give_the_page_with_a_message_not_an_error(client, catalogue, params):
    response = client.get(list_url(), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Joitakin rajauksia ei tunnistettu, joten ne jätettiin pois:" in html
    assert "<script>" not in html.split("<main", 1)[1]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "\x01\x1f"},
        {"q": "a" * 5000},
        {"q": "' OR 1=1 --"},
        {"q": ["kieli", "työ"]},
        {"page": "9999"},
        {"page": "x"},
        {"page": "99999999999999999999999"},
    ],
)
def test_odd_search_words_and_pages_never_give_a_server_error(client, catalogue, params):
    assert client.get(list_url(), params).status_code in (200, 404)


def test_unknown_values_are_left_out_and_the_known_ones_kept(client, catalogue):
    html = client.get(list_url(), {"theme": ["kieli", "dragon"]}).content.decode()
    assert "1 käytäntö" in html
    assert "”dragon” ei ole mikään vaihtoehdoista." in html
    assert slugs({"theme": "dragon"}) == ALL_BY_TITLE


def add_practices(count, catalogue):
    mapping = catalogue["stages"][0]
    for number in range(count):
        practice = published(
            number + 50,
            slug=f"lisa-{number}",
            title_fi=f"Lisäkäytäntö {number}",
            title_sv=f"Extra praxis {number}",
            summary_fi="Työllisyys ja kieli.",
        )
        practice.stages.set([mapping])
        practice.themes.set(catalogue["practices"][0].themes.all())


@pytest.mark.parametrize("extra", [0, 30])
def test_the_list_makes_a_constant_number_of_queries(
    client, catalogue, django_assert_num_queries, extra
):
    add_practices(extra, catalogue)
    # One statement for every count and the page's ids, the options of the seven linked
    # facets, the page's practices and their themes.
    with django_assert_num_queries(10):
        client.get(list_url(), {"q": "työllisyys", "theme": "tyollisyys", "evidence": "1"})
    with django_assert_num_queries(10):
        client.get(list_url())
    # Until the content changes, the filters, results and pages come from the cache.
    with django_assert_num_queries(0):
        client.get(list_url())


@pytest.mark.parametrize("extra", [0, 30])
def test_the_list_makes_a_constant_number_of_queries_for_a_coordinator_too(
    client, catalogue, coordinator, django_assert_max_num_queries, extra
):
    add_practices(extra, catalogue)
    client.force_login(coordinator)
    # The session and the user besides the page's own ten.
    with django_assert_max_num_queries(12):
        client.get(list_url(), {"q": "kieli", "municipality": "alfa", "sort": "evidence"})


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(
    "params", [{}, {"q": "koulutus", "theme": "kieli"}, {"theme": "dragon", "stage": "x"}]
)
def test_the_list_page_is_valid_html_with_headings_in_order(client, catalogue, language, params):
    response = client.get(list_url(language), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert_valid_html(html)
    assert_document_structure(html)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "url", [list_url("fi") + "?q=koulutus&theme=dragon", list_url("sv") + "?evidence=3"]
)
def test_the_list_page_has_no_accessibility_violations(page, axe, url):
    make_catalogue()
    page.goto(url)
    assert axe(page) == []
