"""The words of a text as search terms: Finnish base forms and compound parts (Voikko),
Swedish stems (Snowball) and compound parts (Hunspell). A record's stored terms and the
searcher's words (portal.searchable) are analysed alike, so that any inflected form of a word
finds the others (docs/search.md)."""

import functools
import logging
import re
import sysconfig
import threading
from pathlib import Path

import snowballstemmer
from django.core.cache import cache

logger = logging.getLogger(__name__)

# The same tokens PostgreSQL's parser makes of a run of letters and digits, so the terms
# stored in text and the lexemes of the tsvector agree.
WORD = re.compile(r"[^\W_]+")
MAX_WORD_LENGTH = 60


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
ANALYSIS_KEY = "voikko-analysis:4:"  # 3: the parts at the seams are parts, not base forms;
# 4: an unknown compound's parts joined are its base form
ANALYSIS_TIMEOUT = 90 * 24 * 60 * 60
KNOWN_MAX = 50_000
_known = {}
# Words looked up without analysing them (swedish_parts_of(analyse=False)) and found in
# neither place: not asked of the shared cache again by this process, which marks the words
# of every hit with them.
_not_known = set()


def words(text):
    """The lowercased words of a text, as PostgreSQL's parser would split them."""
    return [word for word in WORD.findall((text or "").lower()) if len(word) <= MAX_WORD_LENGTH]


def _clean_base_form(base_form):
    # Voikko marks the seams of some compounds: "maahan=muuttaja".
    parts = [part for part in base_form.lower().split("=") if part]
    return ["".join(parts), *parts] if len(parts) > 1 else parts


def _voikko_analysis(word):
    """(base forms, base forms of the compound parts) of a word; both empty when unknown."""
    base_forms, part_forms = [], []
    for analysis in _voikko().analyse(word):
        # The parts at the seams are compound parts, not base forms of the word: searched
        # for, "Kyrönmaa" should not find every "maa".
        whole, *seam_parts = _clean_base_form(analysis.BASEFORM or "") or [""]
        base_forms.append(whole)
        part_forms.extend(seam_parts)
        for part in analysis.COMPOUND_PARTS or ():
            part_forms.extend(_clean_base_form(part.BASEFORM or ""))
    return _words_only(base_forms), _words_only(part_forms)


# The shortest first part and rest a compound unknown to Voikko is split into.
MIN_PART = 3


def _parts_of_unknown(word):
    """A compound Voikko does not know, split after its longest first part that it knows:
    "työpaikkamentoreiden" → "työpaikka" and the stem of "mentoreiden", "mentor" (Voikko
    knows neither "mentori" nor the compound): (first part's base forms, the rest's base
    forms or stem). Both empty when no first part is known."""
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head_forms, _parts = _voikko_analysis(word[:cut])
        if head_forms:
            tail = word[cut:]
            return head_forms, _voikko_analysis(tail)[0] or (finnish_stem(tail),)
    return (), ()


def _analyse(word):
    """(base forms, base forms of the compound parts) of a word. A word Voikko does not
    know, if it is a compound of a word Voikko knows, has the parts _parts_of_unknown finds
    and, as base forms, its Snowball stem and the parts' base forms joined: a place name
    inflected in both parts, "Uudessakaarlepyyssä", is "uusikaarlepyy". Else it has none
    (finnish_base_forms stems it)."""
    base_forms, part_forms = _voikko_analysis(word)
    if base_forms:
        return base_forms, part_forms
    heads, tails = _parts_of_unknown(word)
    if not heads:
        return (), ()
    joined = (head + tail for head in heads for tail in tails)
    return _words_only((*joined, finnish_stem(word))), _words_only((*heads, *tails))


def _shared(method, *args):
    try:
        return getattr(cache, method)(*args)
    except Exception:  # A cache that does not answer only makes the analysis slower.
        logger.warning("The cache did not answer; analysing words without it.", exc_info=True)
        return {}


def _frozen(value):
    # The shared cache may give back lists where tuples went in.
    return tuple(_frozen(item) for item in value) if isinstance(value, list | tuple) else value


def _analysis_of(words, key, analyse=None):
    """{word: its analysis under `key`} for the words: from this process, else from the
    shared cache, else from `analyse` (then kept in both). Without `analyse`, only the
    words analysed before."""
    found = {word: _known[key + word] for word in words if key + word in _known}
    wanted = [word for word in dict.fromkeys(words) if word not in found]
    if analyse is None:
        wanted = [word for word in wanted if key + word not in _not_known]
    if wanted:
        keys = {key + word: word for word in wanted}
        shared = {keys[k]: value for k, value in _shared("get_many", list(keys)).items()}
        analysed = {}
        if analyse is not None:
            analysed = {word: analyse(word) for word in wanted if word not in shared}
        if analysed:
            values = {key + word: value for word, value in analysed.items()}
            _shared("set_many", values, ANALYSIS_TIMEOUT)
        if len(_known) > KNOWN_MAX or len(_not_known) > KNOWN_MAX:
            _known.clear()
            _not_known.clear()
        for word, value in (*shared.items(), *analysed.items()):
            _known[key + word] = found[word] = _frozen(value)
        if analyse is None:
            _not_known.update(key + word for word in wanted if word not in found)
    return found


def finnish_analysis_of(words):
    """{word: (base forms, base forms of the compound parts)} for the words, each analysed
    by Voikko once for every process."""
    return _analysis_of(words, ANALYSIS_KEY, _analyse)


def finnish_analysis(word):
    """(base forms, base forms of the compound parts) of a word; both empty when unknown."""
    return finnish_analysis_of([word])[word]


def _words_only(forms):
    return tuple(dict.fromkeys(form for form in forms if WORD.fullmatch(form)))


