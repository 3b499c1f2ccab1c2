"""The practices app's records in the site-wide search (portal.search_index)."""

from dataclasses import replace

from django.utils.translation import gettext as _

from portal.localised import localised
from portal.registry import SearchDocument
from practices.models import Practice, Source
from practices.search_index import BODY_FIELDS


def indexed_practices():
    return Practice.objects.published()


def indexed_sources():
    return Source.objects.select_related("language")


def practice_document(practice):
    return SearchDocument(
        title=localised(practice, "title"),
        url=practice.get_absolute_url(),
        summary=localised(practice, "summary"),
        # The same fields as the practice's own stored terms (the practice list's search).
        body="\n".join(getattr(practice, field) for field in BODY_FIELDS[1:]),
        # Labelled as on the practice's page: a bare "2 – Theoretically grounded" said not what.
        shown=_("Evidence: %(level)s.") % {"level": practice.get_evidence_level_display()},
    )


def _title_and_year(source):
    # As str(source) writes it, in the language the title is in.
    title = source.localised_title()
    return replace(title, text=f"{title.text} ({source.year})") if source.year else title


def source_document(source):
    return SearchDocument(
        title=_title_and_year(source),
        url=source.get_absolute_url(),
        summary=localised(source, "summary"),
        body=source.publisher,
        shown=source.get_kind_display(),
    )


def priority_document(priority):
    # The practices selected for it are found by their own names: the priority's text alone.
    return SearchDocument(
        title=localised(priority, "title"),
        url=priority.get_absolute_url(),
        summary=localised(priority, "description"),
        body=priority.selected_by,
        shown=priority.period,
    )
