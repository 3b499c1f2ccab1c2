from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = _("Networks")

    def ready(self):
        self.keep_history()
        self.serve_api()
        from networks import models, search, sitemaps
        from portal.registry import SearchKind, Section, registry

        for section in (
            Section(
                title=_("Integration paths"),
                description=_(
                    "The three paths of the integration act, stage by stage: who is "
                    "responsible, who takes part, where and in which language."
                ),
                url_name="networks:path-list",
                order=20,
            ),
            Section(
                title=_("Actors"),
                description=_(
                    "Municipalities, authorities, schools, NGOs and employers in integration "
                    "work, with their roles and ties."
                ),
                url_name="networks:actor-list",
                order=30,
            ),
            Section(
                title=_("Network map"),
                description=_("Who works with whom, and who bridges separate groups."),
                url_name="networks:map",
                order=40,
            ),
            Section(
                title=_("Gaps in services"),
                description=_(
                    "Municipalities and stages where no one serves newcomers, in Finnish or "
                    "in Swedish."
                ),
                url_name="networks:coverage",
                order=50,
            ),
            Section(
                title=_("Municipalities"),
                description=_(
                    "The municipalities of Ostrobothnia and their sub-regions, in Finnish "
                    "and Swedish."
                ),
                url_name="networks:municipality-list",
                order=60,
            ),
        ):
            registry.add_section(section)
        registry.add_search_kind(
            SearchKind(
                key="paths",
                label=_("Integration paths"),
                model=models.IntegrationPath,
                indexed=search.indexed_paths,
                document=search.path_document,
                related=((models.PathStage, search.path_of),),
                order=25,
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="actors",
                label=_("Actors"),
                model=models.Actor,
                document=search.actor_document,
                order=30,
                list_url_name="networks:actor-list",
                list_label=_("Filter the actors found in the list of actors"),
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="municipalities",
                label=_("Municipalities"),
                model=models.Municipality,
                indexed=search.indexed_municipalities,
                document=search.municipality_document,
                related=((models.SubRegion, search.municipalities_of),),
                order=40,
            )
        )
        registry.add_sitemap("networks", sitemaps.NetworksPagesSitemap)
        registry.add_sitemap("paths", sitemaps.PathSitemap)
        registry.add_sitemap("actors", sitemaps.ActorSitemap)
        registry.add_sitemap("municipalities", sitemaps.MunicipalitySitemap)

    def keep_history(self):
        from networks import models
        from portal.history.records import track

        track(models.Actor, m2m_fields=("municipalities", "languages"))
        track(models.Role, m2m_fields=("municipalities", "languages"))
        track(models.Network, m2m_fields=("actors",))
        for model in (
            models.SubRegion,
            models.Municipality,
            models.Language,
            models.IntegrationPath,
            models.PathStage,
            models.Tie,
        ):
            track(model)

    def serve_api(self):
        """Its records in the open-data API (portal.api)."""
        from networks import api
        from portal.registry import ApiRoute, registry

        for route in (
            ApiRoute("sub-regions", api.SubRegionViewSet, "sub-region", _("Sub-regions"), 30),
            ApiRoute(
                "municipalities", api.MunicipalityViewSet, "municipality", _("Municipalities"), 31
            ),
            ApiRoute("languages", api.LanguageViewSet, "language", _("Languages"), 32),
            ApiRoute("paths", api.PathViewSet, "path", _("Integration paths and their stages"), 33),
            ApiRoute(
                "actors", api.ActorViewSet, "actor", _("Actors with their roles and ties"), 34
            ),
        ):
            registry.add_api_route(route)
