"""Municipal staff propose practices, and tell where they use one; both arrive for
coordinators to check: a practice as a draft, an adoption hidden.

A visitor without an account confirms the proposal from an e-mailed link first: until then
the proposal waits as a PendingProposal, for three days at most. The link carries only a
random token, so no personal data ends up in addresses or access logs."""

import datetime
import secrets

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
ADOPTION = "adoption"  # a pending proposal's kind, beside a practice's
ADOPTION_KEYS = {"organisation", "adaptation", "results", "contact_organisation"}


def propose(request):
    form = ProposalForm(request.POST or None, user=request.user)
    if request.method != "POST":
        return render(request, "practices/propose.html", {"form": form})
    identities = (client_ip(request), proposer_identity(request))
    if PROPOSALS.exceeded(*identities):
        # The bound form shows again what was typed, so nothing is lost while waiting.
        return render(
            request, "practices/propose.html", {"form": form, "too_many": True}, status=429
        )
    if form.is_spam():
        # Robots are answered as people are, so that they learn nothing from the answer.
        PROPOSALS.record(*identities)
        return redirect(thanks_url(awaiting_confirmation=not request.user.is_authenticated))
    if not form.is_valid():
        return render(request, "practices/propose.html", {"form": form})
    proposal = proposal_from(form.cleaned_data)
    if request.user.is_authenticated:
        PROPOSALS.record(*identities)
        services.create_proposal(proposal, user=request.user)
        return redirect(thanks_url(awaiting_confirmation=False))
    if CONFIRMATIONS_PER_ADDRESS.exceeded(proposal["email"]):
        form.add_error(
            None,
            _(
                "Confirmation e-mails have already been sent to this address several times "
                "within the last hour. Please send this proposal again in an hour: what you "
                "typed is kept below."
            ),
        )
        return render(request, "practices/propose.html", {"form": form}, status=429)
    forget_unconfirmed_proposals()
    token = secrets.token_urlsafe(32)
    PendingProposal.objects.create(token=token, email=proposal["email"], payload=proposal)
    sent = send_confirmation(request, proposal, token)
    if not sent:
        PendingProposal.objects.filter(token=token).delete()
        form.add_error(
            None, _("We could not send the confirmation e-mail just now. Please try again later.")
        )
        return render(request, "practices/propose.html", {"form": form}, status=503)
    PROPOSALS.record(*identities)
    CONFIRMATIONS_PER_ADDRESS.record(proposal["email"])
    return redirect(thanks_url(awaiting_confirmation=True))


def confirm_proposal(request, token):
    with transaction.atomic():
        pending = PendingProposal.objects.select_for_update().filter(token=token[:64]).first()
        if pending is None:
            return render(request, "practices/propose_invalid.html", {"expired": False}, status=400)
        if pending.confirmed_at is None:
            if pending.created_at < timezone.now() - CONFIRMATION_TIME:
                pending.delete()
                return render(
                    request, "practices/propose_invalid.html", {"expired": True}, status=410
                )
            kind = pending.payload.get("kind")
            if kind == ADOPTION:
                services.create_adoption_proposal(pending.payload)
            else:
                services.create_proposal(pending.payload)
            # The draft holds what is needed now; the token stays so that a second click
            # finds the proposal already confirmed instead of creating it again.
            pending.confirmed_at = timezone.now()
            # Only its kind is kept, to thank a second click in the right words.
            pending.email, pending.payload = "", {"kind": kind} if kind else {}
            pending.save()
        else:
            kind = pending.payload.get("kind")
    if kind == ADOPTION:
        return redirect(f"{reverse('practices:propose-thanks')}?step=adoption")
    return redirect(thanks_url(awaiting_confirmation=False))


def forget_unconfirmed_proposals():
    """Proposals nobody confirmed in time are deleted with the address they hold."""
    PendingProposal.objects.filter(
        confirmed_at__isnull=True, created_at__lt=timezone.now() - CONFIRMATION_TIME
    ).delete()


