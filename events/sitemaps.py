from django.urls import reverse

from events.models import Event
from portal.sitemaps import I18nSitemap


class EventPagesSitemap(I18nSitemap):
    def items(self):
        return ["events:list"]

    def location(self, item):
        return reverse(item)


class EventSitemap(I18nSitemap):
    def items(self):
        return Event.objects.published().order_by("slug")

    def lastmod(self, event):
        return event.updated_at
