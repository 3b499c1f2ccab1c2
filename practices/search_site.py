"""The practices app's records in the site-wide search."""

from django.db.models import Q

from portal.registry import SearchHit
from practices.models import Practice, Source


def contains_any(fields, query):
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": query})
    return condition


def practices_matching(query):
    fields = ("title_fi", "title_sv", "summary_fi", "summary_sv", "search_terms_title")
    return Practice.objects.published().filter(contains_any(fields, query)).order_by("title")


def practice_hit(practice):
    return SearchHit(
        title=practice.title,
        url=practice.get_absolute_url(),
        summary=practice.get_evidence_level_display(),
    )


def sources_matching(query):
    fields = ("title_fi", "title_sv", "summary_fi", "summary_sv", "publisher")
    return Source.objects.filter(contains_any(fields, query)).order_by("title")


def source_hit(source):
    return SearchHit(
        title=str(source), url=source.get_absolute_url(), summary=source.get_kind_display()
    )
