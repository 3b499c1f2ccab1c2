"""Comments in a public hearing: received from anyone, shown at once or after a
coordinator's moderation as the hearing chooses, supported once by each visitor, answered by
the coordinators.

The writer's e-mail address, when given, serves only to send them the answer: it is erased
once the answer has gone, when the comment is rejected, and ADDRESS_KEPT after the hearing
closed at the latest (`manage.py forget_hearing_addresses`, run daily)."""

import datetime
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from hearings.models import Hearing, PublicComment, Support
from portal import caching
from portal.mail import absolute, send_templated_mail
from portal.moderation import record_moderation
from portal.private_links import hashed
from portal.ratelimit import RateLimit
from portal.roles import coordinator_addresses

HOUR = 60 * 60
# Ten comments a visitor an hour: enough for a person going through the sections, too few
# to flood the moderation.
COMMENTS_PER_HOUR = RateLimit("hearing-comments", limit=10, period=HOUR)
# Supports are one click each: a person reading a hearing may give many.
SUPPORTS_PER_HOUR = RateLimit("hearing-supports", limit=60, period=HOUR)
ADDRESS_KEPT = datetime.timedelta(days=90)


def receive(section, form, language, base_url=""):
    """The comment from a valid form: published at once or held for moderation, as its
    hearing chooses. The coordinators are told either way."""
    comment = form.save(commit=False)
    comment.section = section
    comment.language = language
    held = section.hearing.moderation == Hearing.Moderation.BEFORE
    comment.status = PublicComment.Status.PENDING if held else PublicComment.Status.PUBLISHED
    comment.published_at = None if held else timezone.now()
    comment.save()
    transaction.on_commit(partial(tell_coordinators, comment.pk, base_url))
    return comment


def tell_coordinators(comment_pk, base_url):
    comment = (
        PublicComment.objects.select_related("section__hearing", "section__section")
        .filter(pk=comment_pk)
        .first()
    )
    to = coordinator_addresses()
    if comment is None or not to:
        return False
    admin_url = absolute(
        base_url, reverse("admin:hearings_publiccomment_change", args=[comment.pk])
    )
    return send_templated_mail(
        "hearings/email/comment_received",
        to,
        lambda code: {"comment": comment, "hearing": comment.section.hearing, "url": admin_url},
    )


def support(comment, supporter_token):
    """Counts the visitor's support of a published comment once; True if it was new."""
    try:
        with transaction.atomic():
            Support.objects.create(comment=comment, supporter_hash=hashed(supporter_token))
    except IntegrityError:
        return False
    # The count is kept on the comment, one UPDATE that concurrent supports cannot undo. It
    # sends no signal, so the page's generation is moved on here.
    PublicComment.objects.filter(pk=comment.pk).update(supports=F("supports") + 1)
    caching.bump("hearings")
    return True


def moderated(comment, by=None, base_url=""):
    """After a coordinator's save: who moderated it and when, and what follows any
    moderation (portal.moderation)."""
    return record_moderation(
        comment,
        lambda item: send_answer(item, base_url),
        moderated_by=by,
        moderated_at=timezone.now(),
    )


def send_answer(comment, base_url):
    hearing = comment.section.hearing
    return send_templated_mail(
        "hearings/email/comment_answer",
        [comment.email],
        lambda code: {
            "comment": comment,
            "title": getattr(hearing, f"title_{code}") or hearing.title,
            "url": absolute(base_url, comment.get_absolute_url()),
            "privacy_url": absolute(base_url, reverse("portal:privacy")),
        },
        languages=[comment.language],
    )


def forget_old_addresses(now=None):
    """Erases the addresses of hearings closed more than ADDRESS_KEPT ago; returns how
    many. One UPDATE: the address is no part of any page or of the record of changes."""
    cutoff = (now or timezone.now()) - ADDRESS_KEPT
    return (
        PublicComment.objects.filter(section__hearing__closes_at__lt=cutoff)
        .exclude(email="")
        .update(email="")
    )
