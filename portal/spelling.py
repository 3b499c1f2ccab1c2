"""Words typed with a letter wrong, missing or swapped: the nearest word written in the
indexed records (portal.models.SearchWord), by the similarity of their trigrams, as
PostgreSQL's pg_trgm measures it (its index finds the candidates there; on SQLite, Python
compares the words of a similar length)."""

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection
from django.db.models.functions import Length

from portal.models import SearchWord
from portal.search_terms import dotted_again

# Below this, two words share too little to be the same word mistyped: "kotoutumnen" and
# "kotoutuminen" are 0.67 alike, "alkukartotus" and "alkukartoitus" 0.69.
MIN_SIMILARITY = 0.4
# A word shorter than this has too few trigrams to tell a typo from another word.
MIN_LENGTH = 4
LENGTH_DIFFERENCE = 3


def trigrams(word):
    """The trigrams of a word as pg_trgm makes them: padded with two spaces before, one
    after."""
    padded = f"  {word.lower()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(first, second):
    one, other = trigrams(first), trigrams(second)
    return len(one & other) / len(one | other)


# The letters a word may have had in place of a wrong one, or lost.
LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"


def one_edit_away(word):
    """Every string one letter from the word: a letter left out, two swapped, one wrong or
    one too many (Norvig's edits)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(head + tail[1:] for head, tail in splits if tail),
        *(head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1),
        *(head + letter + tail[1:] for head, tail in splits if tail for letter in LETTERS),
        *(head + letter + tail for head, tail in splits for letter in LETTERS),
    } - {word}


def nearest_word(word):
    """The written word most like `word` (or like it with its dots, when typed without),
    or None when none is like enough. A written word one letter away comes first: in a
    short word one letter wrong or two swapped leave too few trigrams in common
    ("ohajus" and "ohjaus" share 3 of 11)."""
    if len(word) < MIN_LENGTH:
        return None
    typed_forms = tuple(dict.fromkeys((word, dotted_again(word))))
    near = SearchWord.objects.filter(
        word__in={edit for typed in typed_forms for edit in one_edit_away(typed)}
    ).values_list("word", flat=True)
    found = [(near_word, typed) for typed in typed_forms for near_word in near]
    if not found:
        found = [(_most_similar(typed), typed) for typed in typed_forms]
    best = [(similarity(typed, near_word), near_word) for near_word, typed in found if near_word]
    return max(best)[1] if best else None


def _most_similar(word):
    if connection.vendor == "postgresql":
        return (
            SearchWord.objects.filter(word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=MIN_SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        )
    candidates = SearchWord.objects.annotate(length=Length("word")).filter(
        length__gte=len(word) - LENGTH_DIFFERENCE, length__lte=len(word) + LENGTH_DIFFERENCE
    )
    scored = [
        (similarity(word, candidate), candidate)
        for candidate in candidates.values_list("word", flat=True).iterator()
    ]
    best = min(scored, key=lambda pair: (-pair[0], pair[1]), default=None)
    return best[1] if best and best[0] >= MIN_SIMILARITY else None


def corrected_query(search_words, entries_matching):
    """The search's text with each word that finds nothing alone replaced by its nearest
    written word (a short one left out); None when no word could be corrected."""
    from portal.searchable import parse

    changed, corrected = False, []
    for word in search_words.words:
        if entries_matching(parse(word)).exists():
            corrected.append(word)
            continue
        changed = True
        if len(word) < MIN_LENGTH and len(search_words.words) > 1:
            continue  # "i" of "Länsstyrelsen i Skåne": a small word no record holds is left out.
        nearest = nearest_word(word)
        if nearest is None:
            return None  # A word that finds nothing and is like no word: no correction helps.
        corrected.append(nearest)
    return " ".join(corrected) if changed and corrected else None


def searched_again(search_words, matching, search, found=bool):
    """`search(words)` for the search's words corrected (corrected_query), when that finds
    something by `found`; None when no word could be corrected or the corrected words find
    nothing either. The site search and every searchable list correct alike with it."""
    correction = corrected_query(search_words, matching)
    if not correction:
        return None
    results = search(correction)
    return results if found(results) else None


def with_search_text(filterset, text, **kwargs):
    """The same filterset (data, records, filters) searching `text` as its `q`."""
    data = filterset.data.copy()
    data["q"] = text
    return type(filterset)(data, filterset.queryset, request=filterset.request, **kwargs)


def searched_words(filterset):
    """The words a list's filterset searches (its `q`), parsed; none when the form did not
    take them."""
    from portal.searchable import parse

    valid = filterset.form.is_valid()
    return parse(filterset.form.cleaned_data.get("q") if valid else "")


class CorrectedSearchMixin:
    """For a FilterView whose filterset searches its `q` among SearchableQuerySet records:
    words that find nothing are searched as the nearest written words instead, the filters
    kept, as the site search and the practice list do; `typed_text` and `search_text` in
    the context say so. Corrected only once the page's own count found nothing, so that a
    search that finds something makes no query more."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search_words = typed = searched_words(self.filterset)
        corrected = None
        if typed and not context["paginator"].count:
            corrected = searched_again(
                typed,
                self.filterset.queryset.model.objects.matching,
                lambda text: with_search_text(self.filterset, text),
                found=lambda filterset: filterset.qs.exists(),
            )
        if corrected is not None:
            self.filterset, self.object_list = corrected, corrected.qs
            context = super().get_context_data(
                **{**kwargs, "filter": corrected, "object_list": corrected.qs}
            )
            search_words = searched_words(corrected)
        return {
            **context,
            "search_words": search_words,
            "search_text": search_words.text,
            "typed_text": typed.text if corrected is not None else "",
        }
