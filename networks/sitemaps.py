from django.urls import reverse

from networks.models import Actor, IntegrationPath, Municipality
from portal.sitemaps import I18nSitemap


class NetworksPagesSitemap(I18nSitemap):
    def items(self):
        return [
            "networks:path-list",
            "networks:actor-list",
            "networks:map",
            "networks:coverage",
            "networks:municipality-list",
        ]

    def location(self, item):
        return reverse(item)


class PathSitemap(I18nSitemap):
    def items(self):
        return IntegrationPath.objects.order_by("order", "slug")


class ActorSitemap(I18nSitemap):
    def items(self):
        return Actor.objects.order_by("slug")


class MunicipalitySitemap(I18nSitemap):
    def items(self):
        return Municipality.objects.order_by("slug")
