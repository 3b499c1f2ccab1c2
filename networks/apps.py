from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "networks"
    verbose_name = _("Networks")

    def ready(self):
        from networks import search, sitemaps
        from portal.registry import SearchKind, Section, registry

        registry.add_section(
            Section(
                title=_("Municipalities"),
                description=_(
                    "The municipalities of Ostrobothnia and their sub-regions, in Finnish "
                    "and Swedish."
                ),
                url_name="networks:municipality-list",
                order=30,
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="municipalities",
                label=_("Municipalities"),
                queryset=search.municipalities_matching,
                hit=search.municipality_hit,
                order=30,
            )
        )
        registry.add_sitemap("networks", sitemaps.NetworksPagesSitemap)
        registry.add_sitemap("municipalities", sitemaps.MunicipalitySitemap)
