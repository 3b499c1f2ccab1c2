from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SubRegion(models.Model):
    """A group of municipalities that cooperate, such as the Jakobstad region or K5."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("sub-region")
        verbose_name_plural = _("sub-regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MunicipalityQuerySet(models.QuerySet):
    def for_list(self):
        return self.select_related("sub_region")


class Municipality(models.Model):
    """One of Ostrobothnia's municipalities, named in Finnish and Swedish."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    sub_region = models.ForeignKey(
        SubRegion,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=_("sub-region"),
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("networks:municipality-detail", kwargs={"slug": self.slug})
