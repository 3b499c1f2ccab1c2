"""The practice list's search: portal.searchable over the practices' stored terms."""

from portal.searchable import highlight, normalise_query, parse
from practices.models import Practice

__all__ = ["by_relevance", "condition", "highlight", "normalise_query", "parse", "relevance"]


def condition(search_words):
    """A Q that the practices matching every word meet (the facets count without it)."""
    return Practice.objects.search_condition(search_words)


def by_relevance(queryset, search_words):
    return queryset.by_relevance(search_words)


def relevance(search_words):
    """How well a practice matches, best first (the counting statement orders by it)."""
    return Practice.objects.relevance(search_words)
