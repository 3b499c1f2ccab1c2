"""Line charts of monitoring data drawn on the server as SVG: a title, axes with ticks and the
unit, a legend, and series told apart by marker shape and dash pattern, not only by colour.

This module only measures: `draw()` returns where everything goes, in numbers and texts; the
markup is the template monitoring/includes/line_chart.svg, which escapes every text."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from monitoring.figures import format_figure
from monitoring.periods import PeriodKind
from portal.localised import LocalisedText
from portal.svg import number

LEGEND_ROW = 26
MARKER_SIZE = 6
Y_TICKS_WANTED = 5
TEXT_COLOUR = "#1a1a1a"
GRID_COLOUR = "#c8ccd0"
NOTICE_COLOUR = "#8a1c12"
# Marker, dash pattern, colour, line width. The marker and the dash pattern alone tell the
# series apart; every colour has at least 3:1 contrast against white.


@dataclass(frozen=True)
class Style:
    marker: str
    dash: str
    colour: str
    width: float


SERIES_STYLES = (
    Style("circle", "", "#1a1a1a", 3.5),
    Style("square", "9 5", "#1f5fa8", 2.5),
    Style("triangle", "2 4", "#b3261e", 2.5),
    Style("diamond", "12 4 2 4", "#0f7b6c", 2.5),
    Style("triangle-down", "5 3", "#5b3e96", 2.5),
    Style("cross", "14 5 2 5 2 5", "#8a5300", 2.5),
)
MAX_SERIES = len(SERIES_STYLES)
# How far apart two periods of a kind may be and still be joined by a line.
PERIOD_LENGTHS = {PeriodKind.YEAR: 1, PeriodKind.QUARTER: 1 / 4, PeriodKind.MONTH: 1 / 12}


# A text of the chart: an interface string, or a translated field that may be in the other
# language than the page and is then marked with its lang.
Text = str | LocalisedText


@dataclass(frozen=True)
class Layout:
    """Where the parts of a chart go, in the picture's own units: the picture is scaled to
    the width of the page, so a phone gets a narrower drawing with fewer year labels, whose
    text stays as large as the page's instead of shrinking to a third."""

    width: int
    plot_left: int
    plot_right: int
    # Where the title and the notice start.
    text_left: int
    font_size: int
    title_size: int
    # At most this many years are labelled under the x axis.
    year_labels: int
    plot_top: int = 84
    plot_bottom: int = 344

    @property
    def legend_top(self):
        return self.plot_bottom + 70


WIDE = Layout(
    width=760,
    plot_left=80,
    plot_right=730,
    text_left=80,
    font_size=14,
    title_size=17,
    year_labels=12,
)
# Drawn 360 wide, shown 288–608 px wide: its text is about as large as the page's.
# The title may take two lines: the notice and the plot come lower. The last year's label
# is centred on the plot's right edge and must not run past the picture.
NARROW = Layout(
    width=360,
    plot_left=54,
    plot_right=330,
    text_left=6,
    font_size=15,
    title_size=16,
    year_labels=6,
    plot_top=108,
)


@dataclass(frozen=True)
class Series:
    """One line of the chart: an area's values in the order of their periods."""

    key: str
    label: Text
    points: Sequence[tuple[object, Decimal]]


@dataclass(frozen=True)
class Marker:
    """A point's marker: a circle around (x, y), or the outline `d` of another shape."""

    x: str
    y: str
    size: int
    d: str = ""


@dataclass(frozen=True)
class Tick:
    at: str
    label: str


@dataclass(frozen=True)
class Point:
    code: str
    value: str
    text: str
    marker: Marker


@dataclass(frozen=True)
class DrawnSeries:
    key: str
    label: Text
    style: Style
    # The outline of each run of joined points; a missing period breaks the line.
    lines: list[str]
    points: list[Point]


@dataclass(frozen=True)
class LegendRow:
    label: Text
    style: Style
    y: int
    line_left: int
    line_right: int
    text_left: int
    marker: Marker


