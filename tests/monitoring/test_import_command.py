"""`manage.py import_observations FILE`: the same import for large files, with a progress bar
on stderr and a dry run."""

import io

import pytest
from django.core.management import CommandError, call_command

from monitoring.models import Observation
from tests.monitoring.conftest import xlsx_bytes, xlsx_reaching, xlsx_with_broken_part
from tests.monitoring.test_import import HEADER, VALID

pytestmark = pytest.mark.django_db


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_observations", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_imports_a_file_and_shows_its_progress_on_stderr(region, tmp_path):
    path = tmp_path / "observations.csv"
    path.write_text(VALID, encoding="utf-8")
    out, err = run(path)
    assert "Imported: 6 created, 0 updated, 0 unchanged." in out
    assert "Checking rows" in err and "100% (6/6)" in err
    assert "Writing" in err
    assert "%" not in out
    assert Observation.objects.count() == 6


def test_a_second_run_changes_nothing_and_a_changed_value_is_reported(region, tmp_path):
    path = tmp_path / "observations.csv"
    path.write_text(VALID, encoding="utf-8")
    run(path)
    assert "0 created, 0 updated, 6 unchanged" in run(path)[0]
    path.write_text(VALID.replace("61,5", "62"), encoding="utf-8")
    out, _err = run(path)
    assert "Line 2: tyollisyysaste, Alfa, 2023: 61.5 → 62" in out
    assert "0 created, 1 updated, 5 unchanged" in out


def test_a_dry_run_writes_nothing(region, tmp_path):
    path = tmp_path / "observations.xlsx"
    path.write_bytes(
        xlsx_bytes([["indicator", "area", "period", "value"], ["tyottomat", "alfa", 2024, 3]])
    )
    out, _err = run(path, "--dry-run")
    assert "Dry run, nothing written: the file would give 1 created" in out
    assert Observation.objects.count() == 0


def test_bad_rows_are_listed_and_the_command_fails_without_importing(region, tmp_path):
    path = tmp_path / "observations.csv"
    path.write_text(VALID + "tyollisyysaste;alfa;1800;1;;\n", encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError, match="Nothing was imported: 1 of the 7 rows have errors"):
        call_command("import_observations", str(path), stdout=out, stderr=io.StringIO())
    assert "Line 8: The year 1800 is outside 1900–2100." in out.getvalue()
    assert Observation.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "The file is empty."), (HEADER.encode("utf-16"), "UTF-16")],
)
def test_an_unreadable_file_fails_with_the_reason(region, tmp_path, content, message):
    path = tmp_path / "observations.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(path)


def test_a_missing_file_fails_with_the_reason(tmp_path):
    with pytest.raises(CommandError, match="Cannot open"):
        run(tmp_path / "missing.csv")


def test_the_command_takes_a_row_limit(region, tmp_path):
    path = tmp_path / "observations.csv"
    path.write_text(VALID, encoding="utf-8")
    with pytest.raises(CommandError, match="more than 3 rows"):
        run(path, "--max-rows", "3")


def test_a_workbook_with_broken_xml_fails_with_the_reason_not_a_traceback(region, tmp_path):
    path = tmp_path / "observations.xlsx"
    path.write_bytes(xlsx_with_broken_part("xl/worksheets/sheet1.xml"))
    with pytest.raises(CommandError, match="cannot be read as an Excel workbook"):
        run(path)
    assert Observation.objects.count() == 0


def test_a_small_workbook_reaching_the_last_cell_is_refused_at_once(region, tmp_path, rows_read):
    path = tmp_path / "observations.xlsx"
    path.write_bytes(xlsx_reaching("XFD1048576"))
    with pytest.raises(CommandError, match="The worksheet reaches to cell XFD1048576"):
        run(path)
    assert rows_read == []
    assert Observation.objects.count() == 0
