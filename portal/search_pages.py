"""The editable pages in the site-wide search."""

from portal.registry import SearchDocument


def page_document(page):
    return SearchDocument(
        title=page.title, url=page.get_absolute_url(), summary=page.lead, body=page.body
    )
