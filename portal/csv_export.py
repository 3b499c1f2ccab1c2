"""CSV downloads that spreadsheet programs open safely and in the right encoding.

Every CSV the portal sends goes through csv_response, so they all follow one convention:
semicolons between cells and decimal commas, as Finnish and Swedish Excel read them, UTF-8
with a byte-order mark, and text that a spreadsheet would run as a formula written as text."""

import csv
from decimal import Decimal

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Finnish and Swedish Excel read a decimal comma, so their cells are separated by semicolons.
DELIMITER = ";"
DECIMAL_SEPARATOR = ","


def safe_cell(value):
    """Text that a spreadsheet would run as a formula is written as plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value):
    """A number with a decimal comma; text made safe."""
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        # A number is never a formula: -2.5 stays a number.
        return format(value, "f").replace(".", DECIMAL_SEPARATOR)
    return safe_cell(value)


def write_csv(stream, header, rows):
    """The header and rows, the portal's way, into `stream` (a response, a buffer)."""
    stream.write("\ufeff")  # Excel reads UTF-8 only with a byte-order mark.
    writer = csv.writer(stream, delimiter=DELIMITER)
    writer.writerow([safe_cell(str(title)) for title in header])
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    write_csv(response, header, rows)
    return response
