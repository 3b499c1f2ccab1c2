"""The yearly follow-up of a letter of intent: each commitment's indicators, their latest
figure against the baseline and the target, as the steering group's evaluation starts."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from agreements.models import FollowUp
from monitoring.figures import format_figure
from monitoring.models import Indicator, Observation
from monitoring.trends import area_filter, area_key, in_order
from networks.areas import name_of_area

REACHED, TOWARDS, AWAY, UNCHANGED, NO_FIGURES = (
    "reached",
    "towards",
    "away",
    "unchanged",
    "no_figures",
)


@dataclass(frozen=True)
class Row:
    """One indicator of one commitment, as of the year followed up."""

    follow_up: FollowUp
    baseline_period: object
    baseline: Decimal | None
    latest_period: object
    latest: Decimal | None

    @property
    def indicator(self):
        return self.follow_up.indicator

    @property
    def area_name(self):
        return name_of_area(self.follow_up.area)

    def figure(self, value):
        return f"{format_figure(value, self.indicator.decimals)} {self.indicator.unit}".strip()

    @property
    def figure_baseline(self):
        return self.figure(self.baseline)

    @property
    def figure_latest(self):
        return self.figure(self.latest)

    @property
    def figure_target(self):
        return self.figure(self.follow_up.target_value)

    @property
    def status(self):
        if self.baseline is None or self.latest is None:
            return NO_FIGURES
        target, moved = self.follow_up.target_value, self.latest - self.baseline
        gap = target - self.baseline
        if gap == 0:
            return REACHED if self.meets(target) else AWAY
        if (gap > 0 and self.latest >= target) or (gap < 0 and self.latest <= target):
            return REACHED
        if moved == 0:
            return UNCHANGED
        return TOWARDS if (moved > 0) == (gap > 0) else AWAY

    def meets(self, target):
        better = self.indicator.better
        if better == Indicator.Better.HIGHER:
            return self.latest >= target
        if better == Indicator.Better.LOWER:
            return self.latest <= target
        return self.latest == target

    @property
    def share_of_the_way(self):
        """How far from the baseline towards the target the latest figure is, in per cent."""
        gap = self.follow_up.target_value - self.baseline
        return round((self.latest - self.baseline) / gap * 100)

    def describe(self):
        """The progress in words: read without the table's colours or symbols."""
        status = self.status
        if status == NO_FIGURES:
            if self.baseline is None:
                return _("No figure for the baseline year yet.")
            return _("No figure after the baseline yet.")
        if status == REACHED:
            return _("Target reached.")
        if status == UNCHANGED:
            return _("No change since the baseline.")
        if status == TOWARDS:
            return _("Towards the target: %(share)d %% of the way.") % {
                "share": self.share_of_the_way
            }
        return _("Away from the target.")


def follow_ups_of(version):
    return (
        FollowUp.objects.filter(commitment__version=version)
        .select_related("indicator", "municipality", "sub_region", "commitment__party__actor")
        .order_by("commitment__party__order", "commitment__order", "order", "pk")
    )


def observations_for(follow_ups):
    """The figures of the indicators followed, for the areas they are followed in, in one
    query: {(indicator pk, area key): [(period, value)] in order}."""
    if not follow_ups:
        return {}
    areas = area_filter(
        municipalities={f.municipality_id for f in follow_ups if f.municipality_id},
        sub_regions={f.sub_region_id for f in follow_ups if f.sub_region_id},
    )
    grouped = defaultdict(list)
    observations = Observation.objects.filter(
        areas, indicator__in={f.indicator_id for f in follow_ups}
    )
    for observation in observations:
        grouped[(observation.indicator_id, area_key(observation))].append(observation)
    return {key: in_order(items) for key, items in grouped.items()}


def years_with_figures(points_by_key, follow_ups):
    """The years after the earliest baseline that have figures: the years to follow up."""
    if not follow_ups:
        return []
    first = min(follow_up.baseline_year for follow_up in follow_ups)
    years = {period.year for points in points_by_key.values() for period, _v in points}
    return sorted(year for year in years if year > first)


def figure_of_year(points, year):
    """(period, value): the year's own figure, or else the last of a shorter period in it."""
    in_year = [(period, value) for period, value in points if period.year == year]
    whole_year = [point for point in in_year if point[0].kind == "year"]
    if whole_year:
        return whole_year[0]
    return in_year[-1] if in_year else (None, None)


def rows(follow_ups, points_by_key, year):
    """Each follow-up's row as of the end of `year` (None: no figures to follow yet); the
    latest figure is read the way the baseline is, from the latest year that has one."""
    result = []
    for follow_up in follow_ups:
        points = points_by_key.get((follow_up.indicator_id, area_key(follow_up)), [])
        later = {
            period.year
            for period, _value in points
            if year is not None and follow_up.baseline_year < period.year <= year
        }
        baseline = figure_of_year(points, follow_up.baseline_year)
        latest = figure_of_year(points, max(later)) if later else (None, None)
        result.append(Row(follow_up, *baseline, *latest))
    return result


def by_commitment(rows_):
    """[(party, [(commitment, [row])])] in the agreement's order."""
    parties = {}
    for row in rows_:
        commitment = row.follow_up.commitment
        commitments = parties.setdefault(commitment.party, {})
        commitments.setdefault(commitment, []).append(row)
    return [(party, list(commitments.items())) for party, commitments in parties.items()]
