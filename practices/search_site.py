"""The practices app's records in the site-wide search (portal.search_index)."""

from portal.registry import SearchDocument
from practices.models import Practice
from practices.search_index import BODY_FIELDS


def indexed_practices():
    return Practice.objects.published()


def practice_document(practice):
    return SearchDocument(
        title=practice.title,
        url=practice.get_absolute_url(),
        summary=practice.summary,
        # The same fields as the practice's own stored terms (the practice list's search).
        body="\n".join(getattr(practice, field) for field in BODY_FIELDS[1:]),
        shown=practice.get_evidence_level_display(),
    )


def source_document(source):
    return SearchDocument(
        title=str(source),
        url=source.get_absolute_url(),
        summary=source.summary,
        body=source.publisher,
        shown=source.get_kind_display(),
    )


def priority_document(priority):
    # The practices selected for it are found by their own names: the priority's text alone.
    return SearchDocument(
        title=priority.title,
        url=priority.get_absolute_url(),
        summary=priority.description,
        body=priority.selected_by,
        shown=priority.period,
    )
