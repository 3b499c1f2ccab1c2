"""Searching records by words, the one way every list and the site-wide search do it.

A model's QuerySet inherits SearchableQuerySet and declares how it is searched (SearchFields);
`Model.objects.search(query)` then gives the records that match every word, best first. A
word matches its inflected forms: the searcher's words are analysed like the stored terms
(portal.search_terms). A model that keeps stored terms (the practice: `search_terms_title`,
`search_terms_body` and, on PostgreSQL, a GIN-indexed `search_vector`) is matched on them;
any other on its entries in the site search's index (portal.search_index), title above
summary above body."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Case, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal.registry import registry
from portal.search_terms import (
    WORD,
    finnish_base_forms,
    finnish_base_forms_typed_plain,
    finnish_forms,
    swedish_parts_of,
    swedish_stem,
    with_plain_letters,
    words,
)
from portal.stop_words import STOP_WORDS

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
# Longer forms also find the words they begin ("kotout" finds "kotoutuminen"); short ones
# would find too much, so they must match a whole term (or, in a record's own columns, be
# the word as typed).
PREFIX_MIN_LENGTH = 4
# How much a word found in each part of a record counts towards its place in the results.
WEIGHTS = {"title": 3, "summary": 2, "body": 1}


def normalise_query(raw: str) -> str:
    """Collapse white space and drop characters no one types on purpose."""
    printable = "".join(ch for ch in raw if ch.isprintable())
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


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
    return frozenset(
        {
            word,
            *finnish_base_forms(word),
            *finnish_base_forms_typed_plain(word),
            swedish_stem(word),
        }
    )


def text_forms_of(word):
    """A word of a text as the stored terms hold it, compound parts and forms without ä, ö
    and å included (a Swedish compound's parts if it was split before: marking the words
    found is no reason to load the Swedish dictionary)."""
    swedish_parts = swedish_parts_of([word], analyse=False).get(word, ())
    return frozenset(
        with_plain_letters([word, *finnish_forms(word), swedish_stem(word), *swedish_parts])
    )


def parse(raw):
    """The words of a search as typed (or already parsed), with their forms."""
    if isinstance(raw, SearchWords):
        return raw
    text = normalise_query(raw or "")
    found = tuple(dict.fromkeys(words(text)))[:MAX_WORDS]
    # Every word must be found, but for the function words among others: a record that says
    # "Länsstyrelsen Skåne" is what "Länsstyrelsen i Skåne" looks for.
    found = tuple(word for word in found if word not in STOP_WORDS) or found
    return SearchWords(text=text, words=found, alternatives=tuple(map(forms_of, found)))


def _is_prefix(alternative):
    return len(alternative) >= PREFIX_MIN_LENGTH


# --- Records that keep stored terms ---------------------------------------------------------


def terms_pattern(alternatives):
    # A term in the space-separated column that is, or for long alternatives begins with,
    # one of the word's forms.
    options = sorted(
        re.escape(alt) if _is_prefix(alt) else f"{re.escape(alt)}(?= |$)" for alt in alternatives
    )
    return f"(?:^| )(?:{'|'.join(options)})"


def lexeme(alternative):
    # The analysed words hold letters and digits only; quoting keeps it so even if that
    # ever changes, and user text never reaches the tsquery syntax.
    quoted = "'" + alternative.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + ":*" if _is_prefix(alternative) else quoted


def any_form(alternatives):
    """A raw tsquery that one of a word's forms (a prefix, for the long ones) matches."""
    return " | ".join(lexeme(alt) for alt in sorted(alternatives))


def tsquery(search_words):
    """Each word's forms OR'ed (and its Swedish Snowball stem), the words AND'ed."""
    combined = None
    for word, alternatives in zip(search_words.words, search_words.alternatives, strict=True):
        raw = any_form(alternatives)
        word_query = SearchQuery(raw, search_type="raw", config="simple") | SearchQuery(
            word, search_type="plain", config="swedish"
        )
        combined = word_query if combined is None else combined & word_query
    return combined


