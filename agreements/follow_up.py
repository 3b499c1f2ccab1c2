"""The yearly follow-up of a letter of intent: each commitment's indicators, their latest
figure against the baseline and the target, as the steering group's evaluation starts."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.utils.translation import gettext as _

from agreements.models import FollowUp
from practices.figures import format_figure
from practices.models import Indicator, Observation
from practices.monitoring import REGION_KEY, area_key, in_order

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
    baseline: Decimal | None
    latest_period: object
    latest: Decimal | None

    @property
    def indicator(self):
        return self.follow_up.indicator

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


def follow_ups_of(agreement):
    return (
        FollowUp.objects.filter(commitment__party__agreement=agreement)
        .select_related("indicator", "municipality", "sub_region", "commitment__party__actor")
        .order_by("commitment__party__order", "commitment__order", "order", "pk")
    )


def key_of(follow_up):
    if follow_up.municipality_id:
        return ("municipality", follow_up.municipality_id)
    if follow_up.sub_region_id:
        return ("sub_region", follow_up.sub_region_id)
    return REGION_KEY


def observations_for(follow_ups):
    """The figures of the indicators followed, for the areas they are followed in, in one
    query: {(indicator pk, area key): [(period, value)] in order}."""
    if not follow_ups:
        return {}
    areas = Q(municipality__isnull=True, sub_region__isnull=True)
    municipalities = {f.municipality_id for f in follow_ups if f.municipality_id}
    sub_regions = {f.sub_region_id for f in follow_ups if f.sub_region_id}
    if municipalities:
        areas |= Q(municipality__in=municipalities)
    if sub_regions:
        areas |= Q(sub_region__in=sub_regions)
    grouped = defaultdict(list)
    observations = Observation.objects.filter(
        areas, indicator__in={f.indicator_id for f in follow_ups}
    )
    for observation in observations:
        grouped[(observation.indicator_id, area_key(observation))].append(observation)
    return {key: in_order(items) for key, items in grouped.items()}


def years_with_figures(points_by_key):
    return sorted({period.year for points in points_by_key.values() for period, _v in points})


def value_in(points, year):
    """The year's own figure, or else the last figure of a shorter period in that year."""
    in_year = [(period, value) for period, value in points if period.year == year]
    whole_year = [value for period, value in in_year if period.kind == "year"]
    if whole_year:
        return whole_year[0]
    return in_year[-1][1] if in_year else None


def rows(follow_ups, points_by_key, year):
    """Each follow-up's row as of the end of `year`."""
    result = []
    for follow_up in follow_ups:
        points = points_by_key.get((follow_up.indicator_id, key_of(follow_up)), [])
        until = [(period, value) for period, value in points if period.year <= year]
        latest = until[-1] if until and until[-1][0].year > follow_up.baseline_year else None
        result.append(
            Row(
                follow_up=follow_up,
                baseline=value_in(points, follow_up.baseline_year),
                latest_period=latest[0] if latest else None,
                latest=latest[1] if latest else None,
            )
        )
    return result


def by_commitment(rows_):
    """[(party, [(commitment, [row])])] in the agreement's order."""
    parties = {}
    for row in rows_:
        commitment = row.follow_up.commitment
        commitments = parties.setdefault(commitment.party, {})
        commitments.setdefault(commitment, []).append(row)
    return [(party, list(commitments.items())) for party, commitments in parties.items()]
