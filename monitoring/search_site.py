"""The monitoring app's records in the site-wide search (portal.search_index)."""

from django.utils.translation import gettext as _

from portal.localised import localised
from portal.registry import SearchDocument


def indicator_document(indicator):
    shown = indicator.get_better_display()
    if indicator.is_example:
        shown = _("%(summary)s (example figures, not real statistics)") % {"summary": shown}
    return SearchDocument(
        title=localised(indicator, "name"),
        url=indicator.get_absolute_url(),
        summary=localised(indicator, "definition"),
        body=indicator.slug,
        shown=shown,
    )
