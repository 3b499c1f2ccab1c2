"""Dates as Finland-Swedish offices write them: "2.12.2026", "2.12.2026 13.45", not as in
Sweden ("2 december 2026"), whose long forms kept the admin's date columns from fitting."""

DATE_FORMAT = "j.n.Y"
DATETIME_FORMAT = "j.n.Y H.i"
