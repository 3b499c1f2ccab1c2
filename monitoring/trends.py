"""Monitoring figures as the pages read them: an area's values in order, the latest value and
its trend, judged by the indicator's better direction."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from monitoring.figures import format_figure
from monitoring.models import Indicator, Observation

REGION_KEY = "region"


@dataclass(frozen=True)
class Trend:
    """How the latest value compares with the one before it of the same kind of period."""

    change: Decimal
    since: object
    better: str

    @property
    def direction(self):
        if self.change > 0:
            return "up"
        return "down" if self.change < 0 else "same"

    @property
    def judgement(self):
        """better, worse, or empty when the indicator has no better direction."""
        if self.direction == "same" or self.better == Indicator.Better.NEITHER:
            return ""
        higher_is_better = self.better == Indicator.Better.HIGHER
        return "better" if (self.direction == "up") == higher_is_better else "worse"

    def describe(self, decimals):
        """The trend in words, so that no one needs the arrow or a colour to read it."""
        change = format_figure(abs(self.change), decimals)
        since = self.since.label()
        if self.direction == "same":
            return _("unchanged from the figure before (%(period)s)") % {"period": since}
        values = {"change": change, "period": since}
        if self.direction == "up":
            text = _("up by %(change)s from the figure before (%(period)s)") % values
        else:
            text = _("down by %(change)s from the figure before (%(period)s)") % values
        if self.judgement == "better":
            return _("%(trend)s: better") % {"trend": text}
        if self.judgement == "worse":
            return _("%(trend)s: worse") % {"trend": text}
        return text


@dataclass(frozen=True)
class Latest:
    """An area's latest value of an indicator and its trend."""

    period: object
    value: Decimal
    trend: Trend | None


def in_order(observations):
    """(period, value) pairs in the order of their periods."""
    return sorted(
        ((observation.period, observation.value) for observation in observations),
        key=lambda point: point[0].sort_key,
    )


def latest_of(points, better):
    """The latest point and its change since the previous period of the same kind."""
    if not points:
        return None
    period, value = points[-1]
    earlier = [(p, v) for p, v in points[:-1] if p.kind == period.kind]
    trend = Trend(value - earlier[-1][1], earlier[-1][0], better) if earlier else None
    return Latest(period, value, trend)


def area_key(observation):
    if observation.municipality_id:
        return ("municipality", observation.municipality_id)
    if observation.sub_region_id:
        return ("sub_region", observation.sub_region_id)
    return REGION_KEY


def area_filter(municipalities=(), sub_regions=()):
    """The Q of observations for the whole region and for the given areas."""
    areas = Q(municipality__isnull=True, sub_region__isnull=True)
    if municipalities:
        areas |= Q(municipality__in=municipalities)
    if sub_regions:
        areas |= Q(sub_region__in=sub_regions)
    return areas


def observations_by_area(indicator, municipalities=(), sub_regions=()):
    """The indicator's observations for the region and the given areas, in one query."""
    grouped = defaultdict(list)
    observations = indicator.observations.filter(area_filter(municipalities, sub_regions))
    for observation in observations.chronological():
        grouped[area_key(observation)].append(observation)
    return grouped


@dataclass(frozen=True)
class MunicipalityRow:
    """An indicator on a municipality's page: its latest value beside the region's."""

    indicator: Indicator
    municipality: Latest | None
    region: Latest | None


def municipality_observations(municipality):
    """({indicator pk: indicator} with figures for the municipality or the region, their
    observations grouped by (indicator pk, area key)), in one query."""
    observations = (
        Observation.objects.filter(area_filter(municipalities=[municipality]))
        .select_related("indicator")
        .order_by("indicator__order", "indicator__slug")
    )
    indicators, grouped = {}, defaultdict(list)
    for observation in observations:
        indicators.setdefault(observation.indicator_id, observation.indicator)
        grouped[(observation.indicator_id, area_key(observation))].append(observation)
    return indicators, grouped


def municipality_rows(municipality):
    """Each indicator with figures for the municipality or the region, in one query."""
    indicators, grouped = municipality_observations(municipality)
    return [
        MunicipalityRow(
            indicator=indicator,
            municipality=latest_of(
                in_order(grouped[(pk, ("municipality", municipality.pk))]), indicator.better
            ),
            region=latest_of(in_order(grouped[(pk, REGION_KEY)]), indicator.better),
        )
        for pk, indicator in indicators.items()
    ]


def region_latest(indicators):
    """The region's latest value of each indicator, in one query: {indicator pk: Latest}."""
    grouped = defaultdict(list)
    for observation in Observation.objects.for_region().filter(indicator__in=indicators):
        grouped[observation.indicator_id].append(observation)
    return {
        indicator.pk: latest_of(in_order(grouped[indicator.pk]), indicator.better)
        for indicator in indicators
    }


def municipality_block(request, municipality):
    """A municipality page's block: each indicator's latest figure beside the region's."""
    rows = municipality_rows(municipality)
    return {
        "municipality": municipality,
        # Each indicator's page, comparing the municipality and its sub-region with the region.
        "compare_query": urlencode(
            {
                "compare": 1,
                "municipality": municipality.slug,
                "sub_region": municipality.sub_region.slug,
            }
        ),
        "rows": rows,
        "has_examples": any(row.indicator.is_example for row in rows),
    }


def priorities_block(request, priorities):
    """The priorities page's part: {priority pk: its indicators, each with the region's
    latest figure and how it moved}, in two queries for every priority shown."""
    links = (
        Indicator.priorities.through.objects.filter(priority__in=priorities)
        .select_related("indicator")
        .order_by("indicator__order", "indicator__slug")
    )
    indicators, by_priority = {}, defaultdict(list)
    for link in links:
        indicators.setdefault(link.indicator_id, link.indicator)
        by_priority[link.priority_id].append(link.indicator)
    latest = region_latest(list(indicators.values())) if indicators else {}
    return {
        pk: {"rows": [(indicator, latest.get(indicator.pk)) for indicator in followed]}
        for pk, followed in by_priority.items()
    }
