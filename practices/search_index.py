"""A practice's stored search terms: in plain text columns (matched on every database) and, on
PostgreSQL, also as a weighted tsvector, analysed by portal.search_terms."""

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import F

from portal.search_terms import finnish_analysis_of, finnish_terms, joined, swedish_terms, words

BODY_FIELDS = ("summary", "description", "aims", "results")
# The index is computed from the row's own text, not an edit of it: the revision that the
# admin's forms compare stays where the save put it (portal.revisions).
SAME_REVISION = F("revision")


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
    return joined(title), joined(body)


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


def index_again(practices):
    """Every practice's stored terms and vectors again, after a change of the analysis: by
    the migrations that bring the stored terms up to it (`practices` may be a historical
    model's queryset)."""
    for practice in practices.iterator(chunk_size=500):
        title_terms, body_terms = terms_for(practice)
        practices.filter(pk=practice.pk).update(
            search_terms_title=title_terms, search_terms_body=body_terms
        )
    update_vectors(practices.all())
