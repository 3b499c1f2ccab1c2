"""The one CSV writer every download goes through: semicolons, decimal commas, BOM, and
text that would run as a formula written as text."""

import csv
import io
from decimal import Decimal

from portal.csv_export import csv_response


def read(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return text, list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_cells_are_separated_by_semicolons_and_numbers_have_decimal_commas():
    response = csv_response(
        "x.csv", ["Nimi", "Arvo"], [["Vaasa, keskusta", Decimal("61.5")], ["Luoto", 2.25]]
    )
    text, rows = read(response)
    assert text.splitlines()[0] == "\ufeffNimi;Arvo"
    assert rows == [["Nimi", "Arvo"], ["Vaasa, keskusta", "61,5"], ["Luoto", "2,25"]]
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'


def test_text_that_would_run_as_a_formula_is_written_as_text_but_numbers_stay_numbers():
    _text, rows = read(csv_response("x.csv", ["=Otsikko"], [["=cmd|' /C calc'!A0", Decimal("-2")]]))
    assert rows == [["'=Otsikko"], ["'=cmd|' /C calc'!A0", "-2"]]