@dataclass(frozen=True)
class Drawing:
    """Everything the template needs, in the picture's own units."""

    id_prefix: str
    layout: Layout
    height: int
    title: Text
    title_lines: list[tuple[int, str]]
    description: str
    notice: str
    unit: Text
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    series: list[DrawnSeries]
    legend: list[LegendRow]
    # Here rather than in the template: makemessages reads no .svg files.
    x_title: str = ""
    text_colour: str = TEXT_COLOUR
    grid_colour: str = GRID_COLOUR
    notice_colour: str = NOTICE_COLOUR

    @property
    def notice_y(self):
        return self.layout.plot_top - 36

    @property
    def unit_x(self):
        return self.layout.plot_left - 8

    @property
    def unit_y(self):
        return self.layout.plot_top - 16

    @property
    def x_title_x(self):
        return (self.layout.plot_left + self.layout.plot_right) // 2

    @property
    def tick_end(self):
        return self.layout.plot_bottom + 6

    @property
    def x_labels_y(self):
        return self.layout.plot_bottom + 24

    @property
    def x_title_y(self):
        return self.layout.plot_bottom + 50


def line_chart(series: Sequence[Series], **options) -> SafeString:
    """The chart as an inline SVG picture (see draw() for the options)."""
    return render_to_string(
        "monitoring/includes/line_chart.svg", {"chart": draw(series, **options)}
    )


def draw(
    series: Sequence[Series],
    *,
    title: Text,
    description: str,
    unit: Text,
    decimals: int,
    notice: str = "",
    id_prefix: str = "chart",
    layout: Layout = WIDE,
) -> Drawing:
    """Where the parts of the chart go; at most MAX_SERIES series, those with points."""
    series = [line for line in series[:MAX_SERIES] if line.points]
    x_scale = XScale([period for line in series for period, _value in line.points], layout)
    y_scale = YScale([float(value) for line in series for _period, value in line.points], layout)
    return Drawing(
        id_prefix=id_prefix,
        layout=layout,
        height=layout.legend_top + LEGEND_ROW * len(series) + 10,
        title=title,
        title_lines=title_lines(title, layout),
        description=description,
        notice=notice,
        unit=unit,
        y_ticks=[
            Tick(number(y_scale(tick)), format_figure(Decimal(repr(tick)), y_scale.decimals))
            for tick in y_scale.ticks()
        ],
        x_ticks=[Tick(number(x_scale(year)), str(year)) for year in x_scale.ticks()],
        series=[
            drawn_series(line, SERIES_STYLES[index], x_scale, y_scale, decimals)
            for index, line in enumerate(series)
        ],
        legend=legend(series, layout),
        x_title=_("Year"),
    )


def title_lines(title, layout):
    """The title over the chart, on a second line where one would run past the picture:
    [(y, text)]."""
    # A character of the title takes about 0.55 of its font size.
    room = (layout.width - layout.text_left) / (layout.title_size * 0.55)
    lines = [""]
    for word in str(title).split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > room and len(lines) < 2:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return [(24 + 20 * index, line) for index, line in enumerate(lines)]


class XScale:
    """Time along the x axis: a year's tick where the year starts."""

    def __init__(self, periods, layout=WIDE):
        self.layout = layout
        positions = [period.position for period in periods] or [0]
        self.first, self.last = min(positions), max(positions)
        if self.last - self.first < 1:
            # One year or less: give the points room on both sides.
            self.first, self.last = self.first - 0.5, self.last + 0.5

    def __call__(self, position):
        share = (position - self.first) / (self.last - self.first)
        return self.layout.plot_left + share * (self.layout.plot_right - self.layout.plot_left)

    def ticks(self):
        years = list(range(math.ceil(self.first), math.floor(self.last) + 1))
        step = max(1, math.ceil(len(years) / self.layout.year_labels))
        # Counted back from the latest year, which is always labelled.
        return years[::-1][::step][::-1]


