"""Dates as Finnish offices write them in lists and tables: "2.12.2026", "2.12.2026 13.45".
The long forms ("2. joulukuuta 2026") kept the admin's date columns from fitting its lists."""

DATE_FORMAT = "j.n.Y"
DATETIME_FORMAT = "j.n.Y H.i"