@caching.query_parameters("step")
def proposal_received(request):
    step = request.GET.get("step", "")
    return render(
        request,
        "practices/propose_thanks.html",
        {
            "awaiting_confirmation": step in ("confirm", "confirm-adoption"),
            "adoption": step in ("adoption", "confirm-adoption"),
        },
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
    proposal["email"] = cleaned_data.get("email", "")
    proposal["language"] = get_language()
    return proposal


def send_confirmation(request, proposal, token):
    url = request.build_absolute_uri(reverse("practices:propose-confirm", args=[token]))
    privacy_url = request.build_absolute_uri(reverse("portal:privacy"))
    return send_templated_mail(
        "practices/email/proposal_confirm",
        [proposal["email"]],
        lambda code: {"title": proposal["title"], "url": url, "privacy_url": privacy_url},
        languages=[proposal["language"]],
    )


def thanks_url(*, awaiting_confirmation):
    url = reverse("practices:propose-thanks")
    return f"{url}?step=confirm" if awaiting_confirmation else url


def propose_adoption(request, slug):
    """Municipal staff tell that they use a published practice; a visitor without an
    account confirms it from an e-mailed link first, as with a practice proposal."""
    practice = get_object_or_404(Practice.objects.published(), slug=slug)
    form = AdoptionProposalForm(request.POST or None, user=request.user)
    page = "practices/propose_adoption.html"
    context = {"form": form, "practice": practice}
    if request.method != "POST":
        return render(request, page, context)
    identities = (client_ip(request), proposer_identity(request))
    if PROPOSALS.exceeded(*identities):
        return render(request, page, {**context, "too_many": True}, status=429)
    if form.is_spam():
        PROPOSALS.record(*identities)
        return redirect(adoption_thanks_url(practice, awaiting_confirmation=True))
    if not form.is_valid():
        return render(request, page, context)
    proposal = adoption_from(practice, form.cleaned_data)
    if request.user.is_authenticated:
        PROPOSALS.record(*identities)
        services.create_adoption_proposal(proposal)
        return redirect(adoption_thanks_url(practice, awaiting_confirmation=False))
    if CONFIRMATIONS_PER_ADDRESS.exceeded(proposal["email"]):
        form.add_error(
            None,
            _(
                "Confirmation e-mails have already been sent to this address several times "
                "within the last hour. Please send this proposal again in an hour: what you "
                "typed is kept below."
            ),
        )
        return render(request, page, context, status=429)
    forget_unconfirmed_proposals()
    token = secrets.token_urlsafe(32)
    PendingProposal.objects.create(token=token, email=proposal["email"], payload=proposal)
    sent = send_templated_mail(
        "practices/email/adoption_confirm",
        [proposal["email"]],
        lambda code: {
            "title": practice.title,
            "url": request.build_absolute_uri(reverse("practices:propose-confirm", args=[token])),
            "privacy_url": request.build_absolute_uri(reverse("portal:privacy")),
        },
        languages=[proposal["language"]],
    )
    if not sent:
        PendingProposal.objects.filter(token=token).delete()
        form.add_error(
            None, _("We could not send the confirmation e-mail just now. Please try again later.")
        )
        return render(request, page, context, status=503)
    PROPOSALS.record(*identities)
    CONFIRMATIONS_PER_ADDRESS.record(proposal["email"])
    return redirect(adoption_thanks_url(practice, awaiting_confirmation=True))


def adoption_from(practice, cleaned_data):
    proposal = {key: cleaned_data.get(key, "").strip() for key in ADOPTION_KEYS}
    municipality, actor = cleaned_data.get("municipality"), cleaned_data.get("actor")
    started_on = cleaned_data.get("started_on")
    proposal.update(
        kind=ADOPTION,
        practice=practice.pk,
        municipality=municipality.pk if municipality else None,
        actor=actor.pk if actor else None,
        started_on=started_on.isoformat() if started_on else "",
        email=cleaned_data.get("email", ""),
        language=get_language(),
    )
    return proposal


def adoption_thanks_url(practice, *, awaiting_confirmation):
    url = reverse("practices:propose-thanks")
    return f"{url}?step={'confirm-adoption' if awaiting_confirmation else 'adoption'}"
