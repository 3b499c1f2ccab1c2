from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "agreements"
    verbose_name = _("Agreements")

    def ready(self):
        self.keep_history()
        self.serve_api()
        from agreements import models, search_site, sitemaps
        from portal.registry import SearchKind, Section, registry

        registry.add_section(
            Section(
                title=_("Letters of intent"),
                description=_(
                    "The regional letter of intent on integration, version by version: the "
                    "steering group's drafts, the comments and where each party stands."
                ),
                url_name="agreements:agreement-list",
                order=70,
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="agreements",
                label=_("Signed letters of intent"),
                model=models.Version,
                indexed=search_site.indexed_versions,
                document=search_site.version_document,
                related=(
                    (models.Section, search_site.version_of),
                    (models.Agreement, search_site.versions_of_agreement),
                ),
                order=80,
            )
        )
        registry.add_sitemap("agreement-pages", sitemaps.AgreementPagesSitemap)
        registry.add_sitemap("agreements", sitemaps.AgreementSitemap)
        registry.add_sitemap("signed-versions", sitemaps.SignedVersionSitemap)

    def keep_history(self):
        # Not the status changes (their own record) nor the e-mail notices.
        from agreements import models
        from portal.history.records import track

        track(models.Commitment, m2m_fields=("practices", "paths"))
        for model in (
            models.Agreement,
            models.Version,
            models.Section,
            models.Party,
            models.FollowUp,
            models.Decision,
            models.Comment,
        ):
            track(model)

    def serve_api(self):
        """Its records in the open-data API (portal.api)."""
        from agreements import api
        from portal.registry import ApiRoute, registry

        for route in (
            ApiRoute(
                "agreements", api.AgreementViewSet, "agreement", _("Signed letters of intent"), 70
            ),
        ):
            registry.add_api_route(route)
