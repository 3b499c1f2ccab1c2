"""The editable pages in the site-wide search."""

from portal.localised import localised
from portal.registry import SearchDocument


def page_document(page):
    return SearchDocument(
        title=localised(page, "title"),
        url=page.get_absolute_url(),
        summary=localised(page, "lead"),
        body=page.body,
    )
