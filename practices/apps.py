from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")

    def ready(self):
        self.keep_history()
        self.serve_api()
        from portal.registry import HomeBlock, SearchKind, Section, registry
        from practices import home, models, search_site, sitemaps

        for section in (
            Section(
                title=_("Practices"),
                description=_(
                    "Integration practices rated by the strength of their evidence: find, "
                    "judge and compare them."
                ),
                url_name="practices:list",
                order=10,
            ),
            Section(
                title=_("Knowledge bank of sources"),
                description=_(
                    "Legislation, evaluations, monitoring data and research behind the practices."
                ),
                url_name="practices:source-list",
                order=15,
            ),
            Section(
                title=_("Regional priorities"),
                description=_("The priority areas of Ostrobothnia and the practices selected."),
                url_name="practices:priority-list",
                order=17,
            ),
        ):
            registry.add_section(section)
        registry.add_home_block(
            HomeBlock("practices/includes/home_newest.html", home.newest_practices, order=10)
        )
        registry.add_search_kind(
            SearchKind(
                key="practices",
                label=_("Practices"),
                model=models.Practice,
                indexed=search_site.indexed_practices,
                document=search_site.practice_document,
                order=10,
                list_url_name="practices:list",
                list_label=_("Filter the practices found in the list of practices"),
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="sources",
                label=_("Sources"),
                model=models.Source,
                document=search_site.source_document,
                indexed=search_site.indexed_sources,
                order=20,
                list_url_name="practices:source-list",
                list_label=_("Filter the sources found in the knowledge bank of sources"),
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="priorities",
                label=_("Regional priorities"),
                model=models.Priority,
                document=search_site.priority_document,
                order=17,
            )
        )
        registry.add_sitemap("practices-pages", sitemaps.PracticesPagesSitemap)
        registry.add_sitemap("practices", sitemaps.PracticeSitemap)
        registry.add_sitemap("sources", sitemaps.SourceSitemap)
        self.offer_following()

    def offer_following(self):
        from portal.registry import FollowTopic, registry
        from practices import following

        registry.add_follow_topic(
            FollowTopic(
                key="practice",
                find=following.find,
                title=following.title,
                url=following.url,
                news=following.news,
            )
        )

    def keep_history(self):
        from portal.history.records import track
        from practices import models

        track(
            models.Practice,
            m2m_fields=(
                "themes",
                "target_groups",
                "stages",
                "actors",
                "municipalities",
                "languages",
                "sources",
                "related",
            ),
        )
        track(models.Assessment, m2m_fields=("sources",))
        track(models.Priority, m2m_fields=("stages",))
        # Who published, rejected or answered feedback, and when: the moderation on record.
        track(models.Feedback, private_fields=("email", "answer_link_hash"))
        for model in (
            models.Theme,
            models.TargetGroup,
            models.Source,
            models.Step,
            models.Link,
            models.Attachment,
            models.PrioritySelection,
            models.Adoption,
        ):
            track(model)

    def serve_api(self):
        """Its records in the open-data API (portal.api)."""
        from portal.registry import ApiRoute, registry
        from practices import api

        for route in (
            ApiRoute(
                "practices",
                api.PracticeViewSet,
                "practice",
                _("Practices with their evidence and adoptions"),
                10,
            ),
            ApiRoute(
                "sources", api.SourceViewSet, "source", _("Sources of the knowledge bank"), 11
            ),
            ApiRoute("themes", api.ThemeViewSet, "theme", _("Themes"), 12),
            ApiRoute(
                "target-groups", api.TargetGroupViewSet, "target-group", _("Target groups"), 13
            ),
            ApiRoute("priorities", api.PriorityViewSet, "priority", _("Regional priorities"), 14),
        ):
            registry.add_api_route(route)
