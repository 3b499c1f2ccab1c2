"""The practice list's search and filters, and how many results each option would give."""

import re
from dataclasses import dataclass, field
from functools import cached_property

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from networks.models import IntegrationPath, Language, Municipality, PathStage, SubRegion
from portal import content_cache
from practices import search
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


class KeysField(forms.Field):
    """Identifiers from the address, checked by their form alone; the facet queries then
    tell which of them name no option."""

    def __init__(self, *, multiple=True, pattern=None, integer=False, choices=None, **kwargs):
        self.multiple, self.pattern, self.integer = multiple, pattern, integer
        self.choices = choices
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

    def __init__(self, *, options, key="slug", through="practices", group=None, **kwargs):
        self.options, self.key, self.through, self.group = options, key, through, group
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

    def counted_options(self, practices):
        """Every option with the number of the given practices linked to it, in one query."""
        within = Q(**{f"{self.through}__in": practices.values("pk")})
        return self.options().annotate(
            facet_count=Count(self.through, filter=within, distinct=True)
        )


class ScalarFilter(ConditionFilter):
    """A filter on the practice's own columns, whose options need no query."""

    field_class = KeysField
    multiple = False

    def __init__(self, *, choices, condition, **kwargs):
        self.choices, self.condition = choices, condition
        super().__init__(choices=[value for value, _label in choices], multiple=False, **kwargs)


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

    # The options are written here rather than in a template loop: rendering a hundred
    # options through the template engine cost more than all the rest of the list page.
    def option_tags(self):
        """The <option>s of a one-choice facet, under their <optgroup>s."""
        parts = []
        for group, options in self.groups:
            if group:
                parts.append(f'<optgroup label="{escape(group)}">')
            for option in options:
                selected = " selected" if option.selected else ""
                parts.append(
                    f'<option value="{escape(option.value)}"{selected}>'
                    f"{escape(option.label)} ({int(option.count)})</option>"
                )
            if group:
                parts.append("</optgroup>")
        return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above.

    def checkbox_tags(self):
        """A checkbox and its label per option of a many-choice facet."""
        name = escape(self.name)
        parts = []
        for number, option in enumerate(self.options, start=1):
            checked = " checked" if option.selected else ""
            parts.append(
                f'<div class="facet__option"><input type="checkbox" id="filter-{name}-{number}" '
                f'name="{name}" value="{escape(option.value)}"{checked}>'
                f'<label for="filter-{name}-{number}">{escape(option.label)} '
                f'<span class="count">({int(option.count)})</span></label></div>'
            )
        return mark_safe("".join(parts))  # noqa: S308 - every value is escaped above.


@dataclass
class Facets:
    """The number of results, the filters' options and every value not understood."""

    total: int
    facets: list[Facet]
    problems: list[tuple[str, str, str]]  # (field label, message, the field's name)


class PracticeFilter(django_filters.FilterSet):
    """Search words, filters and order; the whole state lives in the address."""

    q = SearchFilter(label=_("Search words"))
    sort = SortFilter(label=_("Order"), choices=[v for v, _label in SORT_CHOICES], multiple=False)
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
        through="stages__practices",
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
        through="municipalities__practices",
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

    def without(self, name):
        """The conditions of all the filters but one."""
        return [condition for key, condition in self.conditions.items() if key != name]

    @cached_property
    def facets(self):
        """The facets, kept in the shared cache until the content changes: the same filters
        give the same counts, and counting them is most of the list's cost."""
        data = self.data or {}
        getlist = getattr(data, "getlist", lambda name: data.get(name))
        state = [(name, getlist(name)) for name in self.filters if name in data]
        key = content_cache.key_for("practice-facets", get_language(), state)
        return content_cache.remember(key, self.count_facets)

    def count_facets(self):
        """Each option's count given the other filters: one query per linked facet, and
        one for the total and the options on the practice's own columns."""
        aggregates = {"total": Count("pk", filter=Q(*self.conditions.values()))}
        for name, flt in self.filters.items():
            if isinstance(flt, ScalarFilter):
                others = Q(*self.without(name))
                for index, (value, _label) in enumerate(flt.choices):
                    condition = others & flt.condition(value)
                    aggregates[f"{name}_{index}"] = Count("pk", filter=condition)
        counts = self.queryset.aggregate(**aggregates)

        facets = []
        for name, flt in self.filters.items():
            chosen = self.chosen(name)
            if isinstance(flt, ScalarFilter):
                options = [
                    FacetOption(value, str(label), counts[f"{name}_{index}"], value in chosen)
                    for index, (value, label) in enumerate(flt.choices)
                ]
            elif isinstance(flt, OptionFilter):
                practices = self.queryset.filter(*self.without(name))
                options = [
                    FacetOption(
                        value=str(getattr(row, flt.key)),
                        label=str(row.name),
                        count=row.facet_count,
                        selected=str(getattr(row, flt.key)) in chosen,
                        group=flt.group(row) if flt.group else "",
                    )
                    for row in flt.counted_options(practices)
                ]
            else:
                continue
            unknown = chosen - {option.value for option in options}
            errors = [NOT_AN_OPTION % {"value": shown(value)} for value in sorted(unknown)]
            facets.append(Facet(name, str(flt.label), flt.multiple, options, errors))

        problems = [
            (str(self.filters[name].label), str(error), name)
            for name, errors in self.form.errors.items()
            for error in errors
        ]
        problems += [(facet.label, error, facet.name) for facet in facets for error in facet.errors]
        for facet in facets:
            facet.errors = list(self.form.errors.get(facet.name, [])) + facet.errors
        return Facets(total=counts["total"], facets=facets, problems=problems)
