"""Searching records by words, the one way every list and the site-wide search do it.

A model's QuerySet inherits SearchableQuerySet and declares which fields are searched, title
above summary above body; `Model.objects.search(query)` then gives the records that match
every word, best first. A word matches its inflected forms: the searcher's words are analysed
like the stored terms (portal.search_terms). A model that keeps stored terms (the practice:
`search_terms_title`, `search_terms_body` and, on PostgreSQL, a GIN-indexed `search_vector`)
is matched on them; any other is matched on its own columns by each form of the word (on
PostgreSQL through a GIN index of their words, `document()`)."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorExact,
)
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal.search_terms import (
    WORD,
    finnish_base_forms,
    finnish_base_forms_typed_plain,
    finnish_forms,
    swedish_stem,
    with_plain_letters,
    words,
)

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
    and å included."""
    return frozenset(with_plain_letters([word, *finnish_forms(word), swedish_stem(word)]))


def parse(raw):
    """The words of a search as typed (or already parsed), with their forms."""
    if isinstance(raw, SearchWords):
        return raw
    text = normalise_query(raw or "")
    found = tuple(dict.fromkeys(words(text)))[:MAX_WORDS]
    return SearchWords(text=text, words=found, alternatives=tuple(map(forms_of, found)))


def _is_prefix(alternative):
    return len(alternative) >= PREFIX_MIN_LENGTH


# --- Records that keep stored terms ---------------------------------------------------------


def _terms_pattern(alternatives):
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


# --- Records matched on their own columns ---------------------------------------------------


def _word_tsquery(alternatives):
    """A word of the columns that is, or for long forms begins with, one of the word's forms."""
    raw = " | ".join(_lexeme(alt) for alt in sorted(alternatives))
    return SearchQuery(raw, search_type="raw", config="simple")


def _word_pattern(alternatives):
    # The same on SQLite, as a regular expression (Python's: \b and case folding know ä).
    options = sorted(
        re.escape(alt) if _is_prefix(alt) else rf"{re.escape(alt)}\b" for alt in alternatives
    )
    return rf"\b(?:{'|'.join(options)})"


def document(*column_names):
    """The words of the columns as PostgreSQL indexes them for a search: the expression of
    the GIN index that each searchable model's migration adds (search_document_index)."""
    return SearchVector(*column_names, config="simple")


@dataclass(frozen=True)
class SearchFields:
    """Which fields a model is searched by, by weight. A translated field is named once
    ("name" stands for name_fi and name_sv); a field across a relation by its path
    ("stages__name"). `stored_terms`: the model keeps analysed terms of these fields."""

    title: tuple[str, ...]
    summary: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    stored_terms: bool = False

    def parts(self):
        return {"title": self.title, "summary": self.summary, "body": self.body}


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def columns(model, name, languages=None):
    """The columns a declared field stands for: one per language when it is translated."""
    *relations, last = name.split("__")
    target = model
    for relation in relations:
        target = target._meta.get_field(relation).related_model
    codes = languages or [code for code, _name in settings.LANGUAGES]
    found = [f"{last}_{code}" for code in codes if _has_field(target, f"{last}_{code}")]
    return ["__".join([*relations, column]) for column in found or [last]]


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
        condition = Q()
        for alternatives in search_words.alternatives:
            condition &= self._any_column(self._declared(), alternatives)
        return condition

    def by_title(self, language=None):
        """In the order of the first title field in the language (the active one by default):
        an order that an index serves, whatever the number of matches."""
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
        if self.search_fields.stored_terms and connection.vendor == "postgresql":
            # Ranked by the small title vector where the model keeps one: ranking by the whole
            # text's vector read each match's vector from TOAST (0.15 s for half the practices).
            vector = "title_vector" if _has_field(self.model, "title_vector") else "search_vector"
            return SearchRank(F(vector), tsquery(search_words))
        rank = Value(0)
        if self.search_fields.stored_terms:
            for alternatives in search_words.alternatives:
                hit = When(search_terms_title__regex=_terms_pattern(alternatives), then=Value(1))
                rank += Case(hit, default=Value(0), output_field=IntegerField())
            return rank
        for alternatives in search_words.alternatives:
            rank += self._word_weight(alternatives)
        return rank

    def _declared(self, parts=("title", "summary", "body")):
        fields = self.search_fields.parts()
        return [name for part in parts for name in fields[part]]

    def _stored_condition(self, search_words):
        if connection.vendor == "postgresql":
            return Q(search_vector=tsquery(search_words))
        condition = Q()
        for alternatives in search_words.alternatives:
            pattern = _terms_pattern(alternatives)
            condition &= Q(search_terms_title__regex=pattern) | Q(search_terms_body__regex=pattern)
        return condition

    def _any_column(self, names, alternatives, contains=False):
        """A Q: one of the word's forms is a word of one of the fields (or, with `contains`,
        is anywhere in one of them)."""
        match = _columns_contain if contains else _columns_match
        found = [column for name in names for column in columns(self.model, name)]
        own = [column for column in found if "__" not in column]
        related = [column for column in found if "__" in column]
        condition = Q()
        if own:
            condition |= match(own, alternatives)
        if related:
            # A subquery, not a join: a path with two matching stages is still one result.
            matching = self.model._base_manager.filter(match(related, alternatives))
            condition |= Q(pk__in=matching.values("pk"))
        return condition

    def _word_weight(self, alternatives):
        # Only the order depends on it, among records that already match: a part holding one
        # of the forms anywhere counts (a LIKE, much cheaper than parsing the part's words
        # again); a word found only in the body or across a relation weighs least.
        whens = [
            When(self._any_column(names, alternatives, contains=True), then=Value(WEIGHTS[part]))
            for part, names in self.search_fields.parts().items()
            if names and part != "body"
        ]
        return Case(*whens, default=Value(WEIGHTS["body"]), output_field=IntegerField())


def _columns_match(column_names, alternatives):
    """A Q: one of the word's forms is a word of one of the columns. On PostgreSQL, all the
    model's own columns at once are the expression that its GIN index holds."""
    if connection.vendor == "postgresql":
        return Q(SearchVectorExact(document(*column_names), _word_tsquery(alternatives)))
    condition = Q()
    for column in column_names:
        condition |= Q(**{f"{column}__iregex": _word_pattern(alternatives)})
    return condition


def _columns_contain(column_names, alternatives):
    """A Q: one of the word's forms is in one of the columns, anywhere (case ignored)."""
    # A form that holds another adds nothing: "maahanmuuttaja" when "maahan" is there.
    forms = [a for a in alternatives if not any(b != a and b in a for b in alternatives)]
    condition = Q()
    for column in column_names:
        for form in forms:
            condition |= Q(**{f"{column}__icontains": form})
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
