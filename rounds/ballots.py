"""Who may rank in a round, and saving a ranking: a member of the partner network (or the
steering group, or a coordinator) by their account; in a round open to the public, anyone,
known only by the hash of a random token in a cookie, so that one browser has one ranking
that it may change while the round is open."""

from django.db import transaction

from portal.private_links import hashed
from portal.ratelimit import RateLimit
from portal.roles import COORDINATORS, PARTNER_NETWORK, STEERING_GROUP
from rounds.models import Ballot, Ranking

HOUR = 60 * 60
# A visitor's rankings from one address in an hour: a household or an office, not a flood.
PUBLIC_RANKINGS_PER_HOUR = RateLimit("round-rankings", limit=20, period=HOUR)
MEMBER_GROUPS = (PARTNER_NETWORK, STEERING_GROUP, COORDINATORS)


def group_of(user, round_):
    """The group the person ranks in, or None when they may not rank in this round."""
    if user.is_authenticated and user.groups.filter(name__in=MEMBER_GROUPS).exists():
        return Ballot.Group.PARTNER_NETWORK
    if round_.open_to_public:
        return Ballot.Group.PUBLIC
    return None


def ballot_of(round_, user, group, ranker_token):
    """The person's ranking in the round, or None."""
    ballots = Ballot.objects.filter(round=round_).prefetch_related("rankings")
    if group == Ballot.Group.PARTNER_NETWORK:
        return ballots.filter(user=user).first()
    if ranker_token:
        return ballots.filter(ranker_hash=hashed(ranker_token), user__isnull=True).first()
    return None


@transaction.atomic
def save(round_, user, group, ranker_token, places):
    """Replaces the person's ranking with `places` ({candidate: place})."""
    if group == Ballot.Group.PARTNER_NETWORK:
        ballot, _created = Ballot.objects.get_or_create(
            round=round_, user=user, defaults={"group": group}
        )
    else:
        ballot, _created = Ballot.objects.get_or_create(
            round=round_, ranker_hash=hashed(ranker_token), defaults={"group": group}
        )
    ballot.rankings.all().delete()
    Ranking.objects.bulk_create(
        Ranking(ballot=ballot, candidate=candidate, place=place)
        for candidate, place in places.items()
    )
    ballot.save(update_fields=["updated_at"])
    return ballot
