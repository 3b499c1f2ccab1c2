"""Where a figure or a target applies: a municipality, a sub-region, or the whole region."""

from django.utils.translation import gettext_lazy as _


def region_name():
    """The whole region's name in the reader's language: Pohjanmaa, Österbotten."""
    return str(_("Ostrobothnia"))


def name_of_area(area):
    """A municipality's or a sub-region's name; the whole region's when there is none."""
    return str(area) if area else region_name()
