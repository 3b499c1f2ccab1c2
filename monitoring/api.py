"""The monitoring's records in the open-data API: the indicators, with what they are linked
to, and their observations by indicator, area and period."""

import django_filters
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from monitoring.models import Indicator, Observation
from networks.api import StageBriefSerializer
from networks.models import Municipality, PathStage, SubRegion
from portal.api import Key, PageAddress, PublicViewSet, Translated, searched


class IndicatorSerializer(serializers.ModelSerializer):
    name = Translated()
    definition = Translated()
    unit = Translated()
    theme = Key(slug_field="slug", read_only=True)
    source = Key(slug_field="slug", read_only=True)
    practices = Key(slug_field="slug", many=True, read_only=True, source="published_practices")
    stages = StageBriefSerializer(many=True)
    priorities = Key(slug_field="slug", many=True, read_only=True)
    observations = serializers.SerializerMethodField()
    page = PageAddress()

    class Meta:
        model = Indicator
        fields = [
            "slug",
            "name",
            "definition",
            "unit",
            "decimals",
            "better",
            "is_example",
            "theme",
            "source",
            "practices",
            "stages",
            "priorities",
            "observations",
            "page",
        ]

    def get_observations(self, indicator) -> str:
        """The address of its observations in this API."""
        address = reverse("api:observation-list") + "?" + urlencode({"indicator": indicator.slug})
        return self.context["request"].build_absolute_uri(address)


class ObservationSerializer(serializers.ModelSerializer):
    indicator = Key(slug_field="slug", read_only=True)
    municipality = Key(slug_field="slug", read_only=True)
    sub_region = Key(slug_field="slug", read_only=True)
    value = serializers.DecimalField(max_digits=16, decimal_places=4, coerce_to_string=False)

    class Meta:
        model = Observation
        fields = [
            "indicator",
            "municipality",
            "sub_region",
            "year",
            "month",
            "period_kind",
            "value",
            "note",
        ]


class ObservationFilter(django_filters.FilterSet):
    """An indicator's figures for an area (a municipality, a sub-region, or the whole region
    with `region=true`) and a range of years."""

    indicator = django_filters.ModelChoiceFilter(
        label=_("Indicator"), queryset=Indicator.objects.all(), to_field_name="slug"
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"), queryset=Municipality.objects.all(), to_field_name="slug"
    )
    sub_region = django_filters.ModelChoiceFilter(
        label=_("Sub-region"), queryset=SubRegion.objects.all(), to_field_name="slug"
    )
    region = django_filters.BooleanFilter(label=_("The whole region"), method="whole_region")
    year_from = django_filters.NumberFilter(
        label=_("From year"), field_name="year", lookup_expr="gte"
    )
    year_to = django_filters.NumberFilter(label=_("To year"), field_name="year", lookup_expr="lte")
    period_kind = django_filters.ChoiceFilter(
        label=_("Length of the period"), choices=Observation._meta.get_field("period_kind").choices
    )

    class Meta:
        model = Observation
        fields = [
            "indicator",
            "municipality",
            "sub_region",
            "region",
            "year_from",
            "year_to",
            "period_kind",
        ]

    def whole_region(self, queryset, name, value):
        regional = queryset.for_region()
        return regional if value else queryset.exclude(pk__in=regional.values("pk"))


class IndicatorViewSet(PublicViewSet):
    """The indicators that follow immigrants' employment and inclusion, with the published
    practices that aim to improve each, its stages and priorities."""

    serializer_class = IndicatorSerializer
    filterset_class = searched(Indicator)
    lookup_field = "slug"

    def get_queryset(self):
        practice_model = Indicator._meta.get_field("practices").related_model
        published = practice_model.objects.published().order_by("slug")
        return Indicator.objects.select_related("theme", "source").prefetch_related(
            Prefetch("practices", queryset=published, to_attr="published_practices"),
            Prefetch("stages", queryset=PathStage.objects.select_related("path")),
            "priorities",
        )


class ObservationViewSet(PublicViewSet):
    """The indicators' figures, oldest first; filter by indicator, area and years."""

    queryset = Observation.objects.select_related(
        "indicator", "municipality", "sub_region"
    ).order_by("indicator__order", "indicator__slug", "year", "month", "period_kind", "pk")
    serializer_class = ObservationSerializer
    filterset_class = ObservationFilter
