"""Municipal staff propose practices, and tell where they use one; both arrive for
coordinators to check: a practice as a draft, an adoption hidden.

A visitor without an account confirms the proposal from an e-mailed link first: until then
the proposal waits as a PendingProposal, for three days at most. The link carries only a
random token, so no personal data ends up in addresses or access logs."""

import datetime
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal import caching
from portal.mail import send_templated_mail
from portal.ratelimit import RateLimit, client_ip
from practices import services
from practices.forms import AdoptionProposalForm, ProposalForm
from practices.models import PendingProposal, Practice

CONFIRMATION_TIME = datetime.timedelta(days=3)
HOUR = 60 * 60
# Five proposals an hour from one visitor (or member); an address gets three confirmation
# e-mails an hour, as many as a password reset sends (portal.password_reset).
PROPOSALS = RateLimit("practice-proposals", limit=5, period=HOUR)
CONFIRMATIONS_PER_ADDRESS = RateLimit("proposal-confirmations", limit=3, period=HOUR)
PROPOSAL_KEYS = {"title", "summary", "description", "organisation", "contact_organisation"}
ADOPTION_KEYS = {"organisation", "adaptation", "results", "contact_organisation"}


@dataclass(frozen=True)
class Kind:
    """A kind of proposal: its form's page, its confirmation e-mail, the word its thanks
    page is asked with, and how it becomes a draft or a hidden record (`create(payload,
    user)`; None if what it was about has gone meanwhile)."""

    key: str
    page: str
    mail: str
    thanks_step: str
    create: Callable


PRACTICE = Kind(
    "practice",
    "practices/propose.html",
    "practices/email/proposal_confirm",
    "",
    lambda payload, user=None: services.create_proposal(payload, user=user),
)
ADOPTION = Kind(
    "adoption",
    "practices/propose_adoption.html",
    "practices/email/adoption_confirm",
    "adoption",
    lambda payload, user=None: services.create_adoption_proposal(payload),
)
KINDS = {kind.key: kind for kind in (PRACTICE, ADOPTION)}


def thanks_url(kind, *, awaiting_confirmation):
    steps = ["confirm"] if awaiting_confirmation else []
    steps += [kind.thanks_step] if kind.thanks_step else []
    url = reverse("practices:propose-thanks")
    return f"{url}?step={'-'.join(steps)}" if steps else url


def received(request, kind, form, context, payload_of, title):
    """A proposal form's answer, whatever the kind: the rate limits, the robots' field, a
    member's proposal at once, a visitor's after the confirmation e-mail."""
    context = {**context, "form": form}
    if request.method != "POST":
        return render(request, kind.page, context)
    identities = (client_ip(request), proposer_identity(request))
    if PROPOSALS.exceeded(*identities):
        # The bound form shows again what was typed, so nothing is lost while waiting.
        return render(request, kind.page, {**context, "too_many": True}, status=429)
    if form.is_spam():
        # Robots are answered as people are, so that they learn nothing from the answer.
        PROPOSALS.record(*identities)
        awaiting = not request.user.is_authenticated
        return redirect(thanks_url(kind, awaiting_confirmation=awaiting))
    if not form.is_valid():
        return render(request, kind.page, context)
    payload = {**payload_of(form.cleaned_data), "kind": kind.key, "language": get_language()}
    payload["email"] = form.cleaned_data.get("email", "")
    if request.user.is_authenticated:
        PROPOSALS.record(*identities)
        kind.create(payload, user=request.user)
        return redirect(thanks_url(kind, awaiting_confirmation=False))
    if CONFIRMATIONS_PER_ADDRESS.exceeded(payload["email"]):
        form.add_error(
            None,
            _(
                "Confirmation e-mails have already been sent to this address several times "
                "within the last hour. Please send this proposal again in an hour: what you "
                "typed is kept below."
            ),
        )
        return render(request, kind.page, context, status=429)
    forget_unconfirmed_proposals()
    token = secrets.token_urlsafe(32)
    PendingProposal.objects.create(token=token, email=payload["email"], payload=payload)
    if not send_confirmation(request, kind, payload, token, title):
        PendingProposal.objects.filter(token=token).delete()
        form.add_error(
            None, _("We could not send the confirmation e-mail just now. Please try again later.")
        )
        return render(request, kind.page, context, status=503)
    PROPOSALS.record(*identities)
    CONFIRMATIONS_PER_ADDRESS.record(payload["email"])
    return redirect(thanks_url(kind, awaiting_confirmation=True))


