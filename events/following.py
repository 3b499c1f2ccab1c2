"""Following a kind of event, or all of them, by e-mail (portal.following): the events newly
shown in the calendar (an event saved hidden is news when it is first shown)."""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from events.models import Event
from portal.localised import localised
from portal.registry import NewsItem

ALL = "all"


def find(ref):
    return ref if ref == ALL or ref in Event.Kind.values else None


def title(kind):
    if kind == ALL:
        return str(_("Meetings and events"))
    return _("Meetings and events: %(kind)s") % {"kind": Event.Kind(kind).label}


def url(kind):
    listing = reverse("events:list")
    return listing if kind == ALL else f"{listing}?kind={kind}"


def news(kind, since):
    events = Event.objects.published().upcoming().filter(published_at__gt=since)
    if kind != ALL:
        events = events.filter(kind=kind)
    return [
        NewsItem(
            localised(event, "title").text,
            event.get_absolute_url(),
            f"{event.get_kind_display()}, "
            f"{formats.date_format(timezone.localtime(event.starts_at), 'j.n.Y H:i')}",
        )
        for event in events.order_by("starts_at", "pk")
    ]
