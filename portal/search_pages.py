from django.db.models import Q

from portal.models import Page
from portal.registry import SearchHit


def pages_matching(query):
    fields = ("title", "lead", "body")
    condition = Q()
    for field in fields:
        for code in ("fi", "sv"):
            condition |= Q(**{f"{field}_{code}__icontains": query})
    return Page.objects.filter(condition).order_by("key")


def page_hit(page):
    return SearchHit(title=page.title, url=page.get_absolute_url(), summary=page.lead)
