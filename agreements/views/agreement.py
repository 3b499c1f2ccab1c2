"""An agreement's own page: its versions, its parties and their commitments, and where each
party stands on the version sent to their decision-making."""

from django.db.models import Prefetch
from django.shortcuts import render

from agreements import standing
from agreements.models import Commitment
from agreements.views.shared import login_redirects, visible_versions
from practices.models import Practice


@login_redirects
def agreement_detail(request, slug):
    agreement, versions = visible_versions(request, slug)
    # The commitments as the newest version the reader may see has them.
    newest = versions[0]
    commitments = Commitment.objects.filter(version=newest).prefetch_related(
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
            "commitments_version": newest,
            "parties": parties,
            "decided_on": decided_on,
            "standings": standings,
            "still_to_decide": [s for s in standings if s.is_pending],
            "decision_counts": standing.counts(standings, decided_on) if decided_on else None,
        },
    )
