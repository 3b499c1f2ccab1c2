from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.models import Page


class I18nSitemap(Sitemap):
    """A sitemap that lists each page in both languages with hreflang alternates."""

    i18n = True
    alternates = True
    # No x-default: addresses without a language prefix do not exist (only / redirects).
    x_default = False


class PortalSitemap(I18nSitemap):
    def items(self):
        return ["portal:home", "portal:search", "portal:open-data"]

    def location(self, item):
        return reverse(item)


class PageSitemap(I18nSitemap):
    def items(self):
        return Page.objects.exclude(key=Page.Key.HOME).order_by("key")

    def lastmod(self, page):
        return page.updated_at
