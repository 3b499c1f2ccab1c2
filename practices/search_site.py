"""The practices app's records in the site-wide search: each hit reads only the columns it shows."""

from portal.registry import SearchHit
from practices.models import Practice, Source


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
