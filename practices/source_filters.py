"""The knowledge bank's filters: every value lives in the URL so a search can be shared."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from networks.models import Language
from portal.searchable import MAX_QUERY_LENGTH
from practices.models import Source

FIRST_YEAR, LAST_YEAR = 1900, 2100


class YearFilter(django_filters.NumberFilter):
    """A whole year within the range a source's year may take; anything else is refused."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", FIRST_YEAR)
        kwargs.setdefault("max_value", LAST_YEAR)
        kwargs.setdefault("field_name", "year")
        super().__init__(*args, **kwargs)


class SourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="search", max_length=MAX_QUERY_LENGTH)
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Source.Kind.choices, empty_label=_("All kinds")
    )
    year = YearFilter(label=_("Year"))
    year_from = YearFilter(label=_("From year"), lookup_expr="gte")
    year_to = YearFilter(label=_("To year"), lookup_expr="lte")
    language = django_filters.ModelChoiceFilter(
        label=_("Language of the document"),
        field_name="language",
        queryset=Language.objects.all(),
        to_field_name="code",
        empty_label=_("All languages"),
    )

    class Meta:
        model = Source
        fields = ["q", "kind", "year", "year_from", "year_to", "language"]

    def search(self, queryset, name, value):
        return queryset.search(value)