def propose(request):
    form = ProposalForm(request.POST or None, user=request.user)
    return received(request, PRACTICE, form, {}, proposal_from, lambda p: p["title"])


def propose_adoption(request, slug):
    """Municipal staff tell that they use a published practice."""
    practice = get_object_or_404(Practice.objects.published(), slug=slug)
    form = AdoptionProposalForm(request.POST or None, user=request.user)
    return received(
        request,
        ADOPTION,
        form,
        {"practice": practice},
        lambda cleaned_data: adoption_from(practice, cleaned_data),
        lambda _payload: practice.title,
    )


def confirm_proposal(request, token):
    with transaction.atomic():
        pending = PendingProposal.objects.select_for_update().filter(token=token[:64]).first()
        if pending is None:
            return render(request, "practices/propose_invalid.html", {"expired": False}, status=400)
        # A proposal of before the kinds were named is a practice's.
        kind = KINDS.get(pending.payload.get("kind"), PRACTICE)
        if pending.confirmed_at is None:
            if pending.created_at < timezone.now() - CONFIRMATION_TIME:
                pending.delete()
                return render(
                    request, "practices/propose_invalid.html", {"expired": True}, status=410
                )
            if kind.create(pending.payload) is None:
                pending.delete()  # What it was about is gone: nothing to keep it for.
                return render(
                    request, "practices/propose_invalid.html", {"expired": False}, status=410
                )
            # The draft holds what is needed now; the token stays so that a second click
            # finds the proposal already confirmed instead of creating it again. Only a kind
            # other than a practice's is kept, to thank a second click in the right words.
            pending.confirmed_at = timezone.now()
            pending.email = ""
            pending.payload = {} if kind is PRACTICE else {"kind": kind.key}
            pending.save()
    return redirect(thanks_url(kind, awaiting_confirmation=False))


def forget_unconfirmed_proposals():
    """Proposals nobody confirmed in time are deleted with the address they hold; returns
    how many."""
    deleted, _by_model = PendingProposal.objects.filter(
        confirmed_at__isnull=True, created_at__lt=timezone.now() - CONFIRMATION_TIME
    ).delete()
    return deleted


@caching.query_parameters("step")
def proposal_received(request):
    steps = request.GET.get("step", "").split("-")
    return render(
        request,
        "practices/propose_thanks.html",
        {"awaiting_confirmation": "confirm" in steps, "adoption": "adoption" in steps},
    )


def proposer_identity(request):
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return request.POST.get("email", "")


def proposal_from(cleaned_data):
    proposal = {key: cleaned_data.get(key, "") for key in PROPOSAL_KEYS}
    proposal["municipalities"] = [
        municipality.pk for municipality in cleaned_data["municipalities"]
    ]
    return proposal


def adoption_from(practice, cleaned_data):
    proposal = {key: cleaned_data.get(key, "").strip() for key in ADOPTION_KEYS}
    municipality, actor = cleaned_data.get("municipality"), cleaned_data.get("actor")
    started_on = cleaned_data.get("started_on")
    proposal.update(
        practice=practice.pk,
        municipality=municipality.pk if municipality else None,
        actor=actor.pk if actor else None,
        started_on=started_on.isoformat() if started_on else "",
    )
    return proposal


def send_confirmation(request, kind, payload, token, title):
    url = request.build_absolute_uri(reverse("practices:propose-confirm", args=[token]))
    privacy_url = request.build_absolute_uri(reverse("portal:privacy"))
    return send_templated_mail(
        kind.mail,
        [payload["email"]],
        lambda code: {"title": title(payload), "url": url, "privacy_url": privacy_url},
        languages=[payload["language"]],
    )
