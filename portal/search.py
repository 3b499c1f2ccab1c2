"""The site-wide search: every public record of every registered kind, from one index
(portal.search_index), best matches first, grouped by kind or one kind a page at a time."""

import contextlib
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import Case, Count, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import Length, RowNumber
from django.urls import reverse
from django.utils.translation import get_language

from portal.models import SearchEntry
from portal.registry import SearchKind, registry
from portal.searchable import WEIGHTS, any_form, highlight, parse, snippet, terms_pattern
from portal.spelling import searched_again

HITS_PER_KIND = 5  # in the overview of every kind
HITS_PER_PAGE = 20  # when one kind is chosen
TERM_COLUMNS = {"title": "terms_title", "summary": "terms_summary", "body": "terms_body"}


def entries_matching(search_words, kinds=None):
    """The entries (of the kinds, by default of every kind) holding every word of the search,
    in one of its forms."""
    # Every kind: no condition on the kind, which the planner combined with the GIN index
    # by reading the whole unique index too (the hits of a kind no longer registered are
    # left out as the groups are made).
    entries = SearchEntry.objects.filter(kind__in=kinds) if kinds else SearchEntry.objects.all()
    if connection.vendor == "postgresql":
        return entries.filter(vector=_tsquery(search_words))
    for alternatives in search_words.alternatives:
        pattern = terms_pattern(alternatives)
        condition = Q()
        for column in TERM_COLUMNS.values():
            condition |= Q(**{f"{column}__regex": pattern})
        entries = entries.filter(condition)
    return entries


def _tsquery(search_words):
    # Each word's forms OR'ed, the words AND'ed: the stored terms hold the same forms.
    words = [f"({any_form(alternatives)})" for alternatives in search_words.alternatives]
    return SearchQuery(" & ".join(words), search_type="raw", config="simple")


def entry_rank(search_words):
    """How well an entry matches: PostgreSQL's ts_rank_cd of the title's and summary's
    weighted vector (title A, summary B; a word found only in the body ranks 0); on SQLite
    the weight of the best part each word is found in."""
    if connection.vendor == "postgresql":
        return SearchRank(F("rank_vector"), _tsquery(search_words), cover_density=True)
    rank = Value(0)
    for alternatives in search_words.alternatives:
        pattern = terms_pattern(alternatives)
        whens = [
            When(**{f"{TERM_COLUMNS[part]}__regex": pattern}, then=Value(WEIGHTS[part]))
            for part in ("title", "summary")
        ]
        rank += Case(*whens, default=Value(WEIGHTS["body"]), output_field=IntegerField())
    return rank


def _title_column():
    return "title_sv" if get_language() == "sv" else "title_fi"


def _best_first():
    # Among equal matches the shortest title is the closest: "Vaasan kaupunki" before
    # "Vaasan kaupungin kotoutumispalvelut" for "Vaasan kaupunki".
    title = _title_column()
    return [F("search_rank").desc(), Length(title).asc(), F(title).asc(), F("object_id").asc()]


@dataclass(frozen=True)
class SearchHit:
    title: str  # escaped, the words found marked
    url: str
    shown: str = ""
    snippet: str = ""  # escaped, the words found marked
    title_lang: str = ""  # the title's language, where it is not the page's
    snippet_lang: str = ""


def _hit(entry, search_words):
    language = get_language()
    shown = entry["shown"].get(language) or entry["shown"].get("fi") or {}
    title = entry[_title_column()] or entry["title_fi"]
    return SearchHit(
        title=highlight(title, search_words),
        url=shown.get("url", ""),
        shown=shown.get("shown", ""),
        snippet=snippet(shown.get("text", ""), search_words),
        title_lang=_other(shown.get("title_lang"), language),
        snippet_lang=_other(shown.get("text_lang"), language),
    )


def _other(lang, language):
    return lang if lang and lang != language else ""


HIT_COLUMNS = ("kind", "object_id", "title_fi", "title_sv", "shown")


@dataclass(frozen=True)
class SearchGroup:
    kind: SearchKind
    hits: list[SearchHit]
    total: int
    kind_url: str = ""  # this kind alone, on the search page
    list_url: str = ""  # the kind's own list, searching the same words


@dataclass
class SearchResults:
    query: str  # the words searched: corrected, when the words typed found nothing
    typed: str = ""  # the words typed, when they were corrected
    groups: list[SearchGroup] = field(default_factory=list)
    kind: SearchKind | None = None  # the kind chosen, if any
    page: object = None  # the chosen kind's page of hits
    total: int = 0

    def __bool__(self):
        return self.total > 0

    @property
    def all_kinds_url(self):
        return search_url(self.query)

    @property
    def previous_url(self):
        if self.page is not None and self.page.has_previous():
            return search_url(self.query, self.kind.key, self.page.previous_page_number())
        return ""

    @property
    def next_url(self):
        if self.page is not None and self.page.has_next():
            return search_url(self.query, self.kind.key, self.page.next_page_number())
        return ""


