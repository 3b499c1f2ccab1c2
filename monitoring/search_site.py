"""The monitoring app's records in the site-wide search."""

from django.utils.translation import gettext as _

from monitoring.models import Indicator
from portal.registry import SearchHit
from practices.search_site import contains_any


def indicators_matching(query):
    fields = ("name_fi", "name_sv", "definition_fi", "definition_sv", "slug")
    return Indicator.objects.filter(contains_any(fields, query)).order_by("name")


def indicator_hit(indicator):
    summary = indicator.get_better_display()
    if indicator.is_example:
        summary = _("%(summary)s (example figures, not real statistics)") % {"summary": summary}
    return SearchHit(title=indicator.name, url=indicator.get_absolute_url(), summary=summary)
