from django.urls import reverse

from hearings.models import Hearing
from portal.sitemaps import I18nSitemap


class HearingPagesSitemap(I18nSitemap):
    def items(self):
        return ["hearings:list"]

    def location(self, item):
        return reverse(item)


class HearingSitemap(I18nSitemap):
    def items(self):
        return Hearing.objects.visible().order_by("slug")

    def lastmod(self, hearing):
        return hearing.updated_at
