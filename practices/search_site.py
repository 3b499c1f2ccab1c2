"""The practices app's records in the site-wide search."""

from django.db.models import Q
from django.utils.translation import gettext as _

from portal.registry import SearchHit
from practices.models import Indicator, Practice, Source


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


def indicators_matching(query):
    fields = ("name_fi", "name_sv", "definition_fi", "definition_sv", "slug")
    return Indicator.objects.filter(contains_any(fields, query)).order_by("name")


def indicator_hit(indicator):
    summary = indicator.get_better_display()
    if indicator.is_example:
        summary = _("%(summary)s (example figures, not real statistics)") % {"summary": summary}
    return SearchHit(title=indicator.name, url=indicator.get_absolute_url(), summary=summary)
