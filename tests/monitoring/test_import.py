"""The import of monitoring data: a valid file imports exactly its rows, a file with bad rows
imports nothing and names every bad line, a second import of the same file changes nothing,
and a file that cannot be read at all gets a clear message."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.test import override_settings
from django.utils import translation
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from monitoring.imports import import_file
from monitoring.models import Observation
from portal.table_files import ADMIN_LIMITS, MAX_COLUMNS, Limits
from tests.monitoring.conftest import (
    csv_upload,
    observe,
    upload,
    without_dimension,
    xlsx_bytes,
    xlsx_reaching,
    xlsx_upload,
    xlsx_with_broken_part,
)

pytestmark = pytest.mark.django_db

REGION = SimpleNamespace(slug="region")
HEADER = "indicator;area;period;value;note_fi;note_sv\n"
VALID = (
    HEADER
    + "tyollisyysaste;alfa;2023;61,5;;\n"
    + "tyollisyysaste;Betaby;2023;58.25;;\n"
    + "tyollisyysaste;pohjoinen;2023;60;;\n"
    + "tyollisyysaste;POHJANMAA;2023;59,9;Ennakkotieto;Preliminär uppgift\n"
    + "tyottomat;gamma;2024-Q2;1 234;;\n"
    + "tyottomat;Södra regionen;2024-05;-3;;\n"
)


def run(text, name="observations.csv", **kwargs):
    with translation.override("en"):
        return import_file(csv_upload(text, name), limits=ADMIN_LIMITS, **kwargs)


def stored():
    """Every observation as {(indicator, area, period): value}, areas by identifier."""
    observations = Observation.objects.select_related("indicator", "municipality", "sub_region")
    return {
        (o.indicator.slug, (o.municipality or o.sub_region or REGION).slug, o.period.code): o.value
        for o in observations
    }


def test_a_valid_file_imports_exactly_its_rows(region):
    result = run(VALID)
    assert result.ok and result.written
    assert (len(result.created), len(result.updated), result.unchanged) == (6, 0, 0)
    assert stored() == {
        ("tyollisyysaste", "alfa", "2023"): Decimal("61.5"),
        ("tyollisyysaste", "beeta", "2023"): Decimal("58.25"),
        ("tyollisyysaste", "pohjoinen", "2023"): Decimal("60"),
        ("tyollisyysaste", "region", "2023"): Decimal("59.9"),
        ("tyottomat", "gamma", "2024-Q2"): Decimal("1234"),
        ("tyottomat", "etela", "2024-05"): Decimal("-3"),
    }
    note = Observation.objects.get(municipality=None, sub_region=None)
    assert (note.note_fi, note.note_sv) == ("Ennakkotieto", "Preliminär uppgift")


def test_a_comma_separated_file_with_a_byte_order_mark_imports_too(region):
    text = '\ufeffindicator,area,period,value\ntyollisyysaste,alfa,2023,"61,5"\r\n'
    result = run(text)
    assert result.written
    assert stored() == {("tyollisyysaste", "alfa", "2023"): Decimal("61.5")}


def test_an_excel_workbook_imports_exactly_its_rows(region):
    rows = [
        ["indicator", "area", "period", "value"],
        ["tyollisyysaste", "alfa", 2023, 61.5],
        [None, None, None, None],
        ["tyollisyysaste", "gamma", "2024-Q1", 0.1 + 0.2],
    ]
    with translation.override("en"):
        result = import_file(xlsx_upload(rows), limits=ADMIN_LIMITS)
    assert result.written, result.row_errors
    assert stored() == {
        ("tyollisyysaste", "alfa", "2023"): Decimal("61.5"),
        ("tyollisyysaste", "gamma", "2024-Q1"): Decimal("0.3"),
    }


def test_a_month_that_excel_turned_into_a_date_is_read_as_that_month(region):
    rows = [
        ["indicator", "area", "period", "value"],
        ["tyottomat", "alfa", datetime.date(2024, 5, 1), 7],
    ]
    result = import_file(xlsx_upload(rows), limits=ADMIN_LIMITS)
    assert result.written
    assert stored() == {("tyottomat", "alfa", "2024-05"): Decimal("7")}


def test_a_file_with_bad_rows_imports_nothing_and_names_every_bad_line(region):
    text = (
        HEADER
        + "tyollisyysaste;alfa;2023;61,5;;\n"  # 2: fine
        + "tuntematon;alfa;2023;1;;\n"  # 3
        + "tyollisyysaste;helsinki;2023;1;;\n"  # 4
        + "tyollisyysaste;alfa;2023-Q5;1;;\n"  # 5
        + "tyollisyysaste;alfa;2022;paljon;;\n"  # 6
        + "tyollisyysaste;alfa;2021;;;\n"  # 7
        + "\n"  # 8: blank lines are skipped
        + "tyollisyysaste;alfa;2023;62;;\n"  # 9: repeats line 2
        + "tyollisyysaste;alfa;2020;1,23456;;\n"  # 10
        + "tyollisyysaste;alfa;2019;1.234,5;;\n"  # 11
        + "tyollisyysaste;alfa;2018;1;;;extra\n"  # 12
        + ";;;;;\n"  # 13: empty cells only: skipped
        + "tyollisyysaste;beeta;2023;1e999999;;\n"  # 14
    )
    result = run(text)
    assert not result.ok and not result.written
    assert Observation.objects.count() == 0
    reasons = {error.line: " ".join(error.reasons) for error in result.row_errors}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 9, 10, 11, 12, 14]
    assert "tuntematon" in reasons[3]
    assert "helsinki" in reasons[4]
    assert "2023-Q5" in reasons[5] and "not a period" in reasons[5]
    assert "not a number" in reasons[6]
    assert "value is missing" in reasons[7]
    assert "repeats line 2" in reasons[9]
    assert "more than 4 decimals" in reasons[10]
    assert "both a decimal comma and a point" in reasons[11]
    assert "more than the header has columns" in reasons[12]
    assert reasons[14] == "“1e999999” is too large."


def test_every_reason_of_a_bad_row_is_given(region):
    result = run(HEADER + "tuntematon;helsinki;kevät;x;;\n")
    (error,) = result.row_errors
    assert error.line == 2 and len(error.reasons) == 4


def test_importing_the_same_file_again_changes_nothing(region):
    run(VALID)
    before = {o.pk: (o.value, o.note_fi, o.updated_at) for o in Observation.objects.all()}
    result = run(VALID)
    assert result.written
    assert (len(result.created), len(result.updated), result.unchanged) == (0, 0, 6)
    after = {o.pk: (o.value, o.note_fi, o.updated_at) for o in Observation.objects.all()}
    assert after == before


def test_a_changed_value_is_updated_and_reported_with_its_old_value(region):
    rate = region["indicators"][0]
    alfa = region["municipalities"][0]
    observe(rate, 2023, "61.5", municipality=alfa)
    observe(rate, 2022, "50", municipality=alfa, note_fi="Vanha", note_sv="Gammal")
    text = (
        "indicator;area;period;value;note_fi;note_sv\n"
        "tyollisyysaste;alfa;2023;63,0;;\n"
        "tyollisyysaste;alfa;2022;50;;\n"
        "tyollisyysaste;alfa;2021;40;;\n"
    )
    result = run(text)
    assert (len(result.created), len(result.updated), result.unchanged) == (1, 2, 0)
    changes = {change.line: change for change in result.updated}
    assert (changes[2].old_value, changes[2].new_value) == (Decimal("61.5"), Decimal("63"))
    assert changes[3].note_changed and changes[3].old_value == changes[3].new_value
    assert stored()[("tyollisyysaste", "alfa", "2023")] == Decimal("63")
    assert Observation.objects.get(year=2022).note_fi == ""


def test_notes_are_kept_when_the_file_has_no_note_columns(region):
    observe(
        region["indicators"][0],
        2022,
        "50",
        municipality=region["municipalities"][0],
        note_fi="Vanha",
    )
    result = run("indicator;area;period;value\ntyollisyysaste;alfa;2022;50\n")
    assert result.unchanged == 1
    assert Observation.objects.get().note_fi == "Vanha"


def test_observations_not_in_the_file_are_kept(region):
    observe(region["indicators"][0], 2010, "1")
    run(VALID)
    assert Observation.objects.count() == 7


def test_a_dry_run_reports_what_would_change_and_writes_nothing(region):
    result = run(VALID, dry_run=True)
    assert result.ok and not result.written
    assert len(result.created) == 6
    assert Observation.objects.count() == 0


def test_a_conflict_while_writing_imports_nothing_and_says_so(region, monkeypatch):
    from monitoring import imports as monitoring_import

    observe(region["indicators"][0], 2023, "1", municipality=region["municipalities"][0])
    # As if another import had saved the row between this one's check and its write.
    monkeypatch.setattr(monitoring_import, "existing_observations", lambda planned: {})
    result = run(VALID)
    assert not result.written and "nothing was imported" in result.file_error
    assert Observation.objects.count() == 1


def cp1252_file():
    return csv_upload(HEADER + "tyollisyysaste;Närpiö;2023;1;;\n", encoding="cp1252")


BAD_FILES = {
    "empty": (lambda: csv_upload(""), "The file is empty."),
    "header only": (lambda: csv_upload(HEADER), "header row but no data rows"),
    "blank lines only": (lambda: csv_upload("\n\n;;\n"), "no rows"),
    "pdf": (lambda: csv_upload("%PDF-1.7", name="report.pdf"), "Only CSV files"),
    "no suffix": (lambda: csv_upload(VALID, name="observations"), "Only CSV files"),
    "old excel": (lambda: csv_upload("x", name="data.xls"), "old Excel versions"),
    "windows-1252": (cp1252_file, "probably Windows-1252"),
    "utf-16": (lambda: csv_upload(VALID, encoding="utf-16"), "UTF-16"),
    "binary": (lambda: upload("x.csv", b"\x89PNG\r\n\x1a\n\xff\xfe\x00"), "not text in UTF-8"),
    "null bytes": (lambda: csv_upload(HEADER + "a\x00b;;;;;\n"), "null characters"),
    "bad quotes": (
        lambda: csv_upload(HEADER + 'a;"b"c;2023;1;;\n'),
        "Line 2 cannot be read as CSV",
    ),
    "unknown column": (
        lambda: csv_upload("indicator;area;period;value;colour\nx;y;2023;1;red\n"),
        "unknown columns: colour",
    ),
    "missing column": (
        lambda: csv_upload("indicator;area;value\nx;y;1\n"),
        "missing columns: period",
    ),
    "repeated column": (
        lambda: csv_upload("indicator;area;period;value;value\nx;y;2023;1;1\n"),
        "columns named twice: value",
    ),
    "zip named csv": (
        lambda: upload("x.csv", xlsx_bytes([["a"]])),
        "named .csv but it is an Excel workbook",
    ),
    "text named xlsx": (lambda: csv_upload(VALID, name="x.xlsx"), "not an Excel workbook"),
    "encrypted xlsx": (
        lambda: upload("x.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
        "protected with a password",
    ),
    "text file": (lambda: csv_upload(VALID, name="x.txt"), "Only CSV files"),
    "damaged xlsx": (
        lambda: upload("x.xlsx", xlsx_bytes([["a"]])[:300]),
        "cannot be read as an Excel workbook",
    ),
    # A sound zip with broken XML inside: the worksheet is read row by row, the others at once.
    **{
        f"xlsx with broken {part}": (
            lambda part=part: upload("x.xlsx", xlsx_with_broken_part(part)),
            "cannot be read as an Excel workbook",
        )
        for part in ("xl/worksheets/sheet1.xml", "xl/styles.xml", "[Content_Types].xml")
    },
    "too large": (
        lambda: csv_upload(VALID + " " * ADMIN_LIMITS.max_bytes),
        "The file is too large",
    ),
    "too many rows": (
        lambda: csv_upload(HEADER + "tyollisyysaste;alfa;2023;1;;\n" * (ADMIN_LIMITS.max_rows + 1)),
        "more than 20000 rows",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_file_that_cannot_be_read_gets_a_clear_message_and_imports_nothing(region, case):
    make_file, message = BAD_FILES[case]
    with translation.override("en"):
        result = import_file(make_file(), limits=ADMIN_LIMITS)
    assert message in result.file_error
    assert not result.written
    assert Observation.objects.count() == 0


def test_a_workbook_with_too_many_rows_is_refused_while_it_is_read(region):
    rows = [["indicator", "area", "period", "value"]] + [["tyollisyysaste", "alfa", 2023, 1]] * 11
    with translation.override("en"):
        result = import_file(xlsx_upload(rows), limits=Limits(max_bytes=10**6, max_rows=10))
    assert "more than 10 rows" in result.file_error


@pytest.mark.parametrize(
    ("cell", "content", "corner"),
    [
        ("XFD1048576", "x", "XFD1048576"),
        ("XFD1048576", "=1+1", "XFD1048576"),
        ("XFD1048576", None, "XFD1048576"),
        ("XFD1", 5, "XFD1"),
        ("A1048576", "x", "D1048576"),
        ("AY30000", "x", "AY30000"),
    ],
)
def test_a_workbook_that_reaches_far_beyond_its_data_is_refused_at_once(
    region, cell, content, corner, rows_read
):
    """openpyxl pads every row it reads to the widest: one cell at XFD1048576 in a 5 KB file
    made a million rows of 16,384 cells, and the import ran for minutes."""
    data = xlsx_reaching(cell, content)
    assert len(data) < 10_000
    with translation.override("en"):
        result = import_file(upload("observations.xlsx", data), limits=ADMIN_LIMITS)
    assert rows_read == []
    # The sheet's far corner: the header spans A1:D1.
    assert f"The worksheet reaches to cell {corner}," in result.file_error
    assert "50 columns" in result.file_error and "40100 rows" in result.file_error
    assert not result.written


@pytest.mark.parametrize("cell", ["XFD1048576", "XFD2", "A1048576"])
def test_a_far_cell_is_read_in_bounded_time_even_when_the_sheet_hides_its_size(
    region, cell, monkeypatch
):
    """The work is bounded by what is read: at most MAX_COLUMNS columns of at most the
    limit's lines (counted, not timed)."""
    data = without_dimension(xlsx_reaching(cell))
    read = {"rows": 0, "widths": []}
    reading = ReadOnlyWorksheet.iter_rows

    def counted(sheet, *args, **kwargs):
        read["widths"].append(kwargs.get("max_col"))
        for row in reading(sheet, *args, **kwargs):
            read["rows"] += 1
            yield row

    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", counted)
    with translation.override("en"):
        result = import_file(upload("observations.xlsx", data), limits=ADMIN_LIMITS)
    assert read["widths"] and all(width <= MAX_COLUMNS for width in read["widths"])
    assert read["rows"] <= ADMIN_LIMITS.max_lines + 1
    assert result.file_error and not result.written


