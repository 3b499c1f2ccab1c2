"""Coordinators import monitoring data in the admin: upload, result, template and format,
in Finnish and in Swedish, and never a server error whatever the file."""

import io
import re
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from monitoring.models import Indicator, Observation
from networks.models import Municipality
from portal.table_files import ADMIN_LIMITS
from tests.monitoring.conftest import (
    csv_upload,
    upload,
    xlsx_reaching,
    xlsx_upload,
    xlsx_with_broken_part,
)
from tests.monitoring.test_import import BAD_FILES, VALID

pytestmark = pytest.mark.django_db


def url(name, language="fi"):
    with translation.override(language):
        return reverse(f"admin:monitoring_observation_{name}")


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def post(client, file, language="fi", **data):
    return client.post(url("import", language), {"file": file, **data})


@pytest.mark.parametrize(
    ("language", "imported"),
    [("fi", "Uusia havaintoja 6,"), ("sv", "Nya observationer 6,")],
)
def test_a_valid_file_is_imported_and_the_counts_are_shown(
    coordinator_client, region, language, imported
):
    response = post(coordinator_client, csv_upload(VALID), language)
    assert response.status_code == 200
    assert imported in response.content.decode()
    assert Observation.objects.count() == 6


@pytest.mark.parametrize(
    ("language", "line_word", "nothing"),
    [("fi", "Rivi", "Mitään ei tuotu."), ("sv", "Rad", "Ingenting importerades.")],
)
def test_bad_rows_are_listed_with_their_line_numbers_and_nothing_is_imported(
    coordinator_client, region, language, line_word, nothing
):
    text = VALID + "tyollisyysaste;helsinki;2023;1;;\ntyollisyysaste;alfa;2023;x;;\n"
    response = post(coordinator_client, csv_upload(text), language)
    html = response.content.decode()
    assert response.status_code == 200
    assert nothing in html
    assert f'<th scope="col">{line_word}</th>' in html
    assert re.search(r'<tr>\s*<th scope="row">8</th>\s*<td>', html)
    assert re.search(r'<tr>\s*<th scope="row">9</th>\s*<td>', html)
    assert "helsinki" in html
    assert Observation.objects.count() == 0


def test_a_second_upload_of_the_same_file_reports_every_row_unchanged(coordinator_client, region):
    post(coordinator_client, csv_upload(VALID))
    html = post(coordinator_client, csv_upload(VALID)).content.decode()
    assert "Uusia havaintoja 0, päivitettyjä 0, ennallaan pysyneitä 6." in html


def test_a_changed_value_is_listed_with_its_old_and_new_value(coordinator_client, region):
    post(coordinator_client, csv_upload(VALID))
    html = post(coordinator_client, csv_upload(VALID.replace("61,5", "62,75"))).content.decode()
    assert "<td>61,5</td><td>62,75</td>" in html


def test_a_dry_run_checks_the_file_and_imports_nothing(coordinator_client, region):
    html = post(coordinator_client, csv_upload(VALID), dry_run="on").content.decode()
    assert "Jos tiedosto tuodaan: uusia havaintoja 6," in html
    assert Observation.objects.count() == 0


def test_an_excel_workbook_is_imported_in_the_admin(coordinator_client, region):
    rows = [["indicator", "area", "period", "value"], ["tyottomat", "gamma", "2024-Q3", 12]]
    response = post(coordinator_client, xlsx_upload(rows))
    assert response.status_code == 200
    assert Observation.objects.get().value == 12


@pytest.mark.parametrize("case", BAD_FILES)
def test_any_bad_file_gets_a_message_not_a_server_error(coordinator_client, region, case):
    make_file, _english = BAD_FILES[case]
    response = post(coordinator_client, make_file())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mitään ei tuotu." in html
    assert Observation.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Tiedostoa ei voi lukea Excel-työkirjana (.xlsx)"),
        ("sv", "Filen kan inte läsas som en Excel-arbetsbok (.xlsx)"),
    ],
)
def test_a_workbook_with_broken_xml_inside_is_called_damaged(
    coordinator_client, region, language, message
):
    broken = upload("observations.xlsx", xlsx_with_broken_part("xl/styles.xml"))
    response = post(coordinator_client, broken, language)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Observation.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", "Laskentataulukko ulottuu soluun XFD1048576 asti"),
        ("sv", "Kalkylbladet når ända till cell XFD1048576"),
    ],
)
def test_a_small_workbook_reaching_the_last_cell_is_refused_at_once(
    coordinator_client, region, language, message, rows_read
):
    response = post(coordinator_client, upload("luvut.xlsx", xlsx_reaching("XFD1048576")), language)
    assert rows_read == []
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Observation.objects.count() == 0


