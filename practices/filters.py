"""The practice list's search and filters, and how many results each option would give."""

import re
from dataclasses import dataclass, field
from functools import cached_property

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from networks.models import IntegrationPath, Language, Municipality, PathStage, SubRegion
from portal.spelling import searched_again, with_search_text
from practices import facet_counts, search
from practices.evidence import SCALE
from practices.models import Practice, TargetGroup, Theme

SLUG = re.compile(r"[-a-zA-Z0-9_]{1,120}")
LANGUAGE_CODE = re.compile(r"[-a-zA-Z]{1,12}")
MAX_VALUES = 50
MAX_ID = 2**63 - 1  # The largest id the databases store; a larger number would overflow.
NOT_AN_OPTION = _("“%(value)s” is not one of the options.")


def shown(value):
    """A value from the address as it may be shown back: printable and short."""
    printable = "".join(ch for ch in str(value) if ch.isprintable())
    return printable[:40] + ("…" if len(printable) > 40 else "")


def not_options(chosen, known):
    """A message for each chosen value that is none of the `known` options' keys, in order:
    the list shows them beside its results, the API answers them 400."""
    unknown = set(chosen) - set(known)
    return [NOT_AN_OPTION % {"value": shown(value)} for value in sorted(unknown)]


class KeysField(forms.Field):
    """Identifiers from the address, checked by their form alone; the facet queries then
    tell which of them name no option."""

    def __init__(self, *, multiple=True, pattern=None, integer=False, choices=None, **kwargs):
        self.multiple, self.pattern, self.integer = multiple, pattern, integer
        # (value, label) pairs, as django-filter and the API's schema read them.
        self.choices = None if choices is None else {str(value) for value, _label in choices}
        # The widget only reads the address: one value or all of the name's values.
        kwargs.setdefault("widget", forms.SelectMultiple if multiple else forms.Select)
        kwargs["required"] = False
        super().__init__(**kwargs)

    def to_python(self, value):
        values = value if isinstance(value, list | tuple) else [value]
        values = list(dict.fromkeys(str(v) for v in values if v not in (None, "")))
        if len(values) > MAX_VALUES:
            raise ValidationError(_("Too many values."), code="too_many")
        keys = [self.key(value) for value in values]
        if self.multiple:
            return keys
        return keys[-1] if keys else None

    def key(self, value):
        if self.choices is not None:
            valid = value in self.choices
        elif self.integer:
            valid = value.isascii() and value.isdigit() and 0 < int(value) <= MAX_ID
        else:
            valid = bool(self.pattern.fullmatch(value))
        if not valid:
            raise ValidationError(
                NOT_AN_OPTION, code="invalid_choice", params={"value": shown(value)}
            )
        return int(value) if self.integer else value


class SearchField(forms.CharField):
    def to_python(self, value):
        # Control characters and runs of space are dropped and the length capped, quietly.
        return search.normalise_query(super().to_python(value))


class ConditionFilter(django_filters.Filter):
    """A filter that is one Q on Practice, so that facet counts can leave it out."""

    def condition(self, value):
        raise NotImplementedError

    def filter(self, qs, value):
        return qs if value in ([], None, "") else qs.filter(self.condition(value))


class SearchFilter(ConditionFilter):
    field_class = SearchField

    def condition(self, value):
        return search.condition(search.parse(value))


class SortFilter(django_filters.Filter):
    """The order of the results; PracticeFilter applies it after all the filters."""

    field_class = KeysField

    def filter(self, qs, value):
        return qs


class OptionFilter(ConditionFilter):
    """Practices linked to any of the chosen options (themes, municipalities, …)."""

    field_class = KeysField

    def __init__(self, *, options, key="slug", via="", group=None, **kwargs):
        self.options, self.key, self.via, self.group = options, key, via, group
        if key == "pk":
            kwargs["integer"] = True
        else:
            kwargs.setdefault("pattern", SLUG)
        super().__init__(**kwargs)

    @property
    def multiple(self):
        return self.extra.get("multiple", True)

    def condition(self, value):
        values = value if isinstance(value, list) else [value]
        # The link table alone: joining the practices back in cost a lookup per linked row.
        relation, _sep, rest = self.field_name.partition("__")
        link = Practice._meta.get_field(relation)
        linked = link.remote_field.through.objects.filter(
            **{f"{link.m2m_reverse_field_name()}__{rest}__in": values}
        ).values(link.m2m_field_name())
        named = self.options().filter(**{f"{self.key}__in": values})
        # Values that name no option are left out (and reported) without a query of their
        # own: when none of the values names an option, the condition holds for every practice.
        return Q(pk__in=linked) | ~Exists(named)


