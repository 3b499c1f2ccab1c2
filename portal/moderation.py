"""A text written on the site by anyone (a question on a practice, a comment in a public
hearing) and what follows a coordinator's moderation of it: the dates it was first shown and
answered, the answer e-mailed to the writer once the text is published, and the writer's
address erased once it has served or can serve no more."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models import ContentModel


class ModeratedWriting(ContentModel):
    """What the writer gave besides the text, and the moderation. The e-mail address, if
    given, serves only to send the answer: it is never shown, never kept in the record of
    changes, and erased once the answer is sent or the text rejected."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(
        _("name or signature"),
        max_length=100,
        blank=True,
        help_text=_("Shown with the text; empty: shown without a name."),
    )
    email = models.EmailField(
        _("e-mail for the answer"),
        blank=True,
        help_text=_("Never shown. Erased when the answer has been sent or the text rejected."),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        _("moderation"), max_length=16, choices=Status, default=Status.PENDING, db_index=True
    )
    moderation_note = models.TextField(
        _("moderation note"),
        blank=True,
        help_text=_("Why it was rejected or edited, for the coordinators. Not shown."),
    )
    # When it was first shown: at once, or when a coordinator published it (for those who
    # follow it by e-mail).
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answer_sent_at = models.DateTimeField(_("answer e-mailed"), null=True, blank=True)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        abstract = True


def record_moderation(item, send_answer, **changes):
    """Saves `changes` with what the moderation implies; `send_answer(item)` e-mails the
    answer and says whether it went."""
    now, status = timezone.now(), ModeratedWriting.Status
    if item.status == status.PUBLISHED and item.published_at is None:
        changes["published_at"] = now
    if item.answer.strip() and item.answered_at is None:
        changes["answered_at"] = now
    if item.email and item.status == status.REJECTED:
        changes["email"] = ""
    elif (
        item.email and item.status == status.PUBLISHED and item.answer.strip() and send_answer(item)
    ):
        changes.update(email="", answer_sent_at=now)
    if changes:
        for name, value in changes.items():
            setattr(item, name, value)
        item.save(update_fields=list(changes))
    return item