def search_url(query, kind=None, page=None):
    parameters = {"q": query}
    if kind:
        parameters["kind"] = kind
    if page and page > 1:
        parameters["page"] = page
    return f"{reverse('portal:search')}?{urlencode(parameters)}"


def _list_url(kind, query):
    if not kind.list_url_name:
        return ""
    return f"{reverse(kind.list_url_name)}?{urlencode({'q': query})}"


def kind_named(key):
    return next((kind for kind in registry.search_kinds if kind.key == key), None)


@contextlib.contextmanager
def through_the_index():
    """On PostgreSQL, the matches read through the entries' GIN index: for a word in half of
    them the planner read the whole table instead, every entry's full vector from TOAST (135
    ms of 147 at 10,000 practices, cold). SET LOCAL lasts to the end of the transaction, or
    of the savepoint rolled back; it is set back as soon as the queries are made."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")


def _groups(search_words):
    """Each kind's best hits and how many match: their places from one query over the
    matches, whatever the number of kinds; what the hits show from a second, of them alone
    (sorting every match with its snippet's text spilled to disk)."""
    places = (
        entries_matching(search_words)
        .annotate(search_rank=entry_rank(search_words))
        .annotate(
            place=Window(RowNumber(), partition_by=[F("kind")], order_by=_best_first()),
            found=Window(Count("id"), partition_by=[F("kind")]),
        )
        .filter(place__lte=HITS_PER_KIND)
        .values_list("id", "place", "found")
    )
    with through_the_index():
        places = {pk: (place, found) for pk, place, found in places}
    shown = SearchEntry.objects.filter(id__in=places).values("id", *HIT_COLUMNS)
    by_kind = {}
    for entry in sorted(shown, key=lambda entry: places[entry["id"]][0]):
        entry["found"] = places[entry["id"]][1]
        by_kind.setdefault(entry["kind"], []).append(entry)
    groups = []
    for kind in registry.search_kinds:
        entries = by_kind.get(kind.key)
        if entries:
            groups.append(
                SearchGroup(
                    kind=kind,
                    hits=[_hit(entry, search_words) for entry in entries],
                    total=entries[0]["found"],
                    kind_url=search_url(search_words.text, kind.key),
                    list_url=_list_url(kind, search_words.text),
                )
            )
    return groups


def _one_kind(search_words, kind, page_number):
    """The chosen kind's page of hits, and every kind's count (for choosing another)."""
    matching = entries_matching(search_words)
    ranked = (
        matching.filter(kind=kind.key)
        .annotate(search_rank=entry_rank(search_words))
        .order_by(*_best_first())
        .values(*HIT_COLUMNS)
    )
    with through_the_index():
        counts = dict(matching.values_list("kind").annotate(found=Count("id")).order_by())
        paginator = Paginator(ranked, HITS_PER_PAGE)
        paginator.count = counts.get(kind.key, 0)  # Counted above: not a query again.
        page = paginator.get_page(page_number)
        page.object_list = [_hit(entry, search_words) for entry in page.object_list]
    groups = [
        SearchGroup(
            kind=other,
            hits=[],
            total=counts[other.key],
            kind_url=search_url(search_words.text, other.key),
            list_url=_list_url(other, search_words.text),
        )
        for other in registry.search_kinds
        if counts.get(other.key)
    ]
    return groups, page


def _found(search_words, kind, page_number):
    results = SearchResults(query=search_words.text, kind=kind)
    if kind is None:
        results.groups = _groups(search_words)
    else:
        results.groups, results.page = _one_kind(search_words, kind, page_number)
    results.total = sum(group.total for group in results.groups)
    return results


def search_everything(query, kind_key="", page_number=1):
    """The results of a search: grouped by kind, or the chosen kind's page. When the words
    find nothing, the nearest words of the index are searched instead ("Did you mean …?")."""
    search_words = parse(query)
    if not search_words:
        # Only signs, no words: nothing to look for, rather than everything.
        return SearchResults(query=search_words.text)
    kind = kind_named(kind_key)
    results = _found(search_words, kind, page_number)
    if not results:
        corrected = searched_again(
            search_words, entries_matching, lambda text: _found(parse(text), kind, page_number)
        )
        if corrected is not None:
            corrected.typed = search_words.text
            return corrected
    return results
