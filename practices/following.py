"""Following the questions and comments on a practice by e-mail (portal.following): those
newly published, and the answers."""

from django.utils.translation import gettext as _

from portal.localised import localised
from portal.registry import NewsItem
from practices.models import Feedback, Practice

EXCERPT = 300


def find(ref):
    return Practice.objects.published().filter(slug=ref).first()


def title(practice):
    return localised(practice, "title").text


def url(practice):
    return f"{practice.get_absolute_url()}#feedback"


def excerpt(text):
    return text if len(text) <= EXCERPT else f"{text[:EXCERPT].rstrip()} …"


def news(practice, since):
    feedback = Feedback.objects.public().filter(practice=practice).order_by("created_at", "pk")
    items = [
        NewsItem(item.get_kind_display(), item.get_absolute_url(), excerpt(item.text))
        for item in feedback.filter(published_at__gt=since)
    ]
    items += [
        NewsItem(_("An answer"), item.get_absolute_url(), excerpt(item.answer))
        for item in feedback.filter(answered_at__gt=since).exclude(answer="")
    ]
    return items
