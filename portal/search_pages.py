"""The editable pages in the site-wide search."""

from portal.models import Page
from portal.registry import SearchHit


def pages_matching(query):
    return Page.objects.only("title", "key", "lead").matching(query)


def page_hit(page):
    return SearchHit(title=page.title, url=page.get_absolute_url(), summary=page.lead)
