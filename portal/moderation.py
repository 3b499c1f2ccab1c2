"""What follows a coordinator's moderation of a text written on the site (a question on a
practice, a comment in a public hearing): the dates it was first shown and answered, the
answer e-mailed to the writer once the text is published, and the writer's address erased
once it has served or can serve no more. The models share the field names this reads."""

from django.utils import timezone

PUBLISHED, REJECTED = "published", "rejected"


def record_moderation(item, send_answer, **changes):
    """Saves `changes` with what the moderation implies; `send_answer(item)` e-mails the
    answer and says whether it went."""
    now = timezone.now()
    if item.status == PUBLISHED and item.published_at is None:
        changes["published_at"] = now
    if item.answer.strip() and item.answered_at is None:
        changes["answered_at"] = now
    if item.email and item.status == REJECTED:
        changes["email"] = ""
    elif item.email and item.status == PUBLISHED and item.answer.strip() and send_answer(item):
        changes.update(email="", answer_sent_at=now)
    if changes:
        for name, value in changes.items():
            setattr(item, name, value)
        item.save(update_fields=list(changes))
    return item
