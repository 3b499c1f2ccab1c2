"""The calendar as iCalendar (RFC 5545), for calendar programs to subscribe to: every
published event, or those of one kind, from a month back onwards."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from events.models import Event

KEPT_BEHIND = datetime.timedelta(days=31)


def calendar_response(request, events, name, filename):
    calendar = Calendar()
    calendar.add("prodid", "-//Kotoutumisen tietopankki - Kunskapsbanken för integration//")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    host = request.get_host().split(":")[0]
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", f"event-{event.pk}@{host}")
        entry.add("dtstamp", event.updated_at)
        entry.add("last-modified", event.updated_at)
        entry.add("dtstart", event.starts_at)
        entry.add("dtend", event.ends_at)
        entry.add("summary", event.title)
        entry.add("categories", [event.get_kind_display()])
        if event.place:
            entry.add("location", event.place)
        url = request.build_absolute_uri(event.get_absolute_url())
        entry.add("url", url)
        lines = [event.description, event.online_url, url]
        entry.add("description", "\n\n".join(line for line in lines if line))
        calendar.add_component(entry)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def feed_events(kind=None):
    events = Event.objects.published().filter(ends_at__gte=timezone.now() - KEPT_BEHIND)
    return events.filter(kind=kind) if kind else events


def feed_name(kind=None):
    if kind is None:
        return _("Meetings and events")
    return f"{_('Meetings and events')}: {Event.Kind(kind).label}"
