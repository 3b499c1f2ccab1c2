"""The meetings and events in the site-wide search (portal.search_index)."""

from django.utils import formats, timezone

from portal.localised import localised
from portal.registry import SearchDocument


def event_document(event):
    starts = formats.date_format(timezone.localtime(event.starts_at), "j.n.Y")
    body = " ".join(str(localised(event, field)) for field in ("place", "agenda", "minutes"))
    return SearchDocument(
        title=localised(event, "title"),
        url=event.get_absolute_url(),
        summary=localised(event, "description"),
        body=body,
        shown=f"{event.get_kind_display()}, {starts}",
    )
