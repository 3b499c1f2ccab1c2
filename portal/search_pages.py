"""The editable pages in the site-wide search."""

from portal.models import Page
from portal.registry import SearchDocument


def indexed_pages():
    return Page.objects.all()


def page_document(page):
    return SearchDocument(
        title=page.title, url=page.get_absolute_url(), summary=page.lead, body=page.body
    )
