from django.urls import reverse

from networks.models import Municipality
from portal.sitemaps import I18nSitemap


class MunicipalitySitemap(I18nSitemap):
    def items(self):
        return Municipality.objects.order_by("slug")


class NetworksPagesSitemap(I18nSitemap):
    def items(self):
        return ["networks:municipality-list"]

    def location(self, item):
        return reverse(item)
