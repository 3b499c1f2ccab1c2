from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal.history.records import track
        from portal.models import Page

        # Content kept in the admin: its changes are on record (portal.history).
        track(Page)
        from portal import (
            caching,
            checks,  # noqa: F401 - importing it registers the system checks
            search_index,
            search_pages,
            sitemaps,
            staff_sessions,
        )
        from portal.registry import SearchKind, registry
        from portal.roles import sync_role_permissions_after_migrate

        registry.add_sitemap("portal", sitemaps.PortalSitemap)
        registry.add_sitemap("pages", sitemaps.PageSitemap)
        registry.add_search_kind(
            SearchKind(
                key="pages",
                label=_("Pages"),
                model=Page,
                document=search_pages.page_document,
                order=900,
            )
        )

        caching.connect_signals()
        search_index.connect_signals()
        staff_sessions.connect_signals()
        # New models of later migrations get their permissions only after migrate has run.
        post_migrate.connect(sync_role_permissions_after_migrate, dispatch_uid="portal-roles")
