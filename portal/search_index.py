"""The site-wide search's index: one row (portal.models.SearchEntry) per public record of
every kind the apps register (portal.registry.SearchKind), its words analysed alike for every
kind and both languages (portal.search_terms: Finnish base forms and compound parts from
Voikko, Swedish Snowball stems and Hunspell compound parts), title above summary above body;
on PostgreSQL also as a weighted tsvector in a GIN index. Every save or delete of a kind's
model (or of a row its documents show) writes the rows it changes, in the same transaction;
`rebuild` writes them all, after bulk writes and when the analysis changes (after migrate:
ANALYSIS)."""

import contextlib
import contextvars
import functools
import logging

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils import translation

from portal.models import SearchEntry, SearchWord
from portal.registry import registry
from portal.richtext import plain_text
from portal.search_terms import (
    finnish_analysis_of,
    finnish_terms,
    joined,
    swedish_terms,
    words,
)

logger = logging.getLogger(__name__)

# Moves on whenever the analysis or a kind's document changes: after migrate, the rows an
# older one wrote are written again.
ANALYSIS = 8  # 2: "kunta" and "kommun" find municipalities; 3: rank_vector; 4: languages;
# 5: Swedish compound parts; 6: Finnish compounds inflected in both parts; 7: a practice's
# evidence labelled under its title; 8: a source's title not translated is in the
# document's language
# The snippet under a hit is cut from the first part of the summary.
SNIPPET_SOURCE_LENGTH = 2000
# Words shorter than this are not offered by "Did you mean …?" (portal.spelling).
SPELLING_MIN_LENGTH = 4
BATCH = 500


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def documents(kind, record):
    """{language: the record's SearchDocument in it}."""
    found = {}
    for code in _languages():
        with translation.override(code):
            found[code] = kind.document(record)
    return found


def _terms(documents_by_language, part):
    return joined(
        [
            term
            for code, document in documents_by_language.items()
            for term in _analysed(code, str(getattr(document, part)))
        ]
    )


# The same text gives the same terms: a rebuild (each demo load of the tests) analysed the
# same texts again word by word.
@functools.lru_cache(maxsize=20_000)
def _analysed(language, text):
    return tuple(finnish_terms(text) if language == "fi" else swedish_terms(text))


@functools.lru_cache(maxsize=20_000)
def _words_of(text):
    return frozenset(
        word for word in words(text) if len(word) >= SPELLING_MIN_LENGTH and not word.isdigit()
    )


def entry_fields(kind, record, by_language):
    """The columns of the record's entry (its documents by language), but its vector."""
    # Every Finnish word of the record looked up at once: one round trip to the cache.
    finnish = by_language["fi"]
    finnish_analysis_of(words(" ".join(map(str, (finnish.title, finnish.summary, finnish.body)))))
    return {
        "kind": kind.key,
        "object_id": record.pk,
        "analysis": ANALYSIS,
        "title_fi": str(by_language["fi"].title)[:400],
        "title_sv": str(by_language["sv"].title)[:400],
        "shown": {
            code: {
                "url": document.url,
                "shown": document.shown,
                "text": plain_text(str(document.summary)[:SNIPPET_SOURCE_LENGTH]),
                # The language the title and text are in: another one's, where they fell back.
                "title_lang": getattr(document.title, "lang", code),
                "text_lang": getattr(document.summary, "lang", code),
            }
            for code, document in by_language.items()
        },
        "terms_title": _terms(by_language, "title"),
        "terms_summary": _terms(by_language, "summary"),
        "terms_body": _terms(by_language, "body"),
    }


def written_words(documents_by_language):
    """The words of the documents as written, for "Did you mean …?"."""
    return set().union(
        *(
            _words_of(str(text))
            for document in documents_by_language.values()
            for text in (document.title, document.summary, document.body)
        )
    )


def vectors():
    """The entry's terms as weighted tsvectors: all of them (title A, summary B, body C),
    matched through the GIN index; and the title's and summary's, which rank the matches
    (ranking by the whole vector read every match's from TOAST: 135 ms for half of 10,000
    practices)."""
    title = SearchVector("terms_title", config="simple", weight="A")
    summary = SearchVector("terms_summary", config="simple", weight="B")
    body = SearchVector("terms_body", config="simple", weight="C")
    return {"vector": title + summary + body, "rank_vector": title + summary}


