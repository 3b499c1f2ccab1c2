"""The public hearings in the site-wide search (portal.search_index)."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from portal.localised import localised
from portal.registry import SearchDocument


def hearing_document(hearing):
    closes = formats.date_format(timezone.localtime(hearing.closes_at), "j.n.Y")
    return SearchDocument(
        title=localised(hearing, "title"),
        url=hearing.get_absolute_url(),
        summary=localised(hearing, "introduction"),
        body=str(localised(hearing, "conclusion")),
        shown=_("Public hearing, closes %(date)s") % {"date": closes},
    )