class ScalarFilter(ConditionFilter):
    """A filter on the practice's own columns, whose options need no query."""

    field_class = KeysField
    multiple = False

    def __init__(self, *, choices, condition, **kwargs):
        self.choices, self.condition = choices, condition
        super().__init__(choices=choices, multiple=False, **kwargs)


def period_condition(value):
    today = timezone.localdate()
    if value == "ended":
        return Q(ended_on__lt=today)
    return Q(ended_on__isnull=True) | Q(ended_on__gte=today)


EVIDENCE_CHOICES = [(str(level.value), level.label) for level in SCALE]
PERIOD_CHOICES = [("ongoing", _("Ongoing")), ("ended", _("Ended"))]
SORT_CHOICES = [
    ("relevance", _("Best match")),
    ("newest", _("Newest first")),
    ("evidence", _("Strongest evidence first")),
    ("title", _("By title")),
]
ORDERINGS = {
    "newest": ("-published_at", "title", "pk"),
    "evidence": ("-evidence_level", "title", "pk"),
    "title": ("title", "pk"),
}


@dataclass
class FacetOption:
    """An option of a filter, with the number of results choosing it would give."""

    value: str
    label: str
    count: int
    selected: bool
    group: str = ""


@dataclass
class Facet:
    """A filter as the form shows it: its options, counted, and what was not understood."""

    name: str
    label: str
    multiple: bool
    options: list[FacetOption]
    errors: list[str] = field(default_factory=list)

    @property
    def groups(self):
        """The options under their group labels, in order, for <optgroup>."""
        grouped = {}
        for option in self.options:
            grouped.setdefault(option.group, []).append(option)
        return list(grouped.items())


@dataclass
class Facets:
    """The number of results, the filters' options and every value not understood."""

    total: int
    facets: list[Facet]
    problems: list[tuple[str, str, str]]  # (field label, message, the field's name)
    page_ids: list[int] = field(default_factory=list)  # the results of the filterset's page


