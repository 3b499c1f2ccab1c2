"""On the regional priorities page: how each priority made of a candidate fared in its
round (its place, points and rankings), once the round's result is published."""

from rounds import results
from rounds.models import Candidate


def priorities_block(request, priorities):
    candidacies = (
        Candidate.objects.filter(priority__in=priorities, round__result_published_at__isnull=False)
        .select_related("round")
        .order_by("round_id")
    )
    blocks = {}
    ranked_by_round = {}
    for candidacy in candidacies:
        if candidacy.round_id not in ranked_by_round:
            ranked_by_round[candidacy.round_id] = results.ranked_candidates(candidacy.round)
        listed = ranked_by_round[candidacy.round_id][Candidate.Kind.PRIORITY]
        ranked = next(c for c in listed if c.pk == candidacy.pk)
        blocks[candidacy.priority_id] = {
            "round": candidacy.round,
            "candidate": ranked,
            "of": len(listed),
        }
    return blocks