@dataclass(frozen=True)
class SearchFields:
    """How a model is searched. `title`: the field its matches are ordered by after their
    relevance (a translated field is named once: "name" stands for name_fi and name_sv).
    `stored_terms`: the model keeps analysed terms of its own (the practice); otherwise it
    is matched on its entries in the site search's index (portal.search_index), as the kind
    registered for it, so that a list finds what the site search finds."""

    title: tuple[str, ...]
    stored_terms: bool = False


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def columns(model, name, languages=None):
    """The columns a declared field stands for: one per language when it is translated."""
    codes = languages or [code for code, _name in settings.LANGUAGES]
    found = [f"{name}_{code}" for code in codes if _has_field(model, f"{name}_{code}")]
    return found or [name]


class SearchableQuerySet(QuerySet):
    """QuerySet.search(): records that match every word of a query, best matches first."""

    search_fields: SearchFields

    def search(self, query, language=None):
        """The records matching every word of the query (text or SearchWords), in order of
        relevance, then by title in the language (the active one by default)."""
        search_words = parse(query)
        if not search_words:
            return self
        return self.matching(search_words).by_relevance(search_words, language)

    def matching(self, query):
        """The records matching every word of the query, in no particular order."""
        return self.filter(self.search_condition(query))

    def search_condition(self, query):
        """A Q that the records matching every word of the query meet."""
        search_words = parse(query)
        if self.search_fields.stored_terms:
            return self._stored_condition(search_words)
        return Q(pk__in=self._index_entries(search_words).values("object_id"))

    def by_title(self, language=None):
        """In the order of the title field in the language (the active one by default): an
        order that an index serves, whatever the number of matches."""
        return self.order_by(*self._title_columns(language), "pk")

    def _title_columns(self, language):
        return columns(self.model, self.search_fields.title[0], [language or get_language()])

    def by_relevance(self, query, language=None):
        """Best matches first: words found in titles before those found in summaries."""
        title = self._title_columns(language)
        rank = self.relevance(query)
        return self.annotate(search_rank=rank).order_by("-search_rank", *title, "pk")

    def relevance(self, query):
        """An expression of how well a record matches the query, higher is better."""
        search_words = parse(query)
        if not self.search_fields.stored_terms:
            from portal.search import entry_rank

            entry = self._index_entries(search_words).filter(object_id=OuterRef("pk"))
            return Subquery(entry.annotate(rank=entry_rank(search_words)).values("rank")[:1])
        if connection.vendor == "postgresql":
            # Ranked by the small title vector where the model keeps one: ranking by the whole
            # text's vector read each match's vector from TOAST (0.15 s for half the practices).
            vector = "title_vector" if _has_field(self.model, "title_vector") else "search_vector"
            return SearchRank(F(vector), tsquery(search_words))
        rank = Value(0)
        for alternatives in search_words.alternatives:
            hit = When(search_terms_title__regex=terms_pattern(alternatives), then=Value(1))
            rank += Case(hit, default=Value(0), output_field=IntegerField())
        return rank

    def _index_entries(self, search_words):
        # Imported here: portal.search reads portal.models, whose querysets are these.
        from portal.search import entries_matching

        return entries_matching(search_words, kinds=[registry.kind_of(self.model).key])

    def _stored_condition(self, search_words):
        if connection.vendor == "postgresql":
            return Q(search_vector=tsquery(search_words))
        condition = Q()
        for alternatives in search_words.alternatives:
            pattern = terms_pattern(alternatives)
            condition &= Q(search_terms_title__regex=pattern) | Q(search_terms_body__regex=pattern)
        return condition


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


SNIPPET_WORDS = 30
SNIPPET_WORDS_BEFORE = 8


def snippet(text, search_words):
    """A part of the text around the first word the search found (or its beginning),
    escaped, the words found marked."""
    pieces = text.split()
    if not pieces:
        return ""
    first = next(
        (
            index
            for index, piece in enumerate(pieces)
            if any(_matches(word, search_words) for word in WORD.findall(piece))
        ),
        0,
    )
    start = max(0, first - SNIPPET_WORDS_BEFORE)
    shown = " ".join(pieces[start : start + SNIPPET_WORDS])
    before = "… " if start else ""
    after = " …" if start + SNIPPET_WORDS < len(pieces) else ""
    return mark_safe(f"{before}{highlight(shown, search_words)}{after}")  # noqa: S308 - escaped
