"""An agreement's own page: its versions, its parties and their commitments, and where each
party stands on the version sent to their decision-making."""

from django.db.models import Prefetch
from django.shortcuts import render

from agreements import standing
from agreements.models import Commitment
from agreements.views.shared import login_redirects, visible_versions
from portal import caching
from practices.models import Practice


def commitments_version(request, versions):
    """The version whose commitments are shown: the one `?version=` names if the reader may
    see it (a link from a practice or an indicator names the signed one), else the newest."""
    wanted = request.GET.get("version", "")
    for version in versions:
        if str(version.number) == wanted:
            return version
    return versions[0]


@caching.query_parameters("version")
@login_redirects
def agreement_detail(request, slug):
    agreement, versions = visible_versions(request, slug)
    shown = commitments_version(request, versions)
    commitments = Commitment.objects.filter(version=shown).prefetch_related(
        Prefetch("practices", queryset=Practice.objects.published().order_by("title")),
        "paths",
    )
    parties = list(
        standing.parties_with_decisions(agreement, versions).prefetch_related(
            Prefetch("commitments", queryset=commitments)
        )
    )
    decided_on = standing.version_decided_on(versions)
    standings = standing.standings(parties, decided_on) if decided_on else []
    return render(
        request,
        "agreements/agreement_detail.html",
        {
            "agreement": agreement,
            "versions": versions,
            "commitments_version": shown,
            "newest": versions[0],
            "parties": parties,
            "decided_on": decided_on,
            "standings": standings,
            "still_to_decide": [s for s in standings if s.is_pending],
            "decision_counts": standing.counts(standings, decided_on) if decided_on else None,
        },
    )
