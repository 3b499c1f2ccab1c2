"""A municipality's needs, as a municipal coordinator takes them to a meeting: its indicators
that lag the whole region's or move away from the target of a signed commitment, and its
gaps in services, each with the practices that aim at it, ranked as the gap page ranks them
(networks.gaps: evidence, language, use in comparable municipalities), reasons in words.

The agreements depend on this app: the commitments' follow-ups are read through the
indicators' reverse relation."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from monitoring.figures import format_figure
from monitoring.models import Indicator
from monitoring.trends import REGION_KEY, in_order, latest_of, municipality_observations
from networks import gaps
from networks.coverage import build_coverage
from networks.gaps import Ranked, Want, top_practices
from networks.models import PathStage
from portal.localised import localised


@dataclass
class Need:
    """Something the municipality lacks, why it counts as a need, and what could help."""

    kind: str  # "indicator" or "gap"
    title: str
    url: str
    why: list = field(default_factory=list)
    practices: Ranked = field(default_factory=Ranked)  # the most promising, and how many
    language: str | None = None  # a gap's


def figure(value, indicator):
    return f"{format_figure(value, indicator.decimals)} {localised(indicator, 'unit')}".strip()


def lags_the_region(indicator, own, region_points):
    """Why the municipality's latest figure lags the region's of the same period, or None."""
    if own is None or indicator.better == Indicator.Better.NEITHER:
        return None
    region_value = dict(region_points).get(own.period)
    if region_value is None:
        return None
    higher_is_better = indicator.better == Indicator.Better.HIGHER
    if own.value == region_value or (own.value > region_value) == higher_is_better:
        return None
    return _("%(own)s here against %(region)s in the whole region (%(period)s).") % {
        "own": figure(own.value, indicator),
        "region": figure(region_value, indicator),
        "period": own.period.label(),
    }


def moves_away(indicator, own, follow_ups):
    """Why the latest change moves away from a signed commitment's target, one per target
    it moved further from (a worse figure still beyond its target is no need)."""
    if own is None or own.trend is None or own.trend.judgement != "worse":
        return []
    before = own.value - own.trend.change

    def further_from(target):
        return abs(own.value - target) > abs(before - target)

    return [
        _(
            "Moving away from the target %(target)s in %(area)s that %(party)s committed "
            "to: %(trend)s."
        )
        % {
            "target": follow_up.target_figure,
            "area": follow_up.area_name,
            "party": localised(follow_up.commitment.party.actor, "name"),
            "trend": own.trend.describe(indicator.decimals),
        }
        for follow_up in follow_ups
        if further_from(follow_up.target_value)
    ]


def indicator_needs(municipality):
    """The municipality's lagging indicators, with the ids of the practices aiming at them."""
    indicators, grouped = municipality_observations(municipality)
    follow_up_model = Indicator._meta.get_field("follow_ups").related_model
    targets = defaultdict(list)
    # The targets set for the municipality, for its sub-region and for the whole region:
    # a figure that worsens here moves away from each of them.
    its_areas = (
        Q(municipality=municipality)
        | Q(sub_region=municipality.sub_region_id)
        | Q(municipality__isnull=True, sub_region__isnull=True)
    )
    for follow_up in follow_up_model.objects.public().filter(its_areas, indicator__in=indicators):
        targets[follow_up.indicator_id].append(follow_up)
    needs = {}
    for pk, indicator in indicators.items():
        own_points = in_order(grouped[(pk, ("municipality", municipality.pk))])
        own = latest_of(own_points, indicator.better)
        why = [lags_the_region(indicator, own, in_order(grouped[(pk, REGION_KEY)]))]
        why = [reason for reason in why if reason] + moves_away(indicator, own, targets[pk])
        if why:
            needs[pk] = Need("indicator", localised(indicator, "name").text, "", why)
            needs[pk].indicator = indicator
    return needs


def gap_needs(municipality):
    """The municipality's gaps today: one need per stage and missing language."""
    coverage = build_coverage(
        PathStage.objects.select_related("path"), [municipality], timezone.localdate()
    )
    needs = []
    for cell in coverage.cells:
        for language, count, url in (
            ("fi", cell.finnish, cell.finnish_gap_url),
            ("sv", cell.swedish, cell.swedish_gap_url),
        ):
            if count:
                continue
            title = _("%(path)s – %(stage)s: nobody serves it %(language)s") % {
                "path": localised(cell.stage.path, "name"),
                "stage": localised(cell.stage, "name"),
                "language": gaps.language_words(language),
            }
            need = Need("gap", title, url, language=language)
            need.stage = cell.stage
            needs.append(need)
    return needs


def needs_of(municipality):
    """Every need of the municipality with its most promising practices, in a constant
    number of queries: one ranking per kind of need (the indicators', the gaps in Finnish
    and in Swedish), whatever the number of needs and practices."""
    by_indicator = indicator_needs(municipality)
    by_gap = gap_needs(municipality)
    gap_stages = {
        language: [need.stage.pk for need in by_gap if need.language == language]
        for language in gaps.LANGUAGES
    }
    stage_links = PathStage.practices.through.objects
    aiming, *serving = top_practices(
        municipality,
        Want(
            Indicator.practices.through.objects.filter(indicator__in=by_indicator),
            "indicator_id",
        ),
        *(
            Want(stage_links.filter(pathstage__in=stages), "pathstage_id", language)
            for language, stages in gap_stages.items()
        ),
    )
    for pk, need in by_indicator.items():
        need.url = need.indicator.get_absolute_url()
        need.practices = aiming.get(pk, Ranked())
    in_language = dict(zip(gap_stages, serving, strict=True))
    for need in by_gap:
        need.practices = in_language[need.language].get(need.stage.pk, Ranked())
    return list(by_indicator.values()) + by_gap
