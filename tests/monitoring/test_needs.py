"""A municipality's needs: its lagging indicators and gaps, each with ranked practices, as a
page (printable) and as CSV; reached from the municipality's page."""

import csv
import io
from decimal import Decimal

import pytest
from django.utils import translation

from practices.models import Practice
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import element, elements, text_of
from tests.links_both_ways import commit_to
from tests.monitoring.conftest import observe
from tests.networks.factories import IntegrationPathFactory, PathStageFactory
from tests.practices.factories import AdoptionFactory, PracticeFactory, url_for

pytestmark = pytest.mark.django_db


def aiming(indicator, slug, level):
    practice = PracticeFactory(slug=slug, title_fi=f"K {slug}", title_sv=f"P {slug}")
    Practice.objects.filter(pk=practice.pk).update(evidence_level=level)
    indicator.practices.add(practice)
    return practice


@pytest.fixture
def needs(region):
    """Alfa's employment rate lags the region's in 2023; its unemployed (lower is better)
    rose in the last quarter, away from the 800 its party committed to; Beeta is ahead.
    A stage nobody serves is a gap in both languages."""
    rate, unemployed = region["indicators"]
    alfa, beeta, _gamma = region["municipalities"]
    for year, value in ((2022, "60"), (2023, "61.5")):
        observe(rate, year, value)
        observe(rate, year, Decimal(value) - 3, municipality=alfa)
        observe(rate, year, Decimal(value) + 5, municipality=beeta)
    for quarter, own, whole in ((3, 1000, 1200), (4, 1100, 1150)):
        month = 3 * quarter - 2
        observe(unemployed, 2024, whole, month=month, period_kind="quarter")
        observe(unemployed, 2024, own, municipality=alfa, month=month, period_kind="quarter")
    weak = aiming(rate, "heikko", 2)
    strong = aiming(rate, "vahva", 4)
    AdoptionFactory(practice=weak, municipality=beeta)
    guidance = aiming(unemployed, "ohjaus", 3)
    commit_to(guidance, "Työttömiä vähemmän.", indicator=unemployed, target=800, municipality=alfa)
    # A target of the other sub-region's is not Alfa's.
    commit_to(
        guidance, "Etelässä.", indicator=unemployed, target=700, sub_region=region["sub_regions"][1]
    )
    stage = PathStageFactory(
        path=IntegrationPathFactory(slug="polku", name_fi="Polku", name_sv="Vägen"),
        name_fi="Koulu",
        name_sv="Skola",
    )
    schooling = PracticeFactory(slug="koulu", title_fi="K koulu", title_sv="P koulu")
    schooling.stages.add(stage)
    return {"strong": strong, "weak": weak, "guidance": guidance, "stage": stage}


def needs_page(client, lang="fi", slug="alfa"):
    response = client.get(url_for("monitoring:municipality-needs", lang, slug=slug))
    assert response.status_code == 200
    return response.content.decode()


def need_items(html):
    return list(element(html, "ol", class_="needs"))


def titles(item):
    return [text_of(heading) for heading in elements(item, "h2")]


def test_lagging_indicators_and_gaps_are_listed_with_why(client, needs):
    html = needs_page(client)
    items = need_items(html)
    listed = [titles(item)[0] for item in items]
    assert listed[:2] == ["Työllisyysaste", "Työttömät"]
    assert "Polku – Koulu: kukaan ei palvele sitä suomeksi" in listed
    assert "Polku – Koulu: kukaan ei palvele sitä ruotsiksi" in listed
    rate_why = text_of(items[0])
    assert "58,5 % täällä, koko alueella 61,5 % (2023)" in rate_why
    unemployed_why = text_of(items[1])
    assert "Etääntyy tavoitteesta 800 henkilöä alueella Alfa" in unemployed_why


def test_a_worsening_figure_moves_away_from_the_regions_target_too(client, needs, region):
    unemployed = region["indicators"][1]
    commit_to(needs["guidance"], "Koko alue.", indicator=unemployed, target=900)
    why = text_of(need_items(needs_page(client))[1])
    assert "Etääntyy tavoitteesta 900 henkilöä alueella Pohjanmaa" in why
    assert "700 henkilöä" not in why


