import datetime

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from networks.models import (
    Actor,
    IntegrationPath,
    Language,
    Municipality,
    Network,
    PathStage,
    Role,
    SubRegion,
)
from networks.network_map import SizeBy


class ActorFilter(django_filters.FilterSet):
    """The actor directory's filters; every value lives in the URL so a search can be shared.
    No filter lists an actor twice (one municipality, one language, roles through EXISTS),
    so the list needs no DISTINCT over whole rows, which made counting it slow."""

    q = django_filters.CharFilter(label=_("Search"), method="search")
    actor_type = django_filters.ChoiceFilter(
        label=_("Type"), choices=Actor.Type.choices, empty_label=_("All types")
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        field_name="municipalities",
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        empty_label=_("All municipalities"),
    )
    path = django_filters.ModelChoiceFilter(
        label=_("Integration path"),
        method="with_current_role",
        queryset=IntegrationPath.objects.all(),
        to_field_name="slug",
        empty_label=_("All paths"),
    )
    stage = django_filters.ModelChoiceFilter(
        label=_("Stage"),
        method="with_current_role",
        queryset=PathStage.objects.select_related("path"),
        empty_label=_("All stages"),
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language"),
        field_name="languages",
        queryset=Language.objects.all(),
        to_field_name="code",
        empty_label=_("All languages"),
    )

    class Meta:
        model = Actor
        fields = ["q", "actor_type", "municipality", "path", "stage", "language"]

    def with_current_role(self, queryset, name, value):
        """Actors with a role in force today on the path or at the stage: a role that has
        ended (the TE offices' before 2025) no longer puts an actor there."""
        lookup = {"stage__path": value} if name == "path" else {"stage": value}
        roles = Role.objects.current().filter(actor=OuterRef("pk"), **lookup)
        return queryset.filter(Exists(roles))

    def search(self, queryset, name, value):
        return queryset.search(value)


def year_choices():
    this_year = timezone.localdate().year
    return [("", _("Today"))] + [(str(y), str(y)) for y in range(this_year + 1, 2009, -1)]


class PathAndSubRegionForm(forms.Form):
    """Narrows the coverage matrix to one path and one sub-region, in a chosen year."""

    year = forms.TypedChoiceField(
        label=_("Roles in force"),
        choices=year_choices,
        coerce=int,
        empty_value=None,
        required=False,
    )

    path = forms.ModelChoiceField(
        label=_("Integration path"),
        queryset=IntegrationPath.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All paths"),
    )
    sub_region = forms.ModelChoiceField(
        label=_("Sub-region"),
        queryset=SubRegion.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All sub-regions"),
    )

    def day(self):
        """The day whose roles count: today, or mid-year of a chosen year."""
        return day_of(self.cleaned_data.get("year") if self.is_valid() else None)


class MapDrawingForm(forms.Form):
    """How a network map is drawn: the year whose roles and ties count, and what a node's
    size tells."""

    year = forms.TypedChoiceField(
        label=_("Roles and ties in force"),
        choices=year_choices,
        coerce=int,
        empty_value=None,
        required=False,
    )
    size = forms.ChoiceField(label=_("Node size tells"), choices=SizeBy.choices, required=False)

    def day(self):
        """The day whose roles and ties count: today, or mid-year of a chosen year."""
        return day_of(self.cleaned_data.get("year") if self.is_valid() else None)

    def size_by(self):
        return (self.cleaned_data.get("size") if self.is_valid() else "") or "degree"


class MapFilterForm(MapDrawingForm, PathAndSubRegionForm):
    """Narrows the network map and its table; also to one named network."""

    network = forms.ModelChoiceField(
        label=_("Network"),
        queryset=Network.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All networks"),
    )
    field_order = ["year", "path", "sub_region", "network", "size"]


class FocusForm(MapDrawingForm):
    """An actor's own map: one or two steps out from it."""

    steps = forms.TypedChoiceField(
        label=_("Actors shown"),
        choices=[("1", _("Tied to it directly")), ("2", _("Up to two steps away"))],
        coerce=int,
        empty_value=1,
        required=False,
    )
    field_order = ["steps", "year", "size"]

    def step_count(self):
        return (self.cleaned_data.get("steps") if self.is_valid() else None) or 1


def day_of(year):
    """Today for no year or this year, mid-year for another (as the map's own year)."""
    today = timezone.localdate()
    if year is None or year == today.year:
        return today
    return datetime.date(year, 7, 1)


class ChangesForm(forms.Form):
    """Two years of the network to compare."""

    since = forms.TypedChoiceField(
        label=_("From the year"),
        choices=lambda: year_choices()[1:],
        coerce=int,
        required=False,
        empty_value=None,
    )
    until = forms.TypedChoiceField(
        label=_("To"),
        choices=year_choices,
        coerce=int,
        empty_value=None,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since is not None and since >= (until or timezone.localdate().year + 1):
            self.add_error("until", _("Choose a later year than the first one."))
        return cleaned

    def days(self):
        """The two days compared: mid-year five years ago and today, unless chosen."""
        data = self.cleaned_data if self.is_valid() else {}
        since = data.get("since") or timezone.localdate().year - 5
        return day_of(since), day_of(data.get("until"))
