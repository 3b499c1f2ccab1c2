from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self):
        self.keep_history()
        self.serve_api()
        from monitoring import models, search_site, sitemaps, trends
        from portal.registry import (
            MunicipalityBlock,
            PrioritiesBlock,
            SearchKind,
            Section,
            registry,
        )

        registry.add_section(
            Section(
                title=_("Monitoring"),
                description=_(
                    "How immigrants' employment and inclusion develop in the region and in "
                    "each municipality, year by year."
                ),
                url_name="monitoring:indicator-list",
                order=18,
            )
        )
        registry.add_municipality_block(
            MunicipalityBlock(
                "monitoring/includes/municipality_monitoring.html",
                trends.municipality_block,
                order=10,
            )
        )
        registry.add_priorities_block(
            PrioritiesBlock("monitoring/includes/priority_indicators.html", trends.priorities_block)
        )
        registry.add_search_kind(
            SearchKind(
                key="indicators",
                label=_("Indicators"),
                model=models.Indicator,
                document=search_site.indicator_document,
                order=22,
            )
        )
        registry.add_sitemap("monitoring-pages", sitemaps.MonitoringPagesSitemap)
        registry.add_sitemap("indicators", sitemaps.IndicatorSitemap)

    def keep_history(self):
        from monitoring import models
        from portal.history.records import track

        track(models.Indicator, m2m_fields=("practices", "stages", "priorities"))
        track(models.Observation)

    def serve_api(self):
        """Its records in the open-data API (portal.api)."""
        from monitoring import api
        from portal.registry import ApiRoute, registry

        for route in (
            ApiRoute("indicators", api.IndicatorViewSet, "indicator", _("Indicators"), 50),
            ApiRoute(
                "observations",
                api.ObservationViewSet,
                "observation",
                _("Observations of the indicators"),
                51,
            ),
        ):
            registry.add_api_route(route)
