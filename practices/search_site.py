"""The practices app's records in the site-wide search: each hit reads only the columns it shows."""

from django.utils.translation import gettext as _

from portal.registry import SearchHit
from practices.models import Indicator, Practice, Source


def practices_matching(query):
    return Practice.objects.published().only("title", "slug", "evidence_level").matching(query)


def practice_hit(practice):
    return SearchHit(
        title=practice.title,
        url=practice.get_absolute_url(),
        summary=practice.get_evidence_level_display(),
    )


def sources_matching(query):
    return Source.objects.only("title", "year", "slug", "kind").matching(query)


def source_hit(source):
    return SearchHit(
        title=str(source), url=source.get_absolute_url(), summary=source.get_kind_display()
    )


def indicators_matching(query):
    return Indicator.objects.only("name", "slug", "better", "is_example").matching(query)


def indicator_hit(indicator):
    summary = indicator.get_better_display()
    if indicator.is_example:
        summary = _("%(summary)s (example figures, not real statistics)") % {"summary": summary}
    return SearchHit(title=indicator.name, url=indicator.get_absolute_url(), summary=summary)
