"""The chart's two drawings: the narrow one for phones labels the latest year, fewer years in
all, and breaks a long title in two rather than running past the picture."""

import re
from decimal import Decimal

from monitoring.charts import NARROW, WIDE, Series, line_chart
from monitoring.periods import parse_period


def chart(layout, title="Työllisyysaste", years=range(2011, 2025)):
    points = [(parse_period(str(year)), Decimal(50 + year % 5)) for year in years]
    return line_chart(
        [Series("region", "Pohjanmaa", points)],
        title=title,
        description="",
        unit="%",
        decimals=1,
        layout=layout,
    )


def test_the_narrow_drawing_labels_fewer_years_and_always_the_latest():
    wide = [int(y) for y in re.findall(r'class="x-tick">(\d+)<', chart(WIDE))]
    narrow = [int(y) for y in re.findall(r'class="x-tick">(\d+)<', chart(NARROW))]
    assert wide[-1] == narrow[-1] == 2024
    assert len(narrow) <= 6 < len(wide)
    assert 'viewBox="0 0 360 ' in chart(NARROW) and 'viewBox="0 0 760 ' in chart(WIDE)


def test_a_long_title_takes_two_lines_in_the_narrow_drawing():
    title = "Sysselsättningsgraden bland personer med främmande modersmål"
    lines = re.findall(r'font-weight="bold">([^<]+)</text>', chart(NARROW, title))
    assert " ".join(lines[:2]) == title
    assert all(len(line) * NARROW.title_size * 0.55 <= NARROW.width for line in lines[:2])
    assert re.findall(r'font-weight="bold">([^<]+)</text>', chart(WIDE, title))[0] == title