def finnish_base_forms(word):
    """The word's base forms from Voikko; of a word it does not know (a loanword, a name, a
    typo), its Snowball stem, so that its inflected forms still find each other."""
    return finnish_analysis(word)[0] or (finnish_stem(word),)


def finnish_forms(word):
    """The word's base forms and, for a compound, the base forms of its parts."""
    base_forms, part_forms = finnish_analysis(word)
    return (base_forms or (finnish_stem(word),)) + part_forms


# Snowball's stemmers (the Snowball project's package); a stemmer object keeps its word
# while it works, so each thread has its own.
_stemmers = threading.local()


def _stemmer(language):
    stemmer = getattr(_stemmers, language, None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(language)
        setattr(_stemmers, language, stemmer)
    return stemmer


@functools.lru_cache(maxsize=50_000)
def finnish_stem(word):
    """The Snowball Finnish stem, for words Voikko does not know: "mentoreiden" → "mentor"."""
    return _stemmer("finnish").stemWord(word)


@functools.lru_cache(maxsize=50_000)
def swedish_stem(word):
    """The Snowball Swedish stem: "utbildningen" → "utbildning", "språket" → "språk"."""
    return _stemmer("swedish").stemWord(word)


# Swedish compounds are split by the Swedish Hunspell dictionary (the hunspell-sv package)
# and its compounding rules, through spylls: "delaktighetspolitiken" → "delaktighet" and
# "politik", so that "politik" finds it. Of PostgreSQL's ispell template over the same
# dictionary, which ignores the rules (COMPOUNDRULE), and of Debian's older hunspell-sv,
# this splits best (docs/search.md). Loading the dictionary takes seconds and about 230 MB:
# only a process that indexes records loads it, when it meets a word not analysed before.
SWEDISH_ANALYSIS_KEY = "hunspell-sv-parts:1:"
HUNSPELL_SWEDISH = "sv_SE"
# A compound's parts shorter than this ("s", "hem") would find too much; its shortest word.
MIN_SWEDISH_PART = 3


def hunspell_dictionary_path(name):
    """Where the pip-installed dictionary package put a Hunspell dictionary's files (without
    the .dic and .aff): its data files go under the environment's share/hunspell, or the
    user's, for `pip install --user`. The environment's when neither has it (the system
    check portal.E001 says so)."""
    candidates = [
        Path(sysconfig.get_path("data", scheme)) / "share" / "hunspell" / name
        for scheme in (sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user"))
    ]
    return next((path for path in candidates if path.with_suffix(".dic").exists()), candidates[0])


@functools.cache
def _swedish_dictionary():
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(hunspell_dictionary_path(HUNSPELL_SWEDISH)))


def hunspell_compound_parts(dictionary, word):
    """The dictionary's stems of the parts of every way it splits the word as a compound
    (a spylls Dictionary), in the order found; none for a word it does not split."""
    parts = (
        part.stem.lower()
        for form in dictionary.lookuper.good_forms(word)
        for part in getattr(form, "parts", ())  # Only a CompoundForm has parts.
    )
    return list(dict.fromkeys(parts))


def _swedish_compound_parts(word):
    """The stems of a Swedish compound's parts, each as Snowball stems it; none for a word
    that is no compound, or that the dictionary does not know."""
    if len(word) < 2 * MIN_SWEDISH_PART or not word.isalpha():
        return ()
    parts = hunspell_compound_parts(_swedish_dictionary(), word)
    return _words_only(swedish_stem(part) for part in parts if len(part) >= MIN_SWEDISH_PART)


def swedish_parts_of(words, *, analyse=True):
    """{word: the stems of its compound parts} for the Swedish words, each split once for
    every process. With analyse=False only the words split before (a request that marks
    the words found does not load the dictionary)."""
    return _analysis_of(words, SWEDISH_ANALYSIS_KEY, _swedish_compound_parts if analyse else None)


def finnish_terms(text):
    return [term for word in words(text) for term in (word, *finnish_forms(word))]


def swedish_terms(text):
    """Each word, its Snowball stem and, for a compound, its parts' stems."""
    found = words(text)
    parts = swedish_parts_of(found)
    return [term for word in found for term in (word, swedish_stem(word), *parts[word])]


# Typed on a keyboard without them (a phone set to English, a visitor's laptop), ä, ö and å
# become a, o and a: every stored term also holds its form without them.
WITHOUT_DIACRITICS = str.maketrans("äöå", "aoa")


# Finnish vowel harmony: a word has back vowels (a, o, u) or front ones (ä, ö, y), so a word
# typed without its dots is most often itself with every a and o dotted again.
DOTTED_AGAIN = str.maketrans("ao", "äö")


def dotted_again(word):
    """A word typed without ä and ö, with them again (most often every a and o); the word
    itself when it has its dots, or no a or o to dot."""
    if word != word.translate(WITHOUT_DIACRITICS):
        return word  # It has its dots: typed as it is written.
    return word.translate(DOTTED_AGAIN)


def finnish_base_forms_typed_plain(word):
    """The base forms of a Finnish word typed without ä and ö ("tyollisyytta" → "työllisyys"),
    when its dotted form is a word Voikko knows; else none."""
    dotted = dotted_again(word)
    # Voikko's alone: a stem of a word dotted wrongly would be no word at all.
    return finnish_analysis(dotted)[0] if dotted != word else ()


def with_plain_letters(terms):
    """The terms, each followed by its form without ä, ö and å where it differs."""
    return [
        form for term in terms for form in dict.fromkeys((term, term.translate(WITHOUT_DIACRITICS)))
    ]


def joined(terms):
    """The terms as one space-separated column value, each once."""
    return " ".join(dict.fromkeys(term for term in with_plain_letters(terms) if term))
