from django.urls import reverse

from portal.sitemaps import I18nSitemap
from practices.models import Practice, Source


class PracticesPagesSitemap(I18nSitemap):
    def items(self):
        return [
            "practices:list",
            "practices:evidence-scale",
            "practices:priority-list",
            "practices:source-list",
        ]

    def location(self, item):
        return reverse(item)


class PracticeSitemap(I18nSitemap):
    def items(self):
        return Practice.objects.published().order_by("slug")

    def lastmod(self, practice):
        return practice.updated_at


class SourceSitemap(I18nSitemap):
    def items(self):
        return Source.objects.order_by("slug")

    def lastmod(self, source):
        return source.updated_at