def _store_words(found):
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in sorted(found)], ignore_conflicts=True, batch_size=BATCH
    )


def index(kind, record):
    """Writes the entry of one record (which `kind.records()` holds)."""
    by_language = documents(kind, record)
    fields = entry_fields(kind, record, by_language)
    # One statement that inserts or updates (ON CONFLICT): two saves writing the same new
    # entry at once both succeed, where an UPDATE then INSERT could fail the second.
    SearchEntry.objects.bulk_create(
        [SearchEntry(**fields)],
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=[name for name in fields if name not in ("kind", "object_id")],
    )
    entries = SearchEntry.objects.filter(kind=kind.key, object_id=record.pk)
    if connection.vendor == "postgresql":
        entries.update(**vectors())
    _store_words(written_words(by_language))


def refresh(kind, pk):
    """The entry of the record `pk` of `kind` as the record is now: written while the
    public may find it, else removed."""
    record = kind.records().filter(pk=pk).first()
    if record is None:
        SearchEntry.objects.filter(kind=kind.key, object_id=pk).delete()
    else:
        index(kind, record)


def rebuild(kinds=None):
    """Every entry of the kinds (all by default) written again, in batches."""
    for kind in kinds or registry.search_kinds:
        with transaction.atomic():
            SearchEntry.objects.filter(kind=kind.key).delete()
            batch, found = [], set()
            for record in kind.records().iterator(chunk_size=BATCH):
                by_language = documents(kind, record)
                batch.append(SearchEntry(**entry_fields(kind, record, by_language)))
                found |= written_words(by_language)
                if len(batch) >= BATCH:
                    SearchEntry.objects.bulk_create(batch)
                    batch = []
            SearchEntry.objects.bulk_create(batch)
            if connection.vendor == "postgresql":
                SearchEntry.objects.filter(kind=kind.key).update(**vectors())
            _store_words(found)


# --- Keeping it up to date -------------------------------------------------------------


@functools.cache
def _watched():
    """{model: [(kind, records of the kind to refresh for a row of it)]}: made once, at the
    first save (every save of every model asks), after the apps have registered their kinds."""
    watched = {}
    for kind in registry.search_kinds:
        watched.setdefault(kind.model, []).append((kind, lambda row: [row.pk]))
        for model, affected in kind.related:
            watched.setdefault(model, []).append(
                (kind, lambda row, affected=affected: [record.pk for record in affected(row)])
            )
    return watched


# While set, saves leave the index alone: a bulk load (load_demo) rebuilds it once at its end,
# which took a tenth of the time of writing each record's entry as it was saved.
_suspended = contextvars.ContextVar("search_index_suspended", default=False)


@contextlib.contextmanager
def suspended():
    """Saves made inside leave the index as it is: call `rebuild` after them."""
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)


def _changed(sender, instance, raw=False, **kwargs):
    if raw or _suspended.get():
        return  # A fixture or a bulk load: `rebuild` follows it.
    for kind, affected in _watched().get(sender, ()):
        try:
            pks = affected(instance)
        except Exception:  # noqa: BLE001 - a relation already gone (a cascade) names none.
            logger.debug("No records of %s to refresh for %r.", kind.key, instance)
            continue
        for pk in pks:
            refresh(kind, pk)


def _fully_migrated(using):
    """Every migration applied: the records are read with today's models, which a database
    migrated back to an earlier state (or only part of the way) cannot answer."""
    executor = MigrationExecutor(connections[using])
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())


def _rebuild_if_stale(sender, using, **kwargs):
    """After migrate: the entries of a record written by an older analysis, or none at all
    where records exist (the index is new), are written again."""
    if sender.label != "portal" or not _fully_migrated(using):
        return
    entries = SearchEntry.objects.using(using)
    stale = set(entries.exclude(analysis=ANALYSIS).values_list("kind", flat=True))
    kinds = [
        kind
        for kind in registry.search_kinds
        if kind.key in stale
        or (not entries.filter(kind=kind.key).exists() and kind.records().exists())
    ]
    if kinds:
        rebuild(kinds)


def connect_signals():
    post_save.connect(_changed, dispatch_uid="search-index-save")
    post_delete.connect(_changed, dispatch_uid="search-index-delete")
    post_migrate.connect(_rebuild_if_stale, dispatch_uid="search-index-migrate")