class YScale:
    """Values up the y axis, in round steps; from zero unless that would squeeze the lines
    into the top of the chart."""

    def __init__(self, values, layout=WIDE):
        self.layout = layout
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        if 0 <= low <= high / 2:
            low = 0.0
        if high == low:
            high = low + 1
        self.step = nice_step((high - low) / Y_TICKS_WANTED)
        self.low = math.floor(low / self.step) * self.step
        self.high = math.ceil(high / self.step) * self.step
        self.decimals = decimals_of(self.step)

    def __call__(self, value):
        share = (value - self.low) / (self.high - self.low)
        bottom, top = self.layout.plot_bottom, self.layout.plot_top
        return bottom - share * (bottom - top)

    def ticks(self):
        count = round((self.high - self.low) / self.step)
        return [self.low + i * self.step for i in range(count + 1)]


def nice_step(rough):
    """1, 2, 2.5 or 5 times a power of ten: steps a reader counts in."""
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 2.5, 5, 10):
        if rough <= factor * power:
            return factor * power
    return 10 * power


def decimals_of(step):
    """The decimals a step needs: 2 for 0.25, 1 for 2.5, none for 25."""
    # A step has at most two significant digits; reading only those drops float noise.
    exponent = Decimal(f"{step:.2g}").normalize().as_tuple().exponent
    return max(0, -exponent)


def segments(points):
    """The runs of points a line joins: a missing period breaks the line."""
    runs = []
    for period, value in points:
        if runs:
            previous = runs[-1][-1][0]
            gap = period.position - previous.position
            if period.kind == previous.kind and gap <= PERIOD_LENGTHS[period.kind] * 1.01:
                runs[-1].append((period, value))
                continue
        runs.append([(period, value)])
    return runs


def outline(corners):
    """SVG path data through the given (x, y) corners."""
    return " ".join(
        f"{'M' if i == 0 else 'L'}{number(x)},{number(y)}" for i, (x, y) in enumerate(corners)
    )


def drawn_series(line, style, x_scale, y_scale, decimals):
    lines = [
        outline((x_scale(p.position), y_scale(float(v))) for p, v in run)
        for run in segments(line.points)
        if len(run) > 1
    ]
    points = [
        Point(
            code=period.code,
            value=str(value),
            text=_("%(area)s, %(period)s: %(value)s")
            % {
                "area": str(line.label),
                "period": period.label(),
                "value": format_figure(value, decimals),
            },
            marker=marker(style.marker, x_scale(period.position), y_scale(float(value))),
        )
        for period, value in line.points
    ]
    return DrawnSeries(line.key, line.label, style, lines, points)


def marker(kind, x, y, size=MARKER_SIZE):
    """The marker of a point at (x, y)."""
    if kind == "circle":
        return Marker(number(x), number(y), size)
    corners = {
        "square": [(-1, -1), (1, -1), (1, 1), (-1, 1)],
        "triangle": [(0, -1.25), (1.15, 0.9), (-1.15, 0.9)],
        "triangle-down": [(0, 1.25), (1.15, -0.9), (-1.15, -0.9)],
        "diamond": [(0, -1.35), (1.35, 0), (0, 1.35), (-1.35, 0)],
        "cross": [
            (-0.4, -1.2),
            (0.4, -1.2),
            (0.4, -0.4),
            (1.2, -0.4),
            (1.2, 0.4),
            (0.4, 0.4),
            (0.4, 1.2),
            (-0.4, 1.2),
            (-0.4, 0.4),
            (-1.2, 0.4),
            (-1.2, -0.4),
            (-0.4, -0.4),
        ],
    }[kind]
    return Marker(
        number(x), number(y), size, outline((x + dx * size, y + dy * size) for dx, dy in corners)
    )


def legend(series, layout):
    # Under the plot; on a narrow picture from its very left, for the areas' long names.
    left = layout.plot_left if layout.width >= WIDE.width else layout.text_left
    rows = []
    for index, line in enumerate(series):
        y = layout.legend_top + index * LEGEND_ROW
        style = SERIES_STYLES[index]
        rows.append(
            LegendRow(
                line.label, style, y, left, left + 56, left + 68, marker(style.marker, left + 28, y)
            )
        )
    return rows
