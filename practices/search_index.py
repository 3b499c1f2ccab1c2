"""Search terms for practices: the base forms of Finnish words and the stems of Swedish ones.

A practice stores its terms in plain text columns (matched on every database) and, on
PostgreSQL, also as a weighted tsvector. The query side (practices.search) analyses the
searcher's words in the same way, so that any inflected form finds the others."""

import functools
import logging
import re

from django.contrib.postgres.search import SearchVector
from django.core.cache import cache
from django.db import connection
from django.db.models import F

logger = logging.getLogger(__name__)

# The same tokens PostgreSQL's parser makes of a run of letters and digits, so the terms
# stored in text and the lexemes of the tsvector agree.
WORD = re.compile(r"[^\W_]+")
MAX_WORD_LENGTH = 60
BODY_FIELDS = ("summary", "description", "aims", "results")
# The index is computed from the row's own text, not an edit of it: the revision that the
# admin's forms compare stays where the save put it (portal.revisions).
SAME_REVISION = F("revision")


@functools.cache
def _voikko():
    # Loading the analyser's FST takes over a second: a worker does it as it starts
    # (warm_up, from portal.wsgi), a command or a test only when it first needs it.
    import pyvoikko

    return pyvoikko


def warm_up():
    """Loads Voikko now, so that no visitor's first search or coordinator's first save in
    this process waits for it."""
    finnish_analysis_of(["kotoutuminen"])


# Voikko (in pure Python) takes milliseconds a word: a practice of a few hundred words took
# seconds to save in a fresh worker. Each word's analysis is kept in this process and in the
# shared cache, so a word is analysed once for every worker and every restart.
ANALYSIS_KEY = "voikko-analysis:1:"
ANALYSIS_TIMEOUT = 90 * 24 * 60 * 60
KNOWN_MAX = 50_000
_known = {}


def words(text):
    """The lowercased words of a text, as PostgreSQL's parser would split them."""
    return [word for word in WORD.findall((text or "").lower()) if len(word) <= MAX_WORD_LENGTH]


def _clean_base_form(base_form):
    # Voikko marks the seams of some compounds: "maahan=muuttaja".
    parts = [part for part in base_form.lower().split("=") if part]
    return ["".join(parts), *parts] if len(parts) > 1 else parts


def _analyse(word):
    """(base forms, base forms of the compound parts) of a word; both empty when unknown."""
    base_forms, part_forms = [], []
    for analysis in _voikko().analyse(word):
        base_forms.extend(_clean_base_form(analysis.BASEFORM or ""))
        for part in analysis.COMPOUND_PARTS or ():
            part_forms.extend(_clean_base_form(part.BASEFORM or ""))
    return _words_only(base_forms), _words_only(part_forms)


def _shared(method, *args):
    try:
        return getattr(cache, method)(*args)
    except Exception:  # A cache that does not answer only makes the analysis slower.
        logger.warning("The cache did not answer; analysing words without it.", exc_info=True)
        return {}


def finnish_analysis_of(words):
    """{word: its analysis} for the words: from this process, else from the shared cache,
    else from Voikko (then kept in both)."""
    found = {word: _known[word] for word in words if word in _known}
    wanted = [word for word in dict.fromkeys(words) if word not in found]
    if wanted:
        keys = {ANALYSIS_KEY + word: word for word in wanted}
        shared = {keys[key]: value for key, value in _shared("get_many", list(keys)).items()}
        analysed = {word: _analyse(word) for word in wanted if word not in shared}
        if analysed:
            values = {ANALYSIS_KEY + word: value for word, value in analysed.items()}
            _shared("set_many", values, ANALYSIS_TIMEOUT)
        if len(_known) > KNOWN_MAX:
            _known.clear()
        for word, value in (*shared.items(), *analysed.items()):
            _known[word] = found[word] = tuple(map(tuple, value))
    return found


def finnish_analysis(word):
    """(base forms, base forms of the compound parts) of a word; both empty when unknown."""
    return finnish_analysis_of([word])[word]


def _words_only(forms):
    return tuple(dict.fromkeys(form for form in forms if WORD.fullmatch(form)))


def finnish_base_forms(word):
    return finnish_analysis(word)[0]


def finnish_forms(word):
    """The word's base forms and, for a compound, the base forms of its parts."""
    base_forms, part_forms = finnish_analysis(word)
    return base_forms + part_forms


