from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Meetings and events")

    def ready(self):
        from events import following, models, priorities_block, search_site, sitemaps
        from portal.history.records import track
        from portal.registry import FollowTopic, PrioritiesBlock, SearchKind, Section, registry

        # Who changed an event's agenda or minutes, and when. The registrations are
        # personal data kept only until the event is over: no record of them.
        track(models.Event, m2m_fields=("materials", "versions", "practices", "priorities"))
        registry.add_section(
            Section(
                title=_("Meetings and events"),
                description=_(
                    "Steering group and cooperation meetings, trainings, peer visits and "
                    "webinars: agendas, materials, minutes and registration."
                ),
                url_name="events:list",
                order=40,
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="events",
                label=_("Meetings and events"),
                model=models.Event,
                document=search_site.event_document,
                indexed=lambda: models.Event.objects.published(),
                order=60,
            )
        )
        registry.add_priorities_block(
            PrioritiesBlock(
                "events/includes/priority_events.html", priorities_block.priorities_block, order=50
            )
        )
        registry.add_sitemap("events-pages", sitemaps.EventPagesSitemap)
        registry.add_sitemap("events", sitemaps.EventSitemap)
        registry.add_follow_topic(
            FollowTopic(
                key="events",
                find=following.find,
                title=following.title,
                url=following.url,
                news=following.news,
            )
        )