def test_a_workbook_with_blank_columns_between_its_own_still_imports(region):
    rows = [
        ["indicator", None, "area", "period", "value"],
        ["tyollisyysaste", None, "alfa", 2023, 1],
    ]
    result = import_file(xlsx_upload(rows), limits=ADMIN_LIMITS)
    assert result.ok and Observation.objects.count() == 1


def test_a_workbook_that_unpacks_to_far_more_than_its_size_is_refused(region):
    rows = [["indicator", "area", "period", "value"]]
    rows += [[f"{number}" + "x" * 5000, "alfa", 2023, 1] for number in range(300)]
    data = xlsx_bytes(rows)
    with translation.override("en"):
        result = import_file(upload("big.xlsx", data), limits=Limits(len(data), 10**6))
    assert (
        result.file_error == "The workbook is too large when unpacked: split it into smaller files."
    )


@pytest.mark.parametrize(("lang", "name"), [("fi", "Pohjanmaa"), ("sv", "Österbotten")])
def test_the_whole_region_is_reported_by_its_name_in_the_readers_language(region, lang, name):
    with translation.override(lang):
        result = import_file(
            csv_upload(HEADER + "tyollisyysaste;österbotten;2023;1;;\n"), limits=ADMIN_LIMITS
        )
        assert [change.area for change in result.created] == [name]
        assert Observation.objects.get().area_name == name


@override_settings(PAGE_CACHE_SECONDS=600)
def test_imported_figures_show_at_once_in_the_cached_indicator_page(client, region):
    """The import writes in bulk, which sends no signals: before the fix the cached page kept
    the old figures until it expired."""
    rate = region["indicators"][0]
    observe(rate, 2023, "55.5")
    url = rate.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert run(HEADER + "tyollisyysaste;POHJANMAA;2024;64,5;;\n").written
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "64,5" in response.content.decode()


def test_an_import_moves_the_changed_observations_revision_on_and_stores_notes_normalised(
    region,
):
    """An observation's admin form opened before the import must not write the old value
    back; a note typed on a Mac (decomposed letters) is stored as any other."""
    rate = region["indicators"][0]
    alfa = region["municipalities"][0]
    observation = observe(rate, 2023, "50", municipality=alfa)
    result = run(HEADER + "tyollisyysaste;alfa;2023;61,5;Ta\u0308ydennetty ;\n")
    assert result.ok and len(result.updated) == 1
    observation.refresh_from_db()
    assert (observation.value, observation.revision) == (Decimal("61.5"), 2)
    assert observation.note_fi == "Täydennetty"
