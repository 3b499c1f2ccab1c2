"""Searching practices: the searcher's words, analysed like the stored terms, and their marks."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.search import normalise_query
from practices.search_index import (
    WORD,
    finnish_base_forms,
    finnish_forms,
    swedish_stem,
    words,
)

MAX_WORDS = 10
# Longer alternatives also find the words they begin ("kotout" finds "kotoutuminen"); short
# ones would find too much, so they must match a whole term.
PREFIX_MIN_LENGTH = 4


@dataclass(frozen=True)
class SearchWords:
    """The words of a search, each with the forms that count as the same word."""

    text: str
    words: tuple[str, ...]
    alternatives: tuple[frozenset[str], ...]

    def __bool__(self):
        return bool(self.alternatives)


def forms_of(word):
    """A searched word's alternatives: itself, its Finnish base forms and its Swedish stem.
    Not its compound parts: "kielitaitoa" should not find every text about "kieli"."""
    return frozenset({word, *finnish_base_forms(word), swedish_stem(word)})


def text_forms_of(word):
    """A word of a text as the stored terms hold it, compound parts included."""
    return frozenset({word, *finnish_forms(word), swedish_stem(word)})


def parse(raw):
    text = normalise_query(raw or "")
    found = tuple(dict.fromkeys(words(text)))[:MAX_WORDS]
    return SearchWords(text=text, words=found, alternatives=tuple(map(forms_of, found)))


def _is_prefix(alternative):
    return len(alternative) >= PREFIX_MIN_LENGTH


def _sqlite_pattern(alternatives):
    # A term in the space-separated column that is, or for long alternatives begins with,
    # one of the word's forms.
    options = sorted(
        re.escape(alt) if _is_prefix(alt) else f"{re.escape(alt)}(?= |$)" for alt in alternatives
    )
    return f"(?:^| )(?:{'|'.join(options)})"


def _lexeme(alternative):
    # The analysed words hold letters and digits only; quoting keeps it so even if that
    # ever changes, and user text never reaches the tsquery syntax.
    quoted = "'" + alternative.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + ":*" if _is_prefix(alternative) else quoted


def tsquery(search_words):
    """Each word's forms OR'ed (and its Swedish Snowball stem), the words AND'ed."""
    combined = None
    for word, alternatives in zip(search_words.words, search_words.alternatives, strict=True):
        raw = " | ".join(_lexeme(alt) for alt in sorted(alternatives))
        word_query = SearchQuery(raw, search_type="raw", config="simple") | SearchQuery(
            word, search_type="plain", config="swedish"
        )
        combined = word_query if combined is None else combined & word_query
    return combined


def condition(search_words):
    """A Q that the practices matching every word meet."""
    if connection.vendor == "postgresql":
        return Q(search_vector=tsquery(search_words))
    result = Q()
    for alternatives in search_words.alternatives:
        pattern = _sqlite_pattern(alternatives)
        result &= Q(search_terms_title__regex=pattern) | Q(search_terms_body__regex=pattern)
    return result


def relevance(search_words):
    """How well a practice's title matches, best first: on PostgreSQL the rank of the title's
    vector, elsewhere the number of words found in it. Ranking by the whole text's vector
    read each match's vector from TOAST: 0.15 s for a word in half of 10,000 practices."""
    if connection.vendor == "postgresql":
        return SearchRank(F("title_vector"), tsquery(search_words))
    title_hits = Value(0)
    for alternatives in search_words.alternatives:
        hit = When(search_terms_title__regex=_sqlite_pattern(alternatives), then=Value(1))
        title_hits += Case(hit, default=Value(0), output_field=IntegerField())
    return title_hits


def by_relevance(queryset, search_words):
    """Best matches first, then by title."""
    return queryset.annotate(search_rank=relevance(search_words)).order_by(
        "-search_rank", "title", "pk"
    )


def _matches(word, search_words):
    forms = text_forms_of(word.lower())
    return any(
        form == alt or (_is_prefix(alt) and form.startswith(alt))
        for alternatives in search_words.alternatives
        for alt in alternatives
        for form in forms
    )


def highlight(text, search_words):
    """The text, escaped, with the words that the search found wrapped in <mark>."""
    if not search_words:
        return escape(text)
    pieces = []
    for index, piece in enumerate(re.split(f"({WORD.pattern})", text)):
        # re.split with one group alternates between the text around words and the words.
        if index % 2 and _matches(piece, search_words):
            pieces.append(f"<mark>{escape(piece)}</mark>")
        else:
            pieces.append(escape(piece))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above.