class PracticeFilter(django_filters.FilterSet):
    """Search words, filters and order; the whole state lives in the address."""

    q = SearchFilter(label=_("Search words"))
    sort = SortFilter(label=_("Order"), choices=SORT_CHOICES, multiple=False)
    theme = OptionFilter(label=_("Theme"), field_name="themes__slug", options=Theme.objects.all)
    target_group = OptionFilter(
        label=_("Target group"),
        field_name="target_groups__slug",
        options=TargetGroup.objects.all,
    )
    evidence = ScalarFilter(
        label=_("Evidence level at least"),
        choices=EVIDENCE_CHOICES,
        condition=lambda value: Q(evidence_level__gte=int(value)),
    )
    path = OptionFilter(
        label=_("Integration path"),
        field_name="stages__path__slug",
        options=IntegrationPath.objects.all,
        via="path",
        multiple=False,
    )
    stage = OptionFilter(
        label=_("Stage"),
        field_name="stages__pk",
        options=lambda: PathStage.objects.select_related("path"),
        key="pk",
        group=lambda stage: stage.path.name,
        multiple=False,
    )
    sub_region = OptionFilter(
        label=_("Sub-region"),
        field_name="municipalities__sub_region__slug",
        options=SubRegion.objects.all,
        via="sub_region",
        multiple=False,
    )
    municipality = OptionFilter(
        label=_("Municipality"),
        field_name="municipalities__slug",
        options=Municipality.objects.all,
        multiple=False,
    )
    language = OptionFilter(
        label=_("Delivered in"),
        field_name="languages__code",
        options=Language.objects.all,
        key="code",
        pattern=LANGUAGE_CODE,
        multiple=False,
    )
    origin = ScalarFilter(
        label=_("Origin"),
        choices=Practice.Origin.choices,
        condition=lambda value: Q(origin=value),
    )
    period = ScalarFilter(
        label=_("Ongoing or ended"), choices=PERIOD_CHOICES, condition=period_condition
    )

    def __init__(self, *args, page=1, per_page=25, **kwargs):
        super().__init__(*args, **kwargs)
        # The page of results the counting statement also finds (practices.facet_counts).
        self.page, self.per_page = page, per_page
        self.typed = ""  # The words typed, when they found nothing and were corrected.

    def with_corrected_words(self):
        """This search, or, when its words find no practice, the same search and filters with
        each word that finds nothing replaced by the nearest word written in the portal
        (portal.spelling), if that finds some: "kielikahvlat" shows the "kielikahvilat"."""
        if not self.search_words or self.facets.total:
            return self
        corrected = searched_again(
            self.search_words,
            Practice.objects.published().matching,
            lambda text: with_search_text(self, text, page=self.page, per_page=self.per_page),
            found=lambda filterset: filterset.facets.total,
        )
        if corrected is None:
            return self
        corrected.typed = self.search_words.text
        return corrected

    def value(self, name):
        """A filter's cleaned value; None when it is absent or was not understood."""
        self.form.is_valid()  # Cleans the form, once.
        return self.form.cleaned_data.get(name)

    def chosen(self, name):
        value = self.value(name)
        if value in (None, "", []):
            return set()
        return {str(v) for v in (value if isinstance(value, list) else [value])}

    @cached_property
    def search_words(self):
        return search.parse(self.value("q"))

    @property
    def sort_key(self):
        """The chosen order; best match first when there are search words."""
        sort = self.value("sort")
        if sort in ORDERINGS:
            return sort
        return "relevance" if self.search_words else "title"

    @cached_property
    def conditions(self):
        """The Q of every filter in use, by name."""
        conditions = {}
        if self.search_words:
            conditions["q"] = search.condition(self.search_words)
        for name, flt in self.filters.items():
            value = self.value(name)
            if name != "q" and isinstance(flt, ConditionFilter) and value not in (None, []):
                conditions[name] = flt.condition(value)
        return conditions

    def filter_queryset(self, queryset):
        queryset = queryset.filter(*self.conditions.values())
        if self.sort_key == "relevance":
            return search.by_relevance(queryset, self.search_words)
        return queryset.order_by(*ORDERINGS[self.sort_key])

    def order(self):
        """The results' order as (expression, descending) pairs."""
        if self.sort_key == "relevance":
            fields = [(search.relevance(self.search_words), True), (F("title"), False)]
            return [*fields, (F("pk"), False)]
        return [(F(field.lstrip("-")), field.startswith("-")) for field in ORDERINGS[self.sort_key]]

    def page_of_results(self, number):
        """The practices of page `number` in order: read by id when the counting statement
        found them, else (another page asked for, "last") from the filtered queryset."""
        if number != self.page:
            start = (number - 1) * self.per_page
            return list(self.qs[start : start + self.per_page])
        ids = self.facets.page_ids
        found = self.queryset.filter(pk__in=ids).in_bulk()
        return [found[pk] for pk in ids if pk in found]

    def without(self, name):
        """The conditions of all the filters but one."""
        return [condition for key, condition in self.conditions.items() if key != name]

    @cached_property
    def facets(self):
        """Each option's count given the other filters, and the total: one statement, and
        one query per linked facet for its options."""
        linked = [
            facet_counts.LinkedFacet(name, flt.field_name.split("__")[0], flt.via)
            for name, flt in self.filters.items()
            if isinstance(flt, OptionFilter)
        ]
        scalars = [
            facet_counts.ScalarFacet(name, tuple(flt.condition(v) for v, _label in flt.choices))
            for name, flt in self.filters.items()
            if isinstance(flt, ScalarFilter)
        ]
        searched = {"q": self.conditions["q"]} if "q" in self.conditions else {}
        filters = {name: c for name, c in self.conditions.items() if name != "q"}
        counts = facet_counts.count(
            self.queryset.filter(*searched.values()),
            filters,
            linked,
            scalars,
            self.order(),
            ((self.page - 1) * self.per_page, self.per_page),
            searched=bool(searched),
        )

        facets = []
        for name, flt in self.filters.items():
            chosen = self.chosen(name)
            if isinstance(flt, ScalarFilter):
                options = [
                    FacetOption(value, str(label), counts.get((name, index), 0), value in chosen)
                    for index, (value, label) in enumerate(flt.choices)
                ]
            elif isinstance(flt, OptionFilter):
                options = [
                    FacetOption(
                        value=str(getattr(row, flt.key)),
                        label=str(row.name),
                        count=counts.get((name, row.pk), 0),
                        selected=str(getattr(row, flt.key)) in chosen,
                        group=flt.group(row) if flt.group else "",
                    )
                    for row in flt.options()
                ]
            else:
                continue
            errors = not_options(chosen, (option.value for option in options))
            facets.append(Facet(name, str(flt.label), flt.multiple, options, errors))

        problems = [
            (str(self.filters[name].label), str(error), name)
            for name, errors in self.form.errors.items()
            for error in errors
        ]
        problems += [(facet.label, error, facet.name) for facet in facets for error in facet.errors]
        for facet in facets:
            facet.errors = list(self.form.errors.get(facet.name, [])) + facet.errors
        return Facets(
            total=counts.get((facet_counts.TOTAL, None)),
            facets=facets,
            problems=problems,
            page_ids=counts.page_ids,
        )
