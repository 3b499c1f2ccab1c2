"""The monitoring app's records in the site-wide search: each hit reads the columns it shows."""

from django.utils.translation import gettext as _

from monitoring.models import Indicator
from portal.registry import SearchHit


def indicators_matching(query):
    return Indicator.objects.only("name", "slug", "better", "is_example").matching(query)


def indicator_hit(indicator):
    summary = indicator.get_better_display()
    if indicator.is_example:
        summary = _("%(summary)s (example figures, not real statistics)") % {"summary": summary}
    return SearchHit(title=indicator.name, url=indicator.get_absolute_url(), summary=summary)
