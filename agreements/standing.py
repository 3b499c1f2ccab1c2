"""Where each party stands on a version: its decision, or the decision it has yet to make."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Prefetch

from agreements.models import Decision, Party, Version

DECIDED_ON = (Version.Status.SENT, Version.Status.SIGNED)


@dataclass(frozen=True)
class Standing:
    """A party's decision on the version in question and, when it has none there, its latest
    decision on an earlier one: approving version 3 is not approving version 4."""

    party: Party
    decision: Decision | None
    earlier: Decision | None

    @property
    def status(self):
        return self.decision.status if self.decision else Decision.Status.PENDING

    @property
    def is_pending(self):
        return self.status == Decision.Status.PENDING


def version_decided_on(versions):
    """The newest of these versions that was sent to the parties' decision-making."""
    return max(
        (version for version in versions if version.status in DECIDED_ON),
        key=lambda version: version.number,
        default=None,
    )


def parties_with_decisions(agreement, versions):
    """The agreement's parties, each with its decisions on these versions, newest first."""
    decisions = Decision.objects.filter(version__in=versions).select_related("version")
    return agreement.parties.select_related("actor").prefetch_related(
        Prefetch("decisions", queryset=decisions.order_by("-version__number"), to_attr="known")
    )


def standings(parties, version):
    """Each party's standing on `version`, from `parties_with_decisions`."""
    result = []
    for party in parties:
        on_version = first([d for d in party.known if d.version_id == version.pk])
        pending = on_version is None or on_version.status == Decision.Status.PENDING
        # Only a party yet to decide is shown what it decided on an earlier version.
        earlier = first(
            [
                d
                for d in party.known
                if d.version.number < version.number and d.status != Decision.Status.PENDING
            ]
        )
        result.append(Standing(party, on_version, earlier if pending else None))
    return result


def first(items):
    return items[0] if items else None


def counts(standings_, version):
    """How many parties approved, declined or have still to decide; once the version is
    signed, those that declined are named: they do not sign it."""
    counted = Counter(standing.status for standing in standings_)
    signed = version.status == Version.Status.SIGNED
    return {
        **{status: counted[status] for status in Decision.Status.values},
        "signed": signed,
        "not_signing": [s.party for s in standings_ if s.status == Decision.Status.DECLINED]
        if signed
        else [],
    }
