"""Where a figure or a target applies: a municipality, a sub-region, or the whole region when
a row names neither."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from networks.models import Municipality, SubRegion


def region_name():
    """The whole region's name in the reader's language: Pohjanmaa, Österbotten."""
    return str(_("Ostrobothnia"))


def name_of_area(area):
    """A municipality's or a sub-region's name; the whole region's when there is none."""
    return str(area) if area else region_name()


class InOneArea(models.Model):
    """A row for one area only: a municipality, a sub-region, or the whole region (neither).
    A subclass with its own constraints lists `*InOneArea.Meta.constraints` among them."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)ss",
        verbose_name=_("municipality"),
    )
    sub_region = models.ForeignKey(
        SubRegion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)ss",
        verbose_name=_("sub-region"),
        help_text=_("Leave both empty for the whole region."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=True) | Q(sub_region__isnull=True),
                name="%(app_label)s_%(class)s_one_area",
                violation_error_message=_(
                    "Choose a municipality or a sub-region, or neither for the whole region: "
                    "not both at once."
                ),
            ),
        ]

    @property
    def area(self):
        """The municipality or the sub-region; None for the whole region."""
        return self.municipality or self.sub_region

    @property
    def area_name(self):
        return name_of_area(self.area)