def test_a_file_over_the_size_limit_is_refused_with_the_limit(coordinator_client, region):
    big = upload("big.csv", b"x" * (ADMIN_LIMITS.max_bytes + 1))
    html = post(coordinator_client, big, "sv").content.decode()
    assert "högst 5 MB" in html


def test_the_form_without_a_file_asks_for_one(coordinator_client, region):
    response = coordinator_client.post(url("import"), {})
    assert response.status_code == 200
    assert "Tämä kenttä vaaditaan" in response.content.decode()


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_observations_list_links_to_the_import(coordinator_client, region, language):
    with translation.override(language):
        changelist = reverse("admin:monitoring_observation_changelist")
        indicators = reverse("admin:monitoring_indicator_changelist")
    for page in (changelist, indicators):
        html = coordinator_client.get(page).content.decode()
        assert f'href="{url("import", language)}"' in html


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_format_page_documents_the_columns_and_every_identifier(
    coordinator_client, region, language
):
    html = coordinator_client.get(url("import_format", language)).content.decode()
    for text in ("<code>indicator</code>", "<code>note_sv</code>", "<code>tyottomat</code>"):
        assert text in html
    for text in ("<code>alfa</code>", "<code>pohjoinen</code>", "<code>pohjanmaa</code>"):
        assert text in html
    assert url("import_template_csv", language) in html
    assert url("import_template_xlsx", language) in html


def test_the_csv_template_is_the_header_row_in_excels_encoding(coordinator_client, region):
    response = coordinator_client.get(url("import_template_csv"))
    assert response["Content-Disposition"] == 'attachment; filename="observations-template.csv"'
    assert (
        response.content.decode("utf-8") == "\ufeffindicator;area;period;value;note_fi;note_sv\r\n"
    )


def test_the_excel_template_has_the_header_and_the_identifiers(coordinator_client, region):
    response = coordinator_client.get(url("import_template_xlsx", "sv"))
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    first, identifiers = workbook.worksheets
    assert [cell.value for cell in next(first.iter_rows())] == [
        "indicator",
        "area",
        "period",
        "value",
        "note_fi",
        "note_sv",
    ]
    listed = {row[0] for row in identifiers.iter_rows(values_only=True)}
    assert {"tyollisyysaste", "tyottomat", "pohjanmaa", "alfa", "beeta", "gamma", "etela"} <= listed


@pytest.mark.parametrize(
    "name", ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", '@HYPERLINK("http://x")', "=1+1"]
)
def test_the_excel_template_writes_stored_names_as_text_never_as_formulas(
    coordinator_client, region, name
):
    Municipality.objects.filter(slug="gamma").update(name=name, name_fi=name, name_sv=name)
    Indicator.objects.filter(slug="tyottomat").update(name=name, name_fi=name, name_sv=name)
    content = coordinator_client.get(url("import_template_xlsx")).content
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        sheets = [n for n in package.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for sheet in sheets:
            # <f> is a formula: Excel would run it when the file is opened.
            assert "<f>" not in package.read(sheet).decode()
    workbook = load_workbook(io.BytesIO(content))
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert [cell.value for cell in cells].count(name) == 2
    for cell in cells:
        if cell.value is not None:
            assert cell.data_type == "s", cell.coordinate
            # Excel keeps a quote-prefixed cell text when it is edited, too.
            assert cell.quotePrefix, cell.coordinate


def test_a_filled_in_template_imports(coordinator_client, region):
    template = coordinator_client.get(url("import_template_csv")).content.decode("utf-8")
    filled = template + "tyollisyysaste;alfa;2024;1,5;;\r\n"
    post(coordinator_client, upload("filled.csv", filled.encode("utf-8")))
    assert Observation.objects.count() == 1


@pytest.mark.parametrize(
    "name", ["import", "import_format", "import_template_csv", "import_template_xlsx"]
)
def test_only_those_who_may_add_observations_reach_the_import(
    client, steering_member, region, name
):
    client.force_login(steering_member)
    response = client.get(url(name))
    assert response.status_code in (302, 403)
    assert Observation.objects.count() == 0


def test_checking_a_file_costs_as_many_queries_for_many_rows_as_for_one(coordinator_client, region):
    def queries(rows):
        text = "indicator;area;period;value\n" + "".join(rows)
        with CaptureQueriesContext(connection) as captured:
            post(coordinator_client, csv_upload(text), dry_run="on")
        return len(captured)

    one = queries(["tyollisyysaste;alfa;2020;1\n"])
    assert queries(f"tyollisyysaste;alfa;{year};1\n" for year in range(1950, 2050)) == one