def test_a_worse_figure_still_beyond_its_target_moves_away_from_nothing(client, needs, region):
    # Alfa's unemployed rose from 1,000 to 1,100: still under a target of 1,200.
    unemployed = region["indicators"][1]
    commit_to(needs["guidance"], "Väljä.", indicator=unemployed, target=1200)
    why = text_of(need_items(needs_page(client))[1])
    assert "800 henkilöä" in why
    assert "1 200 henkilöä" not in why


def test_a_municipality_ahead_of_the_region_has_no_indicator_need(client, needs):
    listed = [titles(item)[0] for item in need_items(needs_page(client, slug="beeta"))]
    assert "Työllisyysaste" not in listed


def test_each_need_ranks_the_practices_that_aim_at_it(client, needs):
    rate = need_items(needs_page(client))[0]
    ranked = element(rate, "ol", class_="ranked-practices")
    assert [text_of(link) for link in elements(ranked, "a") if "K " in text_of(link)] == [
        "K vahva",
        "K heikko",
    ]
    assert "Käytössä 1 kunnassa seudulla Pohjoinen seutu: Beeta." in text_of(ranked)


def test_a_practice_the_municipality_uses_already_says_so_on_the_page_and_in_the_csv(
    client, needs, region
):
    alfa = region["municipalities"][0]
    AdoptionFactory(practice=needs["weak"], municipality=alfa)
    rate = need_items(needs_page(client))[0]
    options = list(element(rate, "ol", class_="ranked-practices"))
    assert [text_of(element(option, "ul", class_="reasons")[0]) for option in options] == [
        "Näyttö: 4 – Kohtalainen näyttö.",
        "Jo käytössä kunnassa Alfa.",
    ]
    response = client.get(url_for("monitoring:municipality-needs-csv", "sv", slug="alfa"))
    rows = list(
        csv.reader(io.StringIO(response.content.decode().removeprefix("\ufeff")), delimiter=";")
    )
    (weak_row,) = [row for row in rows if row[3] == "P heikko"]
    assert weak_row[5].startswith("Används redan i ")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_needs_page_is_valid_in_both_languages_and_reached_from_the_municipality(
    client, needs, lang
):
    html = needs_page(client, lang)
    assert_valid_html(html)
    assert_document_structure(html)
    assert f'<html lang="{lang}">' in html
    municipality = client.get(url_for("networks:municipality-detail", lang, slug="alfa"))
    needs_url = url_for("monitoring:municipality-needs", lang, slug="alfa")
    assert needs_url in {link.get("href") for link in elements(municipality.content.decode(), "a")}


def test_the_needs_download_as_csv_with_one_row_per_practice(client, needs):
    response = client.get(url_for("monitoring:municipality-needs-csv", "sv", slug="alfa"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0][0] == "Behov"
    rate_rows = [row for row in rows if row[0] == "Sysselsättningsgrad"]
    assert [row[3] for row in rate_rows] == ["P vahva", "P heikko"]
    assert [row[2] for row in rate_rows] == ["1", "2"]


def test_an_unknown_municipality_is_page_not_found(client, needs):
    with translation.override("fi"):
        assert (
            client.get(url_for("monitoring:municipality-needs", slug="ei-ole")).status_code == 404
        )


@pytest.mark.parametrize("extra", [0, 10])
def test_the_needs_page_makes_a_constant_number_of_queries(
    client, needs, region, django_assert_num_queries, extra
):
    rate, unemployed = region["indicators"]
    beeta = region["municipalities"][1]
    for number in range(extra):
        AdoptionFactory(practice=aiming(rate, f"lisa-{number}", 1), municipality=beeta)
        aiming(unemployed, f"toinen-{number}", 3).stages.add(needs["stage"])
    # The municipality; the observations and the signed targets; the stages and their
    # counts; the most promising practices of the indicators, of the gaps in Finnish and
    # of those in Swedish; the places that use them.
    with django_assert_num_queries(9):
        needs_page(client)
