"""An agreement's own page: its versions, its parties and their commitments, and where each
party stands on the version sent to their decision-making."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from agreements import access, standing
from agreements.models import Agreement, Commitment
from agreements.views.shared import deny, login_redirects, with_groups
from practices.models import Practice


@login_redirects
def agreement_detail(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    user = with_groups(request.user)
    versions = [v for v in agreement.versions.order_by("-number") if access.can_view(user, v)]
    if not versions:
        deny(request.user)
    commitments = Commitment.objects.prefetch_related(
        Prefetch("practices", queryset=Practice.objects.published().order_by("title")), "paths"
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
            "parties": parties,
            "decided_on": decided_on,
            "standings": standings,
            "still_to_decide": [s for s in standings if s.is_pending],
            "decision_counts": standing.counts(standings),
        },
    )
