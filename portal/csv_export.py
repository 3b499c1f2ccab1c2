"""CSV downloads that spreadsheet programs open safely and in the right encoding."""

import csv

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text that a spreadsheet would run as a formula is written as plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # Excel reads UTF-8 only with a byte-order mark.
    writer = csv.writer(response)
    writer.writerow([str(title) for title in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return response
