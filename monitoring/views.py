"""Monitoring: the list of indicators, an indicator's figures as a chart and a table for the
region and the areas chosen to compare with it, and the same figures as CSV; a
municipality's needs."""

from dataclasses import dataclass, field

from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from monitoring.charts import MAX_SERIES, NARROW, WIDE, Series, line_chart
from monitoring.figures import rounded
from monitoring.models import Indicator
from monitoring.needs import needs_of
from monitoring.trends import (
    REGION_KEY,
    in_order,
    latest_of,
    observations_by_area,
    region_latest,
)
from networks.areas import region_name
from networks.gaps import PRACTICES_SHOWN
from networks.models import Municipality, SubRegion
from portal import caching
from portal.csv_export import csv_response
from portal.localised import localised

# The region is always shown; this many other areas beside it.
MAX_COMPARED = MAX_SERIES - 1
# More values than this in the query string are not looked at at all.
READ_MAX = 40


def indicator_list(request):
    """The indicators by theme, each with the region's latest value and its trend."""
    indicators = list(Indicator.objects.for_list())
    latest = region_latest(indicators)
    themes = {}
    for indicator in indicators:
        themes.setdefault(indicator.theme, []).append((indicator, latest[indicator.pk]))
    return render(
        request,
        "monitoring/indicator_list.html",
        {
            "themes": sorted(themes.items(), key=lambda item: (item[0].order, item[0].slug)),
            "has_examples": any(indicator.is_example for indicator in indicators),
        },
    )


@dataclass
class Comparison:
    """The areas chosen to compare with the region, and what could not be used."""

    sub_regions: list = field(default_factory=list)
    municipalities: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    choices: list = field(default_factory=list)


# The areas compared with the region; ?compare= says the form was sent (with none named: the
# region alone).
AREA_PARAMETERS = ("sub_region", "municipality", "compare")


def read_slugs(query, name):
    values = []
    for value in query.getlist(name)[:READ_MAX]:
        value = value.strip()
        if value and value not in values:
            values.append(value)
    return values


def compare_areas(query):
    """The sub-regions and municipalities in ?sub_region= and ?municipality=; unknown ones
    are left out and named, and at most MAX_COMPARED are shown."""
    sub_regions = list(SubRegion.objects.prefetch_related("municipalities"))
    by_slug = {("sub_region", s.slug): s for s in sub_regions}
    by_slug |= {("municipality", m.slug): m for s in sub_regions for m in s.municipalities.all()}
    asked = [("sub_region", slug) for slug in read_slugs(query, "sub_region")]
    asked += [("municipality", slug) for slug in read_slugs(query, "municipality")]
    if "compare" not in query and not asked and len(sub_regions) <= MAX_COMPARED:
        # Before anyone chooses: the region beside its sub-regions.
        asked = [("sub_region", s.slug) for s in sub_regions]
    comparison = Comparison()
    unknown = [slug for kind, slug in asked if (kind, slug) not in by_slug]
    found = [by_slug[key] for key in asked if key in by_slug]
    if unknown:
        comparison.notices.append(
            ngettext(
                "This area was not found and is left out: %(areas)s.",
                "These areas were not found and are left out: %(areas)s.",
                len(unknown),
            )
            % {"areas": ", ".join(slug[:40] for slug in unknown)}
        )
    if len(found) > MAX_COMPARED:
        comparison.notices.append(
            _(
                "At most %(count)d areas can be compared with the region at once: showing the "
                "first %(count)d."
            )
            % {"count": MAX_COMPARED}
        )
        found = found[:MAX_COMPARED]
    for area in found:
        target = (
            comparison.sub_regions if isinstance(area, SubRegion) else comparison.municipalities
        )
        target.append(area)
    # Model instances are equal only to the same model's: a sub-region never to a municipality.
    chosen = set(found)
    comparison.choices = [
        (
            sub_region,
            sub_region in chosen,
            [(m, m in chosen) for m in sub_region.municipalities.all()],
        )
        for sub_region in sub_regions
    ]
    return comparison


@dataclass(frozen=True)
class Line:
    """An area's observations: as a chart's series and by period for the table."""

    series: Series
    by_period: dict


def lines_for(indicator, comparison):
    grouped = observations_by_area(indicator, comparison.municipalities, comparison.sub_regions)
    areas = [(REGION_KEY, region_name())]
    areas += [(("sub_region", s.pk), localised(s, "name")) for s in comparison.sub_regions]
    areas += [(("municipality", m.pk), localised(m, "name")) for m in comparison.municipalities]
    lines = []
    for key, label in areas:
        observations = sorted(grouped.get(key, []), key=lambda o: o.period.sort_key)
        series_key = key if key == REGION_KEY else f"{key[0]}-{key[1]}"
        lines.append(
            Line(
                series=Series(key=series_key, label=label, points=in_order(observations)),
                by_period={o.period: o for o in observations},
            )
        )
    return lines


