"""The open-data API's shared parts (/api/v1/, read only): each app serves its own records
from its `api.py` and registers its viewsets here (portal.registry), so the portal builds
the router without importing the apps.

What every endpoint has in common: texts in both languages as {"fi": …, "sv": …}; only what
the public pages show; pages with next/previous links; a rate limit per client with
Retry-After; Last-Modified from the content's generations (and an ETag from the content,
ConditionalGetMiddleware), so a client that asks again gets 304 until something is saved."""

import datetime
import functools
from contextlib import nullcontext

import django_filters
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.http import Http404
from django.utils import timezone, translation
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, pagination, serializers, viewsets

from portal import caching, search
from portal.searchable import MAX_QUERY_LENGTH, columns

LANGUAGES = ("fi", "sv")
TRANSLATED_SCHEMA = {
    "type": "object",
    "description": "The text in Finnish and in Swedish; an empty string where not written.",
    "properties": {language: {"type": "string"} for language in LANGUAGES},
    "required": list(LANGUAGES),
}


@extend_schema_field(TRANSLATED_SCHEMA)
class Translated(serializers.Field):
    """A translated field of the record (django-modeltranslation's `<name>_fi`, `<name>_sv`)
    in both languages, never the active language's alone; `via` names a related record
    whose field it is."""

    def __init__(self, name=None, *, via=None, **kwargs):
        self.text_name, self.via = name, via
        super().__init__(source="*", read_only=True, **kwargs)

    def bind(self, field_name, parent):
        super().bind(field_name, parent)
        self.text_name = self.text_name or field_name

    def to_representation(self, record):
        if self.via:
            record = getattr(record, self.via)
        return {
            language: getattr(record, f"{self.text_name}_{language}") or ""
            for language in LANGUAGES
        }


@extend_schema_field(OpenApiTypes.STR)
class Key(serializers.SlugRelatedField):
    """A linked record by its key in this API (its slug, a language's code), read only."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def bind(self, field_name, parent):
        super().bind(field_name, parent)
        # Null where the link is optional, and the schema says so.
        model = getattr(getattr(parent, "Meta", None), "model", None)
        if model is not None and "." not in self.source:
            link = next((f for f in model._meta.fields if f.name == self.source), None)
            self.allow_null = bool(link and link.null)


def named(model, key="slug", name="Serializer"):
    """The serializer of a record that is its key and its name in both languages (a theme,
    a language, a municipality named inside another record); `name` ends its class name,
    which names its part of the schema."""
    meta = type("Meta", (), {"model": model, "fields": [key, "name"]})
    return type(
        f"{model.__name__}{name}",
        (serializers.ModelSerializer,),
        {
            "name": Translated(),
            "Meta": meta,
            "__module__": model.__module__.replace(".models", ".api"),
        },
    )


PAGES_SCHEMA = {
    "type": "object",
    "description": "The record's page on the portal, in Finnish and in Swedish.",
    "properties": {language: {"type": "string", "format": "uri"} for language in LANGUAGES},
    "required": list(LANGUAGES),
}


@extend_schema_field(PAGES_SCHEMA)
class PageAddress(serializers.Field):
    """The record's public page (its get_absolute_url) in each language, as absolute
    addresses."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, record):
        request = self.context["request"]
        pages = {}
        for language in LANGUAGES:
            with translation.override(language):
                pages[language] = request.build_absolute_uri(record.get_absolute_url())
        return pages


@functools.cache  # the same for every request: worked out once per process
def own_columns(serializer_class):
    """The columns of its model that a ModelSerializer shows (a translated field's in every
    language), for QuerySet.only(): the rest of a wide record is never read. Its links are
    prefetched apart; its addresses are made from the slug, one of the columns it shows."""
    model = serializer_class.Meta.model
    names = []
    for name in serializer_class.Meta.fields:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue  # declared on the serializer alone (an address)
        if field.concrete and not field.is_relation:
            names += [name, *columns(model, name)]
    return tuple(dict.fromkeys(names))


def describe_filters(filterset_class, **kinds):
    """Tells the schema the type of the list filters it cannot work out itself (those of
    the HTML lists' own kinds, or with a method of their own): name=OpenApiTypes.X."""
    for name, kind in kinds.items():
        extend_schema_field(kind)(filterset_class.base_filters[name])


def searched(model):
    """A list's filters where its only filter is the portal's search, `q` (in Finnish and
    Swedish, best match first)."""

    class SearchFilter(django_filters.FilterSet):
        q = django_filters.CharFilter(
            label=_("Search words"), method="search", max_length=MAX_QUERY_LENGTH
        )

        class Meta:
            fields = ["q"]

        def search(self, queryset, name, value):
            return queryset.search(value)

    SearchFilter.Meta.model = model
    SearchFilter.__name__ = f"{model.__name__}Search"
    return SearchFilter


class Pages(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


def last_modified():
    """When the public content last changed: the newest of the content generations' times,
    and no earlier than today's start (some records show what is in force today)."""
    changed = caching.changed_at()
    today = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate(), datetime.time.min)
    ).timestamp()
    return max(changed, today) if changed else None


class PublicViewSet(viewsets.ReadOnlyModelViewSet):
    """A kind of public record: a list with filters and pages, and each record by its key.
    `query_parameters` names what the list reads besides its filters, for the page cache."""

    pagination_class = Pages
    # A list's records in brief where the whole record is heavy (a practice, an actor):
    # each names its own address, where the whole record is.
    list_serializer_class = None
    # Any key reaches the view, whose 404 is JSON like every other answer here.
    lookup_value_regex = "[^/]+"
    query_parameters = frozenset({"page", "page_size", "format"})

    def get_serializer_class(self):
        if self.action == "list" and self.list_serializer_class:
            return self.list_serializer_class
        return super().get_serializer_class()

    # The same answer whatever language the client prefers (the order, the addresses), so
    # that it is cached once for every client; that language is only for the messages of
    # errors, which are told outside the override and never cached.
    def list(self, request, *args, **kwargs):
        # A word in half the bank: the planner read every record's vector from TOAST rather
        # than the GIN index (count and page 250 ms against 55, 10,000 practices, cold).
        searching = (
            search.through_the_index() if request.GET.get("q", "").strip() else nullcontext()
        )
        try:
            with translation.override(settings.LANGUAGE_CODE), searching:
                return super().list(request, *args, **kwargs)
        except exceptions.NotFound:
            # A page past the end: told again outside the answer's language.
            raise exceptions.NotFound(str(self.pagination_class.invalid_page_message)) from None

    def retrieve(self, request, *args, **kwargs):
        try:
            with translation.override(settings.LANGUAGE_CODE):
                return super().retrieve(request, *args, **kwargs)
        except Http404:
            # REST framework's own words, in the client's language, rather than Django's
            # untranslated "No Practice matches the given query.".
            raise exceptions.NotFound from None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            if (changed := last_modified()) is not None:
                response["Last-Modified"] = http_date(changed)
            response["Cache-Control"] = f"public, max-age={settings.API_MAX_AGE}"
        return response
