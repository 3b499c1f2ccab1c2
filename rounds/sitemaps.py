from django.urls import reverse

from portal.sitemaps import I18nSitemap
from rounds.models import Round


class RoundPagesSitemap(I18nSitemap):
    def items(self):
        return ["rounds:list"]

    def location(self, item):
        return reverse(item)


class RoundSitemap(I18nSitemap):
    def items(self):
        return Round.objects.visible().order_by("slug")

    def lastmod(self, round_):
        return round_.updated_at
