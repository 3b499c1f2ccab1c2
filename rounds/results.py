"""A round's result: each candidate's points (a Borda count: with three places to give, the
first place scores 3, the second 2, the third 1), how many ranked it, how many put it first,
and how many of those were the partner network's and the public's; in one query."""

from django.db.models import Count, F, Q, Sum

from rounds.models import Ballot, Candidate

# Best first; a tie goes to more first places, then to the coordinators' order.
ORDER = ("-points", "-firsts", "order", "pk")


def counted(candidates):
    """The candidates with their points (a place is worth its round's places + 1 - the
    place), rankings, first places and each group's rankings."""
    return candidates.annotate(
        points=Sum(F("round__places") + 1 - F("rankings__place"), default=0),
        rankers=Count("rankings"),
        firsts=Count("rankings", filter=Q(rankings__place=1)),
        by_partners=Count(
            "rankings", filter=Q(rankings__ballot__group=Ballot.Group.PARTNER_NETWORK)
        ),
        by_public=Count("rankings", filter=Q(rankings__ballot__group=Ballot.Group.PUBLIC)),
    )


def ranked_candidates(round_):
    """The round's candidates, each kind ordered by its result, with their counts."""
    candidates = counted(
        Candidate.objects.filter(round=round_).select_related("practice", "priority")
    ).order_by("kind", *ORDER)
    by_kind = {kind: [] for kind in Candidate.Kind.values}
    for candidate in candidates:
        listed = by_kind[candidate.kind]
        candidate.position = len(listed) + 1
        listed.append(candidate)
    return by_kind


def ballot_counts(round_):
    """{group: the number of ballots}, and the total under "all"."""
    counts = dict(
        Ballot.objects.filter(round=round_, rankings__isnull=False)
        .values_list("group")
        .annotate(count=Count("pk", distinct=True))
    )
    return {group: counts.get(group, 0) for group in Ballot.Group.values} | {
        "all": sum(counts.values())
    }
