from django.urls import reverse

from agreements.models import Agreement, Version
from portal.sitemaps import I18nSitemap


class AgreementPagesSitemap(I18nSitemap):
    def items(self):
        return ["agreements:agreement-list"]

    def location(self, item):
        return reverse(item)


class AgreementSitemap(I18nSitemap):
    """Agreements with a signed version: the only ones whose page is public."""

    def items(self):
        return Agreement.objects.filter(versions__status=Version.Status.SIGNED).distinct()


class SignedVersionSitemap(I18nSitemap):
    def items(self):
        return (
            Version.objects.filter(status=Version.Status.SIGNED)
            .select_related("agreement")
            .order_by("agreement__slug", "number")
        )