def table_rows(lines):
    periods = sorted({p for line in lines for p in line.by_period}, key=lambda p: p.sort_key)
    return [(period, [line.by_period.get(period) for line in lines]) for period in periods]


def chart_description(indicator, lines, rows):
    names = ", ".join(str(line.series.label) for line in lines)
    if not rows:
        return ""
    return _(
        "A line chart of %(indicator)s (%(unit)s) from %(first)s to %(last)s: %(areas)s. "
        "The same figures are in the table below the chart."
    ) % {
        "indicator": indicator.name,
        "unit": indicator.unit,
        "first": rows[0][0].label(),
        "last": rows[-1][0].label(),
        "areas": names,
    }


@caching.query_parameters(*AREA_PARAMETERS)
def indicator_detail(request, slug):
    indicator = get_object_or_404(
        Indicator.objects.for_list().select_related("source__language"), slug=slug
    )
    comparison = compare_areas(request.GET)
    lines = lines_for(indicator, comparison)
    rows = table_rows(lines)
    example_notice = _("Example figures, not real statistics") if indicator.is_example else ""
    charts = {}
    if rows:
        # Drawn twice: a phone shows the narrow drawing, whose text stays readable.
        for name, layout in (("chart", WIDE), ("narrow_chart", NARROW)):
            charts[name] = line_chart(
                [line.series for line in lines],
                title=localised(indicator, "name"),
                description=chart_description(indicator, lines, rows),
                unit=localised(indicator, "unit"),
                decimals=indicator.decimals,
                notice=example_notice,
                id_prefix="indicator-chart" if layout is WIDE else "indicator-chart-narrow",
                layout=layout,
            )
    return render(
        request,
        "monitoring/indicator_detail.html",
        {
            "indicator": indicator,
            "comparison": comparison,
            "lines": lines,
            "rows": rows,
            **charts,
            "region": latest_of(lines[0].series.points, indicator.better),
            "max_compared": MAX_COMPARED,
            "other_indicators": Indicator.objects.exclude(pk=indicator.pk).only(
                "slug", "name_fi", "name_sv"
            ),
            **followed_and_aimed_at(indicator),
        },
    )


def followed_and_aimed_at(indicator):
    """The stages the indicator follows, the practices that aim to improve it (the strongest
    evidence first) and the signed commitments it follows with their targets: the agreements
    depend on this app, so their part is read through the reverse relation."""
    aiming = indicator.practices.published().order_by("-evidence_level", "title")
    return {
        "stages": indicator.stages.select_related("path").order_by("path__order", "order"),
        # The strongest few: at thousands of practices, listing all made megabytes.
        "aimed_at_by": aiming[:PRACTICES_SHOWN],
        "aimed_at_count": aiming.count(),
        "priorities": indicator.priorities.all(),
        "follow_ups": indicator.follow_ups.public().order_by(
            "commitment__version__agreement_id", "commitment__party__order", "pk"
        ),
    }


@caching.query_parameters(*AREA_PARAMETERS)
def indicator_csv(request, slug):
    """The page's figures for the same query string, as Finnish and Swedish Excel read them."""
    indicator = get_object_or_404(Indicator, slug=slug)
    lines = lines_for(indicator, compare_areas(request.GET))
    header = [
        _("Indicator"),
        _("Area"),
        _("Period"),
        _("Value"),
        _("Unit"),
        _("Note"),
        _("Example figures, not real statistics"),
    ]
    rows = (
        [
            indicator.name,
            str(line.series.label),
            period.code,
            rounded(observation.value, indicator.decimals),
            indicator.unit,
            observation.note,
            _("yes") if indicator.is_example else _("no"),
        ]
        for line in lines
        for period, observation in line.by_period.items()
    )
    return csv_response(f"{indicator.slug}.csv", header, rows)


def municipality_needs(request, slug):
    """A municipality's lagging indicators and gaps, each with its ranked practices
    (monitoring.needs): printable, and as CSV."""
    municipality = get_object_or_404(Municipality.objects.for_list(), slug=slug)
    return render(
        request,
        "monitoring/municipality_needs.html",
        {"municipality": municipality, "needs": needs_of(municipality)},
    )


def municipality_needs_csv(request, slug):
    """The needs page as rows: one per need and practice (a need without practices once)."""
    municipality = get_object_or_404(Municipality.objects.for_list(), slug=slug)
    header = [_("Need"), _("Why"), _("Rank"), _("Practice"), _("Evidence level"), _("Reasons")]
    rows = []
    for need in needs_of(municipality):
        why = " ".join(need.why)
        if not need.practices.options:
            rows.append([need.title, why, "", "", "", ""])
        for rank, option in enumerate(need.practices.options, start=1):
            practice = option.practice
            rows.append(
                [
                    need.title,
                    why,
                    rank,
                    localised(practice, "title").text,
                    practice.get_evidence_level_display(),
                    " ".join(option.reasons),
                ]
            )
    return csv_response(f"needs-{municipality.slug}.csv", header, rows)
