"""On the regional priorities page: how each priority made of a candidate fared in its
round (its place among the round's priorities, points and rankings), once the round's
result is published; one query, however many priorities and rounds."""

from rounds import results
from rounds.models import Candidate


def priorities_block(request, priorities):
    # Every candidate priority of each round that made one of these priorities, counted as
    # the round's result counts them.
    rivals = results.counted(
        Candidate.objects.filter(
            kind=Candidate.Kind.PRIORITY,
            round__result_published_at__isnull=False,
            round__in=Candidate.objects.filter(priority__in=priorities).values("round"),
        ).select_related("round")
    ).order_by("round_id", *results.ORDER)
    shown = {priority.pk for priority in priorities}
    by_round = {}
    for candidate in rivals:
        listed = by_round.setdefault(candidate.round_id, [])
        listed.append(candidate)
        candidate.position = len(listed)
    return {
        candidate.priority_id: {"round": candidate.round, "candidate": candidate, "of": len(listed)}
        for listed in by_round.values()
        for candidate in listed
        if candidate.priority_id in shown
    }