SWEDISH_VOWELS = set("aeiouyäåö")
SWEDISH_S_ENDINGS = set("bcdfghjklmnoprtvy")
# Snowball's Swedish suffixes, longest first so that the longest one is removed.
SWEDISH_SUFFIXES = sorted(
    (
        "a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er "
        "heter or as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast"
    ).split(),
    key=len,
    reverse=True,
)
SWEDISH_DOUBLES = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")


def _swedish_r1(word):
    """Where the stemmer's region R1 starts: after the first consonant that follows a
    vowel, and never before the fourth letter."""
    for index in range(1, len(word)):
        if word[index] not in SWEDISH_VOWELS and word[index - 1] in SWEDISH_VOWELS:
            return max(index + 1, 3)
    return len(word)


@functools.lru_cache(maxsize=50_000)
def swedish_stem(word):
    """The Snowball Swedish stem: "utbildningen" → "utbildning", "arbetsgivarna" → "arbetsgiv"."""
    r1 = _swedish_r1(word)
    region = word[r1:]
    for suffix in SWEDISH_SUFFIXES:
        if region.endswith(suffix):
            word = word[: -len(suffix)]
            break
    else:
        if region.endswith("s") and len(word) > 1 and word[-2] in SWEDISH_S_ENDINGS:
            word = word[:-1]
    if word[r1:].endswith(SWEDISH_DOUBLES):
        word = word[:-1]
    region = word[r1:]
    if region.endswith(("lig", "els")):
        word = word[:-3]
    elif region.endswith("ig"):
        word = word[:-2]
    elif region.endswith("löst"):
        word = word[:-1]
    elif region.endswith("fullt"):
        word = word[:-1]
    return word


def finnish_terms(text):
    terms = []
    for word in words(text):
        terms.append(word)
        terms.extend(finnish_forms(word))
    return terms


def swedish_terms(text):
    terms = []
    for word in words(text):
        terms.append(word)
        terms.append(swedish_stem(word))
    return terms


def _joined(terms):
    return " ".join(dict.fromkeys(term for term in terms if term))


def _text(practice, field, language):
    value = getattr(practice, f"{field}_{language}", None)
    if value is None and language == "fi":
        value = getattr(practice, field, "")  # The plain column holds the Finnish text.
    return value or ""


def terms_for(practice):
    """(title terms, body terms): each word, its base forms, compound parts and stem."""
    # Every Finnish word of the practice looked up at once: one round trip to the cache.
    finnish_analysis_of(
        [w for field in ("title", *BODY_FIELDS) for w in words(_text(practice, field, "fi"))]
    )
    title = finnish_terms(_text(practice, "title", "fi")) + swedish_terms(
        _text(practice, "title", "sv")
    )
    body = []
    for field in BODY_FIELDS:
        body += finnish_terms(_text(practice, field, "fi"))
        body += swedish_terms(_text(practice, field, "sv"))
    return _joined(title), _joined(body)


def vector_from_columns():
    """The weighted tsvector built from the stored columns; titles weigh more than the rest.
    One expression serves a single saved practice and an UPDATE of thousands at once."""
    return (
        SearchVector("search_terms_title", config="simple", weight="A")
        + SearchVector("search_terms_body", config="simple", weight="B")
        + SearchVector("title_sv", config="swedish", weight="A")
        + SearchVector(*(f"{field}_sv" for field in BODY_FIELDS), config="swedish", weight="B")
    )


def title_vector_from_columns():
    """The title's terms alone, as the results are ranked (practices.search.by_relevance)."""
    return SearchVector("search_terms_title", config="simple") + SearchVector(
        "title_sv", config="swedish"
    )


def update_vector(practice):
    """On PostgreSQL, store the weighted tsvector of the practice's saved columns."""
    if connection.vendor != "postgresql":
        return
    type(practice)._default_manager.filter(pk=practice.pk).update(
        search_vector=vector_from_columns(),
        title_vector=title_vector_from_columns(),
        revision=SAME_REVISION,
    )


def update_vectors(queryset):
    """The tsvectors of many practices in one UPDATE (PostgreSQL only), after bulk writes."""
    if connection.vendor == "postgresql":
        queryset.update(
            search_vector=vector_from_columns(),
            title_vector=title_vector_from_columns(),
            revision=SAME_REVISION,
        )
