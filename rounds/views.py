"""The shared priority rounds: the list, and a round's page with its candidates, the
ranking form for those who may rank while it is open, and its result once published."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from portal import caching
from portal.private_links import new_token
from portal.ratelimit import client_ip
from rounds import ballots, results
from rounds.forms import RankingForm, ranked_count_message
from rounds.models import Ballot, Candidate, Round

RANKER_COOKIE = "round_ranker"
RANKER_COOKIE_AGE = 365 * 24 * 60 * 60


@caching.query_parameters()
def round_list(request):
    now = timezone.now()
    rounds = list(Round.objects.visible().order_by("-opens_at", "pk"))
    return render(
        request,
        "rounds/round_list.html",
        {
            "open_rounds": [r for r in rounds if r.is_open(now)],
            "coming_rounds": [r for r in rounds if not r.has_opened(now)],
            "closed_rounds": [r for r in rounds if r.closes_at <= now],
        },
    )


@caching.query_parameters()
def round_detail(request, slug):
    round_ = get_object_or_404(Round.objects.visible(), slug=slug)
    candidates = list(
        Candidate.objects.filter(round=round_)
        .select_related("practice")
        .order_by("kind", "order", "pk")
    )
    is_open = round_.is_open()
    group = ballots.group_of(request.user, round_)
    token = request.COOKIES.get(RANKER_COOKIE)
    ballot = ballots.ballot_of(round_, request.user, group, token) if is_open and group else None
    current = (
        {ranking.candidate_id: ranking.place for ranking in ballot.rankings.all()} if ballot else {}
    )
    form = None
    if is_open and group:
        form = RankingForm(
            request.POST or None, round_=round_, candidates=candidates, current=current
        )
    context = {
        "round": round_,
        "is_open": is_open,
        "group": group,
        "form": form,
        "has_ranked": bool(current),
        "priorities": [c for c in candidates if c.kind == Candidate.Kind.PRIORITY],
        "practices": [c for c in candidates if c.kind == Candidate.Kind.PRACTICE],
    }
    if form is not None:
        context["priority_fields"] = form.fields_of(Candidate.Kind.PRIORITY)
        context["practice_fields"] = form.fields_of(Candidate.Kind.PRACTICE)
    if round_.result_published:
        context["result"] = results.ranked_candidates(round_)
        context["ballot_counts"] = results.ballot_counts(round_)
    if request.method != "POST" or form is None:
        return render(request, "rounds/round_detail.html", context)
    public = group == Ballot.Group.PUBLIC
    identity = client_ip(request)
    if public and ballots.PUBLIC_RANKINGS_PER_HOUR.exceeded(identity):
        return render(
            request, "rounds/round_detail.html", {**context, "too_many": True}, status=429
        )
    if form.is_spam():
        return redirect(round_.get_absolute_url())
    if not form.is_valid():
        return render(request, "rounds/round_detail.html", context)
    if public:
        ballots.PUBLIC_RANKINGS_PER_HOUR.record(identity)
        token = token or new_token()
    ballots.save(round_, request.user, group, token, form.places)
    messages.success(request, ranked_count_message(len(form.places)))
    response = redirect(f"{round_.get_absolute_url()}#ranking")
    if public:
        response.set_cookie(
            RANKER_COOKIE,
            token,
            max_age=RANKER_COOKIE_AGE,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response
