"""The site-wide search: every registered kind of public record, grouped by kind."""

from dataclasses import dataclass

from portal.registry import SearchHit, SearchKind, registry
from portal.searchable import parse

HITS_PER_KIND = 10


@dataclass(frozen=True)
class SearchGroup:
    kind: SearchKind
    hits: list[SearchHit]
    total: int


def search_everything(query: str) -> list[SearchGroup]:
    """Each kind's best hits and how many there are: two queries a kind at most."""
    search_words = parse(query)
    if not search_words:
        return []  # Only signs, no words: nothing to look for, rather than everything.
    groups = []
    for kind in registry.search_kinds:
        queryset = kind.queryset(search_words)
        hits = [kind.hit(obj) for obj in queryset[:HITS_PER_KIND]]
        if hits:
            total = len(hits) if len(hits) < HITS_PER_KIND else queryset.count()
            groups.append(SearchGroup(kind=kind, hits=hits, total=total))
    return groups
