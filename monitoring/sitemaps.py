from django.urls import reverse

from monitoring.models import Indicator
from portal.sitemaps import I18nSitemap


class MonitoringPagesSitemap(I18nSitemap):
    def items(self):
        return ["monitoring:indicator-list"]

    def location(self, item):
        return reverse(item)


class IndicatorSitemap(I18nSitemap):
    def items(self):
        return Indicator.objects.order_by("slug")

    def lastmod(self, indicator):
        return indicator.updated_at
