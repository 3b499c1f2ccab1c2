"""On the regional priorities page: the meetings and events on each priority, newest first,
read in one query for every priority shown."""

from events.models import Event

SHOWN = 5


def priorities_block(request, priorities):
    links = (
        Event.priorities.through.objects.filter(priority__in=priorities, event__is_published=True)
        .select_related("event")
        .order_by("-event__starts_at", "event__pk")
    )
    blocks = {}
    for link in links:
        events = blocks.setdefault(link.priority_id, {"events": []})["events"]
        if len(events) < SHOWN:
            events.append(link.event)
    return blocks
