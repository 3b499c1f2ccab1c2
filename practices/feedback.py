"""Questions and comments on practices: received from anyone, moderated by the coordinators
before they are shown, answered by the coordinators or an organisation running the practice.

The writer's e-mail address, when given, serves only to send them the answer: it is erased
once the answer has gone, when the feedback is rejected, and after ADDRESS_KEPT at the latest
(`manage.py forget_feedback_addresses`, run daily)."""

import datetime
from functools import partial

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portal.mail import absolute, send_templated_mail
from portal.moderation import record_moderation
from portal.private_links import hashed, new_token
from portal.ratelimit import RateLimit
from portal.roles import coordinator_addresses
from practices.models import Feedback

HOUR = 60 * 60
# Five a visitor an hour: enough for a person, too few to flood the moderation.
FEEDBACK_PER_HOUR = RateLimit("practice-feedback", limit=5, period=HOUR)
ADDRESS_KEPT = datetime.timedelta(days=180)
ANSWER_LINK_VALID = datetime.timedelta(days=30)


def receive(practice, form, language, base_url=""):
    """The feedback from a valid form, waiting for moderation; the coordinators are told."""
    feedback = form.save(commit=False)
    feedback.practice = practice
    feedback.language = language
    feedback.status = Feedback.Status.PENDING
    feedback.save()
    transaction.on_commit(partial(tell_coordinators, feedback.pk, base_url))
    return feedback


def tell_coordinators(feedback_pk, base_url, message="feedback_received"):
    feedback = Feedback.objects.select_related("practice").filter(pk=feedback_pk).first()
    to = coordinator_addresses()
    if feedback is None or not to:
        return False
    admin_url = absolute(base_url, reverse("admin:practices_feedback_change", args=[feedback.pk]))
    return send_templated_mail(
        f"practices/email/{message}",
        to,
        lambda code: {"feedback": feedback, "practice": feedback.practice, "url": admin_url},
    )


def moderated(feedback, base_url=""):
    """After a coordinator's save: the answer is dated, and e-mailed to the writer once it is
    published; the address goes when it has served or cannot serve any more."""
    return record_moderation(feedback, lambda item: send_answer(item, base_url))


def send_answer(feedback, base_url):
    practice = feedback.practice
    return send_templated_mail(
        "practices/email/feedback_answer",
        [feedback.email],
        lambda code: {
            "feedback": feedback,
            "title": practice.title,
            "url": absolute(base_url, feedback.get_absolute_url()),
            "privacy_url": absolute(base_url, reverse("portal:privacy")),
        },
        languages=[feedback.language],
    )


def forget_old_addresses(now=None):
    """Erases the addresses kept longer than ADDRESS_KEPT; returns how many. One UPDATE:
    the address is no part of the page or of the record of changes, so no save is needed."""
    cutoff = (now or timezone.now()) - ADDRESS_KEPT
    return Feedback.objects.filter(created_at__lt=cutoff).exclude(email="").update(email="")


# --- An organisation's own answer, through a private link ---------------------------------


def ask_organisation(feedback, actor, now=None):
    """A private link's token for `actor` (one that runs the practice) to write its answer;
    only the token's hash is kept, and an earlier link stops working."""
    token = new_token()
    feedback.answer_link_hash = hashed(token)
    feedback.answer_link_actor = actor
    feedback.answer_link_expires_at = (now or timezone.now()) + ANSWER_LINK_VALID
    feedback.save(update_fields=["answer_link_hash", "answer_link_actor", "answer_link_expires_at"])
    return token


def asked_through(token):
    """The feedback whose answer link this is, or None."""
    if not token:
        return None
    return (
        Feedback.objects.select_related("practice", "answer_link_actor")
        .filter(answer_link_hash=hashed(token))
        .first()
    )


def link_expired(feedback, now=None):
    expires = feedback.answer_link_expires_at
    return expires is None or expires <= (now or timezone.now())


def answer_as_organisation(feedback, text, base_url=""):
    """The organisation's answer, under its name, at once; the link is spent. The
    coordinators are told, and the writer gets it as from the coordinators' answer."""
    feedback.answer = text
    feedback.answered_by = feedback.answer_link_actor
    feedback.answered_at = timezone.now()
    feedback.answer_link_hash = ""
    feedback.answer_link_expires_at = None
    feedback.save(
        update_fields=[
            "answer",
            "answered_by",
            "answered_at",
            "answer_link_hash",
            "answer_link_expires_at",
        ]
    )
    transaction.on_commit(partial(tell_coordinators, feedback.pk, base_url, "feedback_answered"))
    return moderated(feedback, base_url)
