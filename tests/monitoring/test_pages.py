"""The monitoring pages: the list of indicators, an indicator's chart, table and CSV, and the
figures on a municipality's page; example figures are said to be examples on each."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from pytest_django.asserts import assertInHTML

from monitoring.figures import rounded
from monitoring.models import Indicator
from networks.models import Municipality, SubRegion
from practices.models import Theme
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import elements, text_of
from tests.monitoring.conftest import make_indicator, observe
from tests.networks.factories import PathStageFactory
from tests.practices.factories import PracticeFactory, url_for
from tests.translated import translated

pytestmark = pytest.mark.django_db

POINT = re.compile(
    r'<g class="point" data-period="([^"]+)" data-value="([^"]+)">.*?<title>[^<]*: ([^<]+)</title>'
)


@pytest.fixture
def figures(region):
    """The employment rate for 2019–2023 in the region, Alfa and the north; 2021 is missing
    for Alfa. The unemployed (example figures) by quarter in the region."""
    rate, unemployed = region["indicators"]
    alfa, beeta, _gamma = region["municipalities"]
    north, _south = region["sub_regions"]
    for year, value in zip(range(2019, 2024), ["55.5", "54", "57.25", "60", "61.5"], strict=True):
        observe(rate, year, value)
        observe(rate, year, Decimal(value) + 2, sub_region=north)
        if year != 2021:
            observe(rate, year, Decimal(value) - 3, municipality=alfa)
    observe(rate, 2023, "70", municipality=beeta, note_fi="Ennakkotieto", note_sv="Preliminär")
    for quarter, value in enumerate([900, 1200, 1100, 1000], start=1):
        observe(unemployed, 2024, value, month=3 * quarter - 2, period_kind="quarter")
    return region


def detail(client, slug, lang="fi", query=""):
    response = client.get(url_for("monitoring:indicator-detail", lang, slug=slug) + query)
    assert response.status_code == 200
    return response.content.decode()


def table_values(html):
    """The figures table: {(row header, column header): text}."""
    table = html[html.index('<table class="figures-table">') : html.index("</table>")]
    headers = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', table)[1:]
    values = {}
    for row in re.findall(r"<tr>\s*<th scope=\"row\">([^<]+)</th>(.*?)</tr>", table, re.S):
        label, cells = row
        for header, cell in zip(
            headers, re.findall(r"<td[^>]*>(.*?)</td>", cells, re.S), strict=True
        ):
            found = re.search(r'<span class="figure-value">([^<]+)</span>', cell)
            values[(label, header)] = found.group(1) if found else None
    return values


def points_by_series(html):
    svg = html[html.index("<svg") : html.index("</svg>")]
    result = {}
    for part in svg.split('<g class="series" data-series="')[1:]:
        key = part[: part.index('"')]
        result[key] = POINT.findall(part.split('<g class="legend">')[0])
    return result


def test_the_chart_has_one_point_per_observation_and_matches_the_table(client, figures):
    html = detail(
        client, "tyollisyysaste", query="?compare=1&sub_region=pohjoinen&municipality=alfa"
    )
    points = points_by_series(html)
    alfa = figures["municipalities"][0]
    north = figures["sub_regions"][0]
    assert list(points) == ["region", f"sub_region-{north.pk}", f"municipality-{alfa.pk}"]
    assert [period for period, _value, _shown in points["region"]] == [
        "2019",
        "2020",
        "2021",
        "2022",
        "2023",
    ]
    assert len(points[f"municipality-{alfa.pk}"]) == 4
    assert sum(len(p) for p in points.values()) == 5 + 5 + 4
    table = table_values(html)
    columns = {
        "region": "Pohjanmaa",
        f"sub_region-{north.pk}": "Pohjoinen seutu",
        f"municipality-{alfa.pk}": "Alfa",
    }
    shown = {(row, column) for (row, column), value in table.items() if value is not None}
    assert len(shown) == 14
    for key, series_points in points.items():
        for period, value, shown in series_points:
            text = table[(period, columns[key])]
            assert text == shown
            assert Decimal(text.replace(",", ".")) == rounded(value, 1)
    assert table[("2021", "Alfa")] is None


def test_the_chart_is_a_titled_described_picture_with_axes_a_unit_and_a_legend(client, figures):
    html = detail(client, "tyollisyysaste", query="?compare=1&municipality=alfa")
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img" aria-labelledby="indicator-chart-title"' in svg
    assert 'aria-describedby="indicator-chart-desc"' in svg
    assert '<title id="indicator-chart-title">Työllisyysaste</title>' in svg
    assert re.search(r'<desc id="indicator-chart-desc">[^<]*2019[^<]*2023[^<]*Alfa', svg)
    assert ">%</text>" in svg  # the unit over the y axis
    assert [int(y) for y in re.findall(r'class="x-tick">(\d+)<', svg)] == list(range(2019, 2024))
    assert len(re.findall(r'class="y-tick"', svg)) >= 3
    legend = svg[svg.index('<g class="legend">') :]
    assert "Pohjanmaa" in legend and "Alfa" in legend
    # Told apart without colour: each series its own dash pattern and marker shape.
    dashes = [line.split("stroke-dasharray=")[-1] for line in legend.split("<line")[1:]]
    assert len(set(dashes)) == 2
    assert "<circle" in legend and "<path" in legend


@pytest.mark.parametrize(
    ("values", "labels"),
    [
        (["0.1", "0.6", "1.2"], ["0,00", "0,25", "0,50", "0,75", "1,00", "1,25"]),
        (["1", "6", "12"], ["0,0", "2,5", "5,0", "7,5", "10,0", "12,5"]),
        (["100", "600", "1200"], ["0", "250", "500", "750", "1\xa0000", "1\xa0250"]),
        (["0.1", "0.4", "0.9"], ["0,0", "0,2", "0,4", "0,6", "0,8", "1,0"]),
    ],
)
def test_the_y_axis_labels_show_the_steps_decimals(client, region, values, labels):
    indicator = make_indicator("osuus", region["theme"], region["source"], decimals=2)
    for year, value in enumerate(values, start=2020):
        observe(indicator, year, value)
    html = detail(client, "osuus")
    wide, narrow = re.findall(r"<svg.*?</svg>", html, re.S)
    # Both drawings, the wide one and a phone's, label the same steps.
    assert re.findall(r'class="y-tick">([^<]+)<', wide) == labels
    assert re.findall(r'class="y-tick">([^<]+)<', narrow) == labels


def test_names_only_in_finnish_are_marked_finnish_on_the_swedish_pages(client, figures):
    Indicator.objects.filter(slug="tyollisyysaste").update(name_sv="")
    SubRegion.objects.filter(slug="pohjoinen").update(name_sv="")
    Theme.objects.filter(slug="tyollisyys").update(name_sv="")
    finnish_name = '<span lang="fi">Työllisyysaste</span>'
    html = detail(client, "tyollisyysaste", "sv")
    assertInHTML(f"<h1>{finnish_name}</h1>", html)
    assertInHTML('<span aria-current="page" lang="fi">Työllisyysaste</span>', html)
    assertInHTML('<dd><span lang="fi">Työllisyys</span></dd>', html)
    assertInHTML('<th scope="col" class="numeric" lang="fi">Pohjoinen seutu</th>', html)
    assertInHTML('<th scope="col" class="numeric">Österbotten</th>', html)
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert '<title id="indicator-chart-title" lang="fi">Työllisyysaste</title>' in svg
    assert re.search(r'<text [^>]*font-weight="bold" lang="fi">Työllisyysaste</text>', svg)
    legend = svg[svg.index('<g class="legend">') :]
    assert re.search(r'<text [^>]* lang="fi">Pohjoinen seutu</text>', legend)
    assert re.search(r'<text [^>]*dominant-baseline="middle">Österbotten</text>', legend)
    other = detail(client, "tyottomat", "sv")
    assertInHTML(f'<li><a href="/sv/indikatorer/tyollisyysaste/">{finnish_name}</a></li>', other)
    listing = client.get(url_for("monitoring:indicator-list", "sv")).content.decode()
    assertInHTML(f'<a href="/sv/indikatorer/tyollisyysaste/">{finnish_name}</a>', listing)
    assertInHTML(
        '<h2 id="theme-tyollisyys-heading"><span lang="fi">Työllisyys</span></h2>', listing
    )
    municipality = client.get(url_for("networks:municipality-detail", "sv", slug="alfa"))
    assert f">{finnish_name}</a>" in municipality.content.decode()
    assert "<h1>Työllisyysaste</h1>" in detail(client, "tyollisyysaste", "fi")


def test_a_missing_year_breaks_the_line_instead_of_bridging_it(client, figures):
    alfa = figures["municipalities"][0]
    html = detail(client, "tyollisyysaste", query="?compare=1&municipality=alfa")
    svg = html[html.index("<svg") : html.index("</svg>")]
    alfa_series = svg.split(f'data-series="municipality-{alfa.pk}">')[1].split('<g class="point"')[
        0
    ]
    assert alfa_series.count("<path") == 2


def test_quarters_are_drawn_and_listed_in_order(client, figures):
    html = detail(client, "tyottomat")
    points = points_by_series(html)["region"]
    assert [period for period, _value, _shown in points] == [
        "2024-Q1",
        "2024-Q2",
        "2024-Q3",
        "2024-Q4",
    ]
    table = table_values(html)
    assert table[("2024, 2. neljännes", "Pohjanmaa")] == "1\xa0200"


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("fi", ["Esimerkkilukuja, ei oikeita tilastoja", "Pohjanmaa"]),
        ("sv", ["Exempelsiffror, inte verklig statistik", "Österbotten"]),
    ],
)
def test_example_figures_are_said_to_be_examples_on_the_page_and_in_the_chart(
    client, figures, lang, texts
):
    html = detail(client, "tyottomat", lang)
    for text in texts:
        assert text in html
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert texts[0] in svg
    assert texts[0] not in detail(client, "tyollisyysaste", lang)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fi", "Tämän sivun esimerkkiluvut"), ("sv", "Exempelsiffrorna på den här sidan")],
)
def test_every_page_with_example_figures_gives_the_same_notice_once(client, figures, lang, words):
    with translation.override(lang):
        notice = render_to_string("monitoring/includes/example_notice.html").strip()
    assert words in notice
    pages = [
        url_for("monitoring:indicator-list", lang),
        url_for("monitoring:indicator-detail", lang, slug="tyottomat"),
        url_for("networks:municipality-detail", lang, slug="alfa"),
    ]
    for page in pages:
        assert client.get(page).content.decode().count(notice) == 1
    assert notice not in detail(client, "tyollisyysaste", lang)


def test_the_region_is_shown_with_its_sub_regions_before_anyone_chooses(client, figures):
    points = points_by_series(detail(client, "tyollisyysaste"))
    north, south = figures["sub_regions"]
    assert list(points) == ["region", f"sub_region-{north.pk}"]  # the south has no figures


def test_the_compare_form_is_labelled_and_keeps_the_choices(client, figures):
    html = detail(client, "tyollisyysaste", query="?compare=1&municipality=beeta")
    beeta = 'name="municipality" value="beeta" id="compare-municipality-beeta" checked'
    assertInHTML(f'<input type="checkbox" {beeta}>', html)
    assertInHTML('<label for="compare-municipality-beeta">Beeta</label>', html)
    assert [text_of(legend) for legend in elements(html, "legend")] == [
        "Seudut",
        "Kunnat: Eteläinen seutu",
        "Kunnat: Pohjoinen seutu",
    ]
    pohjoinen = 'name="sub_region" value="pohjoinen" id="compare-sub-region-pohjoinen"'
    assertInHTML(f'<input type="checkbox" {pohjoinen}>', html)  # not checked


@pytest.mark.parametrize(
    "query",
    [
        "?municipality=helsinki",
        "?municipality=%3Cscript%3E&sub_region=",
        "?sub_region=" + "x" * 5000,
        "?" + "&".join(f"municipality=m{i}" for i in range(500)),
        "?compare=&municipality=alfa&municipality=alfa",
        "?municipality[]=alfa&year=abc",
    ],
)
def test_bad_choices_are_left_out_and_explained_never_an_error(client, figures, query):
    html = detail(client, "tyollisyysaste", query=query)
    assert "<svg" in html
    assert "<script>" not in html


def test_an_unknown_area_is_named_in_the_notice(client, figures):
    html = detail(client, "tyollisyysaste", query="?municipality=helsinki&municipality=alfa")
    assert "helsinki" in html and "jätetään pois" in html
    assert list(points_by_series(html))[1:] == [f"municipality-{figures['municipalities'][0].pk}"]


def test_at_most_five_areas_are_compared_with_the_region(client, figures):
    south = figures["sub_regions"][1]
    Municipality.objects.create(
        slug="delta", sub_region=south, **translated(name_fi="Delta", name_sv="Deltaby")
    )
    chosen = ["sub_region=pohjoinen", "sub_region=etela"]
    chosen += [f"municipality={slug}" for slug in ("alfa", "beeta", "gamma", "delta")]
    html = detail(client, "tyollisyysaste", query="?" + "&".join(chosen))
    assert len(elements(html, "th", scope="col", class_="numeric")) == 1 + 5
    assert "Enintään 5 aluetta" in html
    delta = 'name="municipality" value="delta" id="compare-municipality-delta"'
    assertInHTML(f'<input type="checkbox" {delta}>', html)  # not checked


def test_an_indicator_without_figures_says_so_and_draws_nothing(client, region):
    make_indicator("tyhja", region["theme"], region["source"])
    html = detail(client, "tyhja")
    assert "<svg" not in html and "<table" not in html
    assert "Tälle indikaattorille ei ole vielä tuotu lukuja." in html


def test_an_unknown_indicator_is_404(client, region):
    assert client.get(url_for("monitoring:indicator-detail", slug="ei-ole")).status_code == 404


def csv_rows(response):
    """The rows of a download as Finnish and Swedish Excel read them: semicolons between."""
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_the_csv_holds_the_shown_figures(client, figures):
    query = "?compare=1&municipality=alfa"
    rows = csv_rows(client.get(url_for("monitoring:indicator-csv", slug="tyollisyysaste") + query))
    assert rows[0] == [
        "Indikaattori",
        "Alue",
        "Kausi",
        "Arvo",
        "Yksikkö",
        "Huomautus",
        "Esimerkkilukuja, ei oikeita tilastoja",
    ]
    assert len(rows) == 1 + 5 + 4
    assert ["Työllisyysaste", "Alfa", "2023", "58,5", "%", "", "ei"] in rows
    html = detail(client, "tyollisyysaste", query=query)
    assert 'luvut.csv?compare=1&amp;municipality=alfa"' in html


def test_the_csv_writes_negative_figures_as_numbers_and_text_that_would_run_as_text(
    client, figures
):
    rate = figures["indicators"][0]
    observe(rate, 2024, "-2.5", note_fi="=HYPERLINK(1)", note_sv="-preliminär")
    response = client.get(url_for("monitoring:indicator-csv", slug="tyollisyysaste"))
    assert ";2024;-2,5;%;'=HYPERLINK(1);ei\r\n" in response.content.decode("utf-8-sig")
    swedish = csv_rows(client.get(url_for("monitoring:indicator-csv", "sv", slug="tyollisyysaste")))
    assert ["Sysselsättningsgrad", "Österbotten", "2024", "-2,5", "%", "'-preliminär", "nej"] in (
        swedish
    )


def test_the_csv_of_example_figures_says_so_on_each_row(client, figures):
    rows = csv_rows(client.get(url_for("monitoring:indicator-csv", "sv", slug="tyottomat")))
    assert {row[-1] for row in rows[1:]} == {"ja"}
    assert ["Arbetslösa", "Österbotten", "2024-Q2", "1200", "personer", "", "ja"] in rows


def add_many(region, count):
    """More indicators, areas' figures and years: the page's queries must not grow."""
    rate = region["indicators"][0]
    alfa, beeta, gamma = region["municipalities"]
    for year in range(1990, 1990 + count):
        for municipality in (alfa, beeta, gamma):
            observe(rate, year, year % 50, municipality=municipality)
        observe(rate, year, year % 40)
    for number in range(count):
        make_indicator(f"lisa-{number}", region["theme"], region["source"])


@pytest.mark.parametrize("count", [1, 12])
def test_the_pages_make_a_constant_number_of_queries(
    client, region, count, django_assert_num_queries
):
    add_many(region, count)
    rate = Indicator.objects.get(slug="tyollisyysaste")
    for number in range(count):
        rate.practices.add(PracticeFactory(slug=f"tavoittelee-{number}"))
        rate.stages.add(PathStageFactory())
    query = "?compare=1&municipality=alfa&municipality=beeta&sub_region=pohjoinen"
    with django_assert_num_queries(2):
        client.get(url_for("monitoring:indicator-list"))
    # …then the stages it follows, the strongest practices aiming at it and their count,
    # the priorities it follows and the commitments.
    with django_assert_num_queries(10):
        client.get(url_for("monitoring:indicator-detail", slug="tyollisyysaste") + query)
    with django_assert_num_queries(4):
        client.get(url_for("monitoring:indicator-csv", slug="tyollisyysaste") + query)
    # The monitoring figures, the adoptions, the gaps (stages and counts), the commitments.
    with django_assert_num_queries(9):
        client.get(url_for("networks:municipality-detail", slug="alfa"))


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_list_shows_each_indicator_with_the_regions_latest_figure(client, figures, lang):
    html = client.get(url_for("monitoring:indicator-list", lang)).content.decode()
    rate = "Työllisyysaste" if lang == "fi" else "Sysselsättningsgrad"
    assert (
        f'<a href="{url_for("monitoring:indicator-detail", lang, slug="tyollisyysaste")}">'
        f"{rate}</a>" in html
    )
    assert "61,5 %" in html
    example = "esimerkkilukuja" if lang == "fi" else "exempelsiffror"
    assert example in html.casefold()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", ["noussut 1,5 edellisestä luvusta (2022): parempaan suuntaan"]),
        ("sv", ["ökat med 1,5 från föregående siffra (2022): till det bättre"]),
    ],
)
def test_the_trend_is_told_in_words_with_better_or_worse(client, figures, lang, words):
    html = client.get(url_for("monitoring:indicator-list", lang)).content.decode()
    for text in words:
        assert text in html


def test_the_municipality_page_shows_the_latest_figure_and_trend_beside_the_regions(
    client, figures
):
    html = client.get(url_for("networks:municipality-detail", slug="alfa")).content.decode()
    section = html[html.index('aria-labelledby="monitoring-heading"') :]
    rows = {
        name: row
        for row in section.split("<tr>")
        for name in ("Työllisyysaste", "Työttömät")
        if f">{name}</a>" in row
    }
    row = rows["Työllisyysaste"]
    assert "58,5 %" in row and "(2023)" in row  # Alfa's latest
    assert "61,5 %" in row  # the region's latest beside it
    assert "noussut 1,5 edellisestä luvusta (2022): parempaan suuntaan" in row
    worse = rows["Työttömät"]
    assert "ei lukuja" in worse.split("<td>")[1]  # no figures for Alfa
    assert "laskenut 100 edellisestä luvusta (2024, 3. neljännes): parempaan suuntaan" in worse
    assert "esimerkkilukuja" in section.casefold()
    assert (
        'href="/fi/indikaattorit/tyollisyysaste/?compare=1&amp;municipality=alfa&amp;sub_region=pohjoinen"'
        in row
    )


def test_a_municipality_without_figures_says_so(client, region):
    html = client.get(url_for("networks:municipality-detail", "sv", slug="gamma")).content.decode()
    assert "Det finns ännu inga uppföljningsdata för kommunen." in html


@pytest.mark.parametrize(
    "name, kwargs",
    [
        ("monitoring:indicator-list", {}),
        ("monitoring:indicator-detail", {"slug": "tyollisyysaste"}),
        ("monitoring:indicator-detail", {"slug": "tyottomat"}),
        ("networks:municipality-detail", {"slug": "alfa"}),
    ],
)
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_pages_are_valid_html_with_headings_in_order(client, figures, name, kwargs, lang):
    html = client.get(url_for(name, lang, **kwargs)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)


def test_indicators_are_in_the_sitemap_in_both_languages(client, figures):
    content = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/fi/indikaattorit/tyollisyysaste/" in content
    assert "http://testserver/sv/indikatorer/tyollisyysaste/" in content
    assert "http://testserver/fi/indikaattorit/</loc>" in content


def test_the_site_search_finds_indicators_in_both_languages(client, figures):
    html = client.get("/sv/sok/?q=arbetslösa").content.decode()
    assert '<a href="/sv/indikatorer/tyottomat/"><mark>Arbetslösa</mark></a>' in html
    assert "exempelsiffror" in html.casefold()


def test_the_home_page_and_the_navigation_lead_to_monitoring(client, region):
    html = client.get("/fi/").content.decode()
    assert html.count('href="/fi/indikaattorit/"') == 2


def test_indicators_have_their_own_address(region):
    assert region["indicators"][0].get_absolute_url() == "/fi/indikaattorit/tyollisyysaste/"
    assert Indicator.objects.count() == 2


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fi", ("indikaattorit", "luvut.csv")), ("sv", ("indikatorer", "siffror.csv"))],
)
def test_the_indicator_pages_kept_their_public_addresses_when_monitoring_became_an_app(
    client, figures, lang, words
):
    listing, table = words
    slug = figures["indicators"][0].slug
    for path, name, kwargs in (
        (f"/{lang}/{listing}/", "monitoring:indicator-list", {}),
        (f"/{lang}/{listing}/{slug}/", "monitoring:indicator-detail", {"slug": slug}),
        (f"/{lang}/{listing}/{slug}/{table}", "monitoring:indicator-csv", {"slug": slug}),
    ):
        with translation.override(lang):
            assert reverse(name, kwargs=kwargs) == path
        assert client.get(path).status_code == 200, path


def test_the_indicator_lists_the_ten_strongest_practices_of_many_and_says_so(client, region):
    rate = region["indicators"][0]
    for number in range(12):
        rate.practices.add(PracticeFactory(slug=f"k{number:02}", title_fi=f"Käytäntö {number:02}"))
    html = detail(client, "tyollisyysaste")
    assert html.count("Käytäntö ") == 10
    assert "ensimmäiset 10 käytäntöä 12 käytännöstä" in html
