"""The open data as files (one JSON file, a CSV per kind) and its DCAT-AP catalogue."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import open_data_files
from practices.models import Practice
from tests.networks.factories import MunicipalityFactory
from tests.practices.factories import AdoptionFactory, PracticeFactory

pytestmark = pytest.mark.django_db
DOWNLOADS = "/api/v1/downloads/"


def fetch(client, name):
    response = client.get(f"{DOWNLOADS}{name}")
    assert response.status_code == 200, (name, response.status_code)
    return b"".join(response.streaming_content), response


def rows_of(content):
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with a byte-order mark
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_everything_public_comes_as_one_json_file(client, demo_content):
    PracticeFactory(slug="luonnos", status=Practice.Status.DRAFT, title_fi="SALAINEN-LUONNOS")
    content, response = fetch(client, "kotoutumisen-tietopankki.json")
    assert response["Content-Disposition"].startswith("attachment")
    document = json.loads(content)
    assert document["licence"]["name"] == "CC BY 4.0"
    published = set(Practice.objects.published().values_list("slug", flat=True))
    assert {p["slug"] for p in document["practices"]} == published
    assert "SALAINEN-LUONNOS" not in content.decode()
    assert document["municipalities"] and document["indicators"] and document["actors"]


def test_each_kind_comes_as_csv_the_portals_way(client, demo_content):
    content, response = fetch(client, "practices.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = rows_of(content)
    assert len(rows) == Practice.objects.published().count()
    first = rows[0]
    assert {"slug", "title_fi", "title_sv", "evidence_level", "themes", "page_sv"} <= set(first)
    practice = Practice.objects.get(slug=first["slug"])
    assert first["title_sv"] == practice.title_sv
    themes = set(practice.themes.values_list("slug", flat=True))
    assert set(filter(None, first["themes"].split(", "))) == themes


def test_figures_have_decimal_commas(client, demo_content):
    rows = rows_of(fetch(client, "observations.csv")[0])
    assert rows and all("." not in row["value"] for row in rows)
    assert any("," in row["value"] for row in rows)


def test_a_save_draws_the_files_again(client, demo_content):
    before = rows_of(fetch(client, "municipalities.csv")[0])
    MunicipalityFactory(slug="uusi-kunta", name_fi="Uusi kunta", name_sv="Ny kommun")
    after = rows_of(fetch(client, "municipalities.csv")[0])
    assert len(after) == len(before) + 1
    assert {"slug": "uusi-kunta", "name_fi": "Uusi kunta", "name_sv": "Ny kommun"}.items() <= next(
        row for row in after if row["slug"] == "uusi-kunta"
    ).items()


def test_an_unchanged_bank_is_not_drawn_again(client, demo_content, monkeypatch):
    fetch(client, "themes.csv")
    drawn = []
    monkeypatch.setattr(open_data_files, "draw_all", lambda *args: drawn.append(args))
    fetch(client, "themes.csv")
    fetch(client, "kotoutumisen-tietopankki.json")
    assert drawn == []


def test_an_unknown_file_is_not_found(client, db):
    assert client.get(f"{DOWNLOADS}salaisuudet.csv").status_code == 404


def test_the_catalogue_describes_every_dataset_with_working_addresses(client, demo_content):
    response = client.get("/api/v1/catalogue.jsonld")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    catalogue = response.json()
    assert catalogue["@type"] == "dcat:Catalog"
    assert {t["@language"] for t in catalogue["dct:title"]} == {"fi", "sv"}
    assert catalogue["dct:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/"
    datasets = catalogue["dcat:dataset"]
    assert {d["dct:identifier"] for d in datasets} >= {"practices", "actors", "indicators"}
    for dataset in datasets:
        titles = {t["@language"]: t["@value"] for t in dataset["dct:title"]}
        assert titles["fi"] != titles["sv"]
        for distribution in dataset["dcat:distribution"]:
            address = distribution["dcat:accessURL"]["@id"].replace("http://testserver", "")
            assert client.get(address).status_code == 200, address


def test_a_hidden_adoption_is_in_no_file(client, demo_content):
    AdoptionFactory(
        practice=Practice.objects.published().first(),
        municipality=MunicipalityFactory(slug="piilo"),
        is_published=False,
        adaptation_fi="PIILOTETTU-KAYTTOONOTTO",
    )
    for download in open_data_files.downloads():
        assert b"PIILOTETTU-KAYTTOONOTTO" not in fetch(client, download.name)[0], download.name


def test_the_files_hold_whole_records_in_constant_queries(client, demo_content):
    """A practice's steps and assessments are in the JSON file, drawn in a query per kind
    of linked record, however many practices there are."""

    def drawn():
        with CaptureQueriesContext(connection) as captured:
            content, _response = fetch(client, "kotoutumisen-tietopankki.json")
        return json.loads(content), len(captured)

    document, queries = drawn()
    assert any(p["steps"] and p["assessments"] for p in document["practices"])
    for number in range(3):
        PracticeFactory(slug=f"lisaa-{number}")
    document, more = drawn()
    assert len(document["practices"]) == Practice.objects.published().count()
    assert more == queries
