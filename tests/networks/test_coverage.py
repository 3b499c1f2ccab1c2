import csv
import io

import pytest
from django.utils import timezone

from networks.coverage import build_coverage
from networks.models import Municipality, PathStage
from tests.html_elements import elements, text_of

pytestmark = pytest.mark.django_db


def cell_map(coverage):
    return {
        (cell.municipality.slug, cell.stage.name_fi): (cell.finnish, cell.swedish)
        for cell in coverage.cells
    }


def test_matrix_counts_actors_per_municipality_stage_and_language(small_network):
    coverage = build_coverage(
        PathStage.objects.all(), Municipality.objects.all(), timezone.localdate()
    )
    assert cell_map(coverage) == {
        ("alfa", "Kartoitus"): (1, 0),
        ("beeta", "Kartoitus"): (1, 0),
        ("gamma", "Kartoitus"): (1, 0),
        ("alfa", "Suunnitelma"): (1, 1),
        ("beeta", "Suunnitelma"): (0, 1),
        ("gamma", "Suunnitelma"): (0, 0),
        ("alfa", "Koulu"): (0, 0),
        ("beeta", "Koulu"): (0, 0),
        ("gamma", "Koulu"): (0, 0),
    }


def test_matrix_marks_exactly_the_empty_cells(client, small_network):
    html = client.get("/fi/kattavuus/").content.decode()
    empty = {
        (cell.split('data-municipality="')[1].split('"')[0])
        + "/"
        + cell.split('data-stage="')[1].split('"')[0]
        for cell in html.split('<td class="cell--empty"')[1:]
    }
    stages = {stage.name_fi: stage.pk for stage in PathStage.objects.all()}
    assert empty == {
        f"gamma/{stages['Suunnitelma']}",
        f"alfa/{stages['Koulu']}",
        f"beeta/{stages['Koulu']}",
        f"gamma/{stages['Koulu']}",
    }
    assert html.count('<td class="cell--empty"') == 4


def test_gap_list_names_missing_services_and_languages(client, small_network):
    html = client.get("/fi/kattavuus/").content.decode()
    assert "Ei yhtään toimijaa: 4 kohdetta" in html
    assert "Ei mitään ruotsiksi: 3 kohdetta" in html
    assert "Ei mitään suomeksi: 1 kohde" in html
    assert "<li>Gamma: Työn polku – Suunnitelma (<a href=" in html


def test_matrix_filters_by_path_and_sub_region(client, small_network):
    html = client.get("/fi/kattavuus/", {"path": "lapset", "sub_region": "seutu"}).content.decode()
    assert html.count('<td class="cell--empty"') == 2
    assert "Gamma</a>" not in html
    assert "Kartoitus" not in html


def test_matrix_downloads_as_csv_with_the_same_numbers(client, small_network):
    response = client.get("/fi/kattavuus.csv", {"path": "tyo"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff") and text.splitlines()[0].count(";") == 5
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0] == [
        "Kunta",
        "Seutu",
        "Kotoutumisen polku",
        "Vaihe",
        "Toimijoita suomeksi",
        "Toimijoita ruotsiksi",
    ]
    assert ["Beeta", "Testiseutu", "Työn polku", "Suunnitelma", "0", "1"] in rows
    assert len(rows) == 1 + 3 * 2


def test_invalid_filters_on_matrix_give_a_message(client, small_network):
    response = client.get("/fi/kattavuus/", {"path": "nope", "sub_region": "\x01"})
    assert response.status_code == 200
    assert "Joitakin rajauksia ei tunnistettu" in response.content.decode()


@pytest.mark.parametrize("extra", [0, 20])
def test_matrix_makes_a_constant_number_of_queries(
    client, small_network, django_assert_num_queries, extra
):
    from networks.models import Actor, Role

    region = small_network["regions"][0]
    stage = small_network["stages"][2]
    for number in range(extra):
        Municipality.objects.create(
            slug=f"m{number}",
            name=f"M{number}",
            name_fi=f"M{number}",
            name_sv=f"M{number}",
            sub_region=region,
        )
        actor = Actor.objects.create(name=f"C{number}", name_fi=f"C{number}", slug=f"c{number}")
        actor.languages.set(small_network["languages"])
        Role.objects.create(actor=actor, stage=stage).municipalities.set(
            small_network["municipalities"]
        )
    # Stages, municipalities, the counts in one query, the filters' two choices.
    with django_assert_num_queries(5):
        client.get("/fi/kattavuus/")


def test_matrix_of_an_earlier_year_counts_the_roles_in_force_then(client, small_network):
    # The city's participation in the assessment ended in 2019.
    html = client.get("/fi/kattavuus/", {"year": "2019", "path": "tyo"}).content.decode()
    assert "Roolit voimassa 1.7.2019." in html
    cell = elements(html, "td", data_municipality="alfa", data_stage=True)[0]
    assert [text_of(abbr) for abbr in elements(cell, "abbr")] == ["FI", "SV"]
    assert text_of(cell) == "FI 2 SV 1"
