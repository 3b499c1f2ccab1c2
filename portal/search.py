"""The site-wide search: every registered kind of public record, grouped by kind."""

from dataclasses import dataclass

from portal.registry import SearchHit, SearchKind, registry

MAX_QUERY_LENGTH = 200
HITS_PER_KIND = 10


@dataclass(frozen=True)
class SearchGroup:
    kind: SearchKind
    hits: list[SearchHit]
    total: int


def normalise_query(raw: str) -> str:
    """Collapse white space and drop characters no one types on purpose."""
    printable = "".join(ch for ch in raw if ch.isprintable())
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search_everything(query: str) -> list[SearchGroup]:
    groups = []
    for kind in registry.search_kinds:
        queryset = kind.queryset(query)
        hits = [kind.hit(obj) for obj in queryset[:HITS_PER_KIND]]
        if hits:
            total = len(hits) if len(hits) < HITS_PER_KIND else queryset.count()
            groups.append(SearchGroup(kind=kind, hits=hits, total=total))
    return groups
