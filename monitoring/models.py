"""Monitoring: the indicators that follow immigrants' employment and inclusion, and their
values for the region, its sub-regions and municipalities."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from monitoring.periods import FIRST_YEAR, LAST_YEAR, QUARTER_FIRST_MONTHS, Period, PeriodKind
from networks.areas import InOneArea
from networks.models import PathStage
from portal.models import ContentModel
from portal.revisions import RevisionedQuerySet
from portal.richtext import MARKDOWN_HELP_TEXT
from portal.searchable import SearchableQuerySet, SearchFields
from practices.models import Practice, Priority, Source, Theme


class IndicatorQuerySet(SearchableQuerySet, RevisionedQuerySet):
    search_fields = SearchFields(title=("name",))

    def for_list(self):
        return self.select_related("theme", "source")


class Indicator(ContentModel):
    """A figure that follows immigrants' employment or inclusion over the years."""

    class Better(models.TextChoices):
        HIGHER = "higher", _("Higher is better")
        LOWER = "lower", _("Lower is better")
        NEITHER = "neither", _("Neither: the figure describes the situation")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("identifier"),
        max_length=120,
        unique=True,
        help_text=_("Names the indicator in addresses and in import files."),
    )
    definition = models.TextField(_("definition"), help_text=MARKDOWN_HELP_TEXT)
    unit = models.CharField(
        _("unit"), max_length=40, help_text=_("As shown beside the values: %, persons, …")
    )
    decimals = models.PositiveSmallIntegerField(
        _("decimals shown"), default=1, validators=[MaxValueValidator(4)]
    )
    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="indicators", verbose_name=_("theme")
    )
    better = models.CharField(
        _("which direction is better"), max_length=8, choices=Better, default=Better.HIGHER
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("source"),
        help_text=_("The source in the knowledge bank that the figures come from."),
    )
    # The link points up the order of dependence (DESIGN.md): the practices and stages are
    # read from here, and the practice and path pages read it back as `indicators`.
    practices = models.ManyToManyField(
        Practice,
        blank=True,
        related_name="indicators",
        verbose_name=_("practices that aim to improve it"),
    )
    stages = models.ManyToManyField(
        PathStage,
        blank=True,
        related_name="indicators",
        verbose_name=_("stages of the integration paths it follows"),
    )
    priorities = models.ManyToManyField(
        Priority,
        blank=True,
        related_name="indicators",
        verbose_name=_("regional priorities it follows"),
        help_text=_("The priorities' page shows how the indicator moves in the whole region."),
    )
    is_example = models.BooleanField(
        _("example data"),
        default=False,
        help_text=_(
            "The figures are examples for trying the portal, not real statistics; every page "
            "that shows them says so."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["order", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(decimals__lte=4), name="monitoring_indicator_decimals"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("monitoring:indicator-detail", kwargs={"slug": self.slug})


class ObservationQuerySet(RevisionedQuerySet):
    def for_region(self):
        """The whole region's figures: neither a municipality nor a sub-region."""
        return self.filter(municipality__isnull=True, sub_region__isnull=True)

    def chronological(self):
        return self.order_by("year", "month", "period_kind")


class Observation(InOneArea, ContentModel):
    """A value of an indicator for a municipality, a sub-region or the whole region, for a
    year, a quarter or a month."""

    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="observations",
        verbose_name=_("indicator"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    month = models.PositiveSmallIntegerField(
        _("first month of the period"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    period_kind = models.CharField(
        _("length of the period"), max_length=8, choices=PeriodKind, default=PeriodKind.YEAR
    )
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=4)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ObservationQuerySet.as_manager()

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["indicator_id", "year", "month", "period_kind"]
        constraints = [
            *InOneArea.Meta.constraints,
            models.CheckConstraint(
                condition=Q(year__gte=FIRST_YEAR, year__lte=LAST_YEAR)
                & (
                    Q(period_kind=PeriodKind.YEAR, month=1)
                    | Q(period_kind=PeriodKind.QUARTER, month__in=QUARTER_FIRST_MONTHS)
                    | Q(period_kind=PeriodKind.MONTH, month__gte=1, month__lte=12)
                ),
                name="monitoring_observation_period",
                violation_error_message=_(
                    "A year starts in January and a quarter in January, April, July or October."
                ),
            ),
            models.UniqueConstraint(
                fields=["indicator", "municipality", "year", "month", "period_kind"],
                condition=Q(municipality__isnull=False),
                name="monitoring_observation_unique_municipality",
                violation_error_message=_(
                    "The municipality already has a value of this indicator for the period."
                ),
            ),
            models.UniqueConstraint(
                fields=["indicator", "sub_region", "year", "month", "period_kind"],
                condition=Q(sub_region__isnull=False),
                name="monitoring_observation_unique_sub_region",
                violation_error_message=_(
                    "The sub-region already has a value of this indicator for the period."
                ),
            ),
            # NULLs are distinct in a unique index: the whole region needs its own.
            models.UniqueConstraint(
                fields=["indicator", "year", "month", "period_kind"],
                condition=Q(municipality__isnull=True, sub_region__isnull=True),
                name="monitoring_observation_unique_region",
                violation_error_message=_(
                    "The whole region already has a value of this indicator for the period."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.indicator}: {self.area_name} {self.period}"

    @property
    def period(self):
        return Period(self.year, self.month, self.period_kind)
