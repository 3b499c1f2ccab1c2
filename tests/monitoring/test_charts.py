"""The chart's two drawings: the narrow one for phones labels the latest year, fewer years in
all, and breaks a long title in two rather than running past the picture."""

import re
from decimal import Decimal

from monitoring.charts import NARROW, WIDE, Series, draw, line_chart
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


def test_the_drawing_puts_the_first_and_latest_year_at_the_plot_edges_and_breaks_at_a_gap():
    years = [2019, 2020, 2022, 2023]  # 2021 is missing
    points = [
        (parse_period(str(y)), Decimal(v)) for y, v in zip(years, (10, 60, 30, 50), strict=True)
    ]
    drawing = draw(
        [Series("region", "Pohjanmaa", points)], title="T", description="", unit="%", decimals=1
    )
    (series,) = drawing.series
    xs = [float(point.marker.x) for point in series.points]
    assert xs[0] == WIDE.plot_left and xs[-1] == WIDE.plot_right
    assert len(series.lines) == 2  # 2019–2020 and 2022–2023, not across the missing year
    assert [tick.label for tick in drawing.x_ticks] == ["2019", "2020", "2021", "2022", "2023"]
    # From zero up to the highest value, in round steps.
    assert [tick.label for tick in drawing.y_ticks] == ["0", "20", "40", "60"]
    assert float(series.points[1].marker.y) == WIDE.plot_top
    # 10 is a sixth of the way up, to one decimal.
    assert float(series.points[0].marker.y) == round(WIDE.plot_bottom - (344 - 84) / 6, 1)


def test_every_text_of_the_chart_is_escaped_by_its_template():
    svg = line_chart(
        [Series('a"b', "<Alfa & Beta>", [(parse_period("2024"), Decimal(1))])],
        title="<script>",
        description='"quoted"',
        unit="<u>",
        decimals=0,
        notice="<b>",
        id_prefix='x"y',
    )
    assert "<script>" not in svg and "<b>" not in svg and "<u>" not in svg
    assert "&lt;Alfa &amp; Beta&gt;" in svg and 'data-series="a&quot;b"' in svg
    assert 'aria-labelledby="x&quot;y-title"' in svg
