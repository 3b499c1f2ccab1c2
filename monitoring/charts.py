"""Line charts of monitoring data drawn on the server as SVG: a title, axes with ticks and the
unit, a legend, and series told apart by marker shape and dash pattern, not only by colour."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from monitoring.figures import format_figure
from monitoring.periods import PeriodKind
from portal.templatetags.portal_tags import LocalisedText

LEGEND_ROW = 26
MARKER_SIZE = 6
Y_TICKS_WANTED = 5
TEXT_COLOUR = "#1a1a1a"
GRID_COLOUR = "#c8ccd0"
NOTICE_COLOUR = "#8a1c12"
# Marker, dash pattern, colour, line width. The marker and the dash pattern alone tell the
# series apart; every colour has at least 3:1 contrast against white.
SERIES_STYLES = (
    ("circle", "", "#1a1a1a", 3.5),
    ("square", "9 5", "#1f5fa8", 2.5),
    ("triangle", "2 4", "#b3261e", 2.5),
    ("diamond", "12 4 2 4", "#0f7b6c", 2.5),
    ("triangle-down", "5 3", "#5b3e96", 2.5),
    ("cross", "14 5 2 5 2 5", "#8a5300", 2.5),
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


def line_chart(
    series: Sequence[Series],
    *,
    title: Text,
    description: str,
    unit: Text,
    decimals: int,
    notice: str = "",
    id_prefix: str = "chart",
    layout: Layout = WIDE,
) -> SafeString:
    """The chart as an inline SVG picture; every text and attribute is escaped here."""
    series = [line for line in series[:MAX_SERIES] if line.points]
    x_scale = XScale([period for line in series for period, _value in line.points], layout)
    y_scale = YScale([float(value) for line in series for _period, value in line.points], layout)
    height = layout.legend_top + LEGEND_ROW * len(series) + 10
    width, left = layout.width, layout.text_left
    prefix = escape(id_prefix)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{prefix}-title" aria-describedby="{prefix}-desc" '
        f'font-family="system-ui, sans-serif" font-size="{layout.font_size}" '
        f'fill="{TEXT_COLOUR}">',
        f'<title id="{prefix}-title"{lang_of(title)}>{escape(title)}</title>',
        f'<desc id="{prefix}-desc">{escape(description)}</desc>',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
        *title_lines(title, layout),
    ]
    if notice:
        parts.append(
            f'<text x="{left}" y="{layout.plot_top - 36}" font-weight="bold" '
            f'fill="{NOTICE_COLOUR}" class="chart-notice">{escape(notice)}</text>'
        )
    parts += [
        *y_axis(y_scale, unit, layout),
        *x_axis(x_scale, layout),
        *(svg_series(line, index, x_scale, y_scale, decimals) for index, line in enumerate(series)),
        *legend(series, layout),
        "</svg>",
    ]
    return mark_safe("\n".join(parts))  # noqa: S308 - every text and attribute was escaped above


def title_lines(title, layout):
    """The title over the chart, on a second line where one would run past the picture."""
    # A character of the title takes about 0.55 of its font size.
    room = (layout.width - layout.text_left) / (layout.title_size * 0.55)
    lines = [""]
    for word in str(title).split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > room and len(lines) < 2:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return [
        f'<text x="{layout.text_left}" y="{24 + 20 * number}" font-size="{layout.title_size}" '
        f'font-weight="bold"{lang_of(title)}>{escape(line)}</text>'
        for number, line in enumerate(lines)
    ]


def lang_of(text: Text) -> str:
    """The lang attribute of a text in the other language than the page, else nothing."""
    if isinstance(text, LocalisedText) and text.is_fallback:
        return f' lang="{escape(text.lang)}"'
    return ""


def number(value: float) -> str:
    """A coordinate with one decimal, never "-0.0"."""
    return f"{round(value, 1) + 0.0:.1f}"


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


def y_axis(scale, unit, layout):
    left, right = layout.plot_left, layout.plot_right
    top, bottom = layout.plot_top, layout.plot_bottom
    parts = [
        f'<text x="{left - 8}" y="{top - 16}" text-anchor="end" '
        f'font-weight="bold"{lang_of(unit)}>{escape(unit)}</text>'
    ]
    for tick in scale.ticks():
        y = number(scale(tick))
        label = format_figure(Decimal(repr(tick)), scale.decimals)
        parts.append(
            f'<line x1="{left}" y1="{y}" x2="{right}" y2="{y}" '
            f'stroke="{GRID_COLOUR}" stroke-width="1"/>'
            f'<text x="{left - 8}" y="{y}" text-anchor="end" dominant-baseline="middle" '
            f'class="y-tick">{escape(label)}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" '
        f'stroke="{TEXT_COLOUR}" stroke-width="1.5"/>'
    )
    return parts


def x_axis(scale, layout):
    left, right, bottom = layout.plot_left, layout.plot_right, layout.plot_bottom
    parts = [
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" '
        f'stroke="{TEXT_COLOUR}" stroke-width="1.5"/>'
    ]
    for year in scale.ticks():
        x = number(scale(year))
        parts.append(
            f'<line x1="{x}" y1="{bottom}" x2="{x}" y2="{bottom + 6}" '
            f'stroke="{TEXT_COLOUR}" stroke-width="1.5"/>'
            f'<text x="{x}" y="{bottom + 24}" text-anchor="middle" '
            f'class="x-tick">{year}</text>'
        )
    parts.append(
        f'<text x="{(left + right) // 2}" y="{bottom + 50}" text-anchor="middle" '
        f'font-weight="bold">{escape(_("Year"))}</text>'
    )
    return parts


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


def svg_series(line, index, x_scale, y_scale, decimals):
    marker, dash, colour, width = SERIES_STYLES[index]
    paths = []
    for run in segments(line.points):
        if len(run) > 1:
            d = " ".join(
                f"{'M' if i == 0 else 'L'}{number(x_scale(p.position))},{number(y_scale(float(v)))}"
                for i, (p, v) in enumerate(run)
            )
            dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
            paths.append(
                f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width}"'
                f'{dash_attribute} stroke-linejoin="round"/>'
            )
    points = []
    for period, value in line.points:
        text = _("%(area)s, %(period)s: %(value)s") % {
            "area": str(line.label),
            "period": period.label(),
            "value": format_figure(value, decimals),
        }
        shape = marker_shape(
            marker, x_scale(period.position), y_scale(float(value)), colour, MARKER_SIZE
        )
        points.append(
            f'<g class="point" data-period="{escape(period.code)}" data-value="{value}">'
            f"{shape}<title>{escape(text)}</title></g>"
        )
    return f'<g class="series" data-series="{escape(line.key)}">' + "".join(paths + points) + "</g>"


def marker_shape(kind, x, y, colour, size):
    """A filled marker around a point; its outline in white keeps it clear of the lines."""
    paint = f'fill="{colour}" stroke="#ffffff" stroke-width="1.5"'
    if kind == "circle":
        return f'<circle cx="{number(x)}" cy="{number(y)}" r="{size}" {paint}/>'
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
    d = " ".join(
        f"{'M' if i == 0 else 'L'}{number(x + dx * size)},{number(y + dy * size)}"
        for i, (dx, dy) in enumerate(corners)
    )
    return f'<path d="{d} Z" {paint}/>'


def legend(series, layout):
    parts = ['<g class="legend">']
    # Under the plot; on a narrow picture from its very left, for the areas' long names.
    left = layout.plot_left if layout.width >= WIDE.width else layout.text_left
    for index, line in enumerate(series):
        marker, dash, colour, width = SERIES_STYLES[index]
        y = layout.legend_top + index * LEGEND_ROW
        dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<line x1="{left}" y1="{y}" x2="{left + 56}" y2="{y}" stroke="{colour}" '
            f'stroke-width="{width}"{dash_attribute}/>'
            + marker_shape(marker, left + 28, y, colour, MARKER_SIZE)
            + f'<text x="{left + 68}" y="{y}" dominant-baseline="middle"{lang_of(line.label)}>'
            f"{escape(line.label)}</text>"
        )
    parts.append("</g>")
    return parts
