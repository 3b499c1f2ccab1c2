"""The site-wide search: every registered kind of public record, grouped by kind."""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.urls import reverse

from portal.registry import SearchHit, SearchKind, registry
from portal.searchable import highlight, parse

HITS_PER_KIND = 10
# Counting every match of a common word costs as much as finding them all: a kind's count
# stops here, so that the page costs the same whatever the number of records.
COUNT_LIMIT = 100


@dataclass(frozen=True)
class SearchGroup:
    kind: SearchKind
    hits: list[SearchHit]
    total: int
    more: bool = False  # more than `total` records match
    list_url: str = ""  # the kind's own list, searching the same words

    @property
    def total_label(self):
        return f"{self.total}+" if self.more else str(self.total)


def marked(hit, search_words):
    """The hit with the words the search found marked in its title and summary."""
    return replace(
        hit,
        title=highlight(hit.title, search_words),
        summary=highlight(hit.summary, search_words) if hit.summary else hit.summary,
    )


def search_everything(query: str) -> list[SearchGroup]:
    """Each kind's best hits (words in the title before words elsewhere) and how many
    match: one query a kind, always, so that the page's cost does not depend on what the
    words happen to find. Ranking ranks every match: cold, a word in half of 10,000
    practices costs 75 ms of SQL where the first hundred by title cost 2 ms; the results
    are a cached part of the page (portal.views.search)."""
    search_words = parse(query)
    if not search_words:
        return []  # Only signs, no words: nothing to look for, rather than everything.
    groups = []
    for kind in registry.search_kinds:
        queryset = kind.queryset(search_words).by_relevance(search_words)
        # One query a kind: the first hits and the count (up to the limit) from the same rows,
        # which read only the columns a hit shows.
        found = list(queryset[: COUNT_LIMIT + 1])
        if not found:
            continue
        hits = [marked(kind.hit(obj), search_words) for obj in found[:HITS_PER_KIND]]
        more, total = len(found) > COUNT_LIMIT, min(len(found), COUNT_LIMIT)
        list_url = ""
        if kind.list_url_name and total > len(hits):
            list_url = f"{reverse(kind.list_url_name)}?{urlencode({'q': search_words.text})}"
        groups.append(SearchGroup(kind=kind, hits=hits, total=total, more=more, list_url=list_url))
    return groups
