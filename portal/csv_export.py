"""CSV downloads that spreadsheet programs open safely and in the right encoding."""

import csv
from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvFormat:
    """The separator between cells and the decimal separator of the numbers."""

    delimiter: str
    decimal_separator: str


COMMAS = CsvFormat(delimiter=",", decimal_separator=".")
# Finnish and Swedish Excel read a decimal comma, so their cells are separated by semicolons.
SEMICOLONS = CsvFormat(delimiter=";", decimal_separator=",")


def safe_cell(value):
    """Text that a spreadsheet would run as a formula is written as plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value, csv_format):
    """A number with the format's decimal separator; text made safe."""
    if isinstance(value, Decimal):
        # A number is never a formula: -2.5 stays a number.
        return format(value, "f").replace(".", csv_format.decimal_separator)
    return safe_cell(value)


def csv_response(filename, header, rows, *, csv_format=COMMAS):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # Excel reads UTF-8 only with a byte-order mark.
    writer = csv.writer(response, delimiter=csv_format.delimiter)
    writer.writerow([str(title) for title in header])
    for row in rows:
        writer.writerow([csv_cell(value, csv_format) for value in row])
    return response
