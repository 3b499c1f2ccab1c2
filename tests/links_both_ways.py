"""The records that tie a practice to the region's work, for the tests: an indicator that
follows it, a priority that selected it, a signed commitment that adopts it."""

import datetime
from decimal import Decimal

from agreements.models import Commitment, FollowUp, Version
from monitoring.models import Indicator
from practices.models import Priority, PrioritySelection
from tests.agreements.factories import PartyFactory, VersionFactory
from tests.practices.factories import SourceFactory, ThemeFactory
from tests.translated import translated


def indicator_for(practice, slug, **fields):
    indicator = Indicator.objects.create(
        slug=slug,
        theme=ThemeFactory(),
        source=SourceFactory(),
        **translated(
            name_fi=f"Mittari {slug}",
            name_sv=f"Mätare {slug}",
            definition_fi="Määritelmä.",
            unit_fi="%",
        ),
        **fields,
    )
    indicator.practices.add(practice)
    return indicator


def priority_for(practice, slug):
    priority = Priority.objects.create(
        slug=slug,
        starts_on=datetime.date(2025, 1, 1),
        **translated(title_fi=f"Painopiste {slug}", title_sv=f"Prioritet {slug}"),
    )
    PrioritySelection.objects.create(priority=priority, practice=practice)
    return priority


def commit_to(
    practice,
    text,
    actor=None,
    indicator=None,
    status=Version.Status.SIGNED,
    target=Decimal("70"),
    **area,
):
    """A version of `status` with a party (of `actor`, if given) committing to the practice;
    followed by `indicator`, if given, towards `target` by 2030 in the area (a
    `municipality` or `sub_region`; the whole region if neither)."""
    version = VersionFactory(sections=0)
    party = PartyFactory(agreement=version.agreement, **({"actor": actor} if actor else {}))
    commitment = Commitment.objects.create(
        version=version,
        party=party,
        **translated(text_fi=text, text_sv=f"{text} (sv)"),
    )
    commitment.practices.add(practice)
    if indicator:
        FollowUp.objects.create(
            commitment=commitment,
            indicator=indicator,
            baseline_year=2024,
            target_value=target,
            target_year=2030,
            **area,
        )
    Version.objects.filter(pk=version.pk).update(status=status)
    return commitment
