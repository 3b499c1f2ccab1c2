from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HearingsConfig(AppConfig):
    name = "hearings"
    verbose_name = _("Public hearings")

    def ready(self):
        from hearings import following, models, search_site, sitemaps
        from portal.history.records import track
        from portal.registry import FollowTopic, SearchKind, Section, registry

        # The moderation is on record: who published, rejected, edited or answered what,
        # and when. Never the e-mail address, which is erased once it has served.
        track(models.Hearing)
        track(models.HearingSection)
        track(models.PublicComment, private_fields=("email",))
        registry.add_section(
            Section(
                title=_("Public hearings"),
                description=_(
                    "Drafts of the letter of intent open to everyone: read, comment and "
                    "support comments without an account; the reports of closed hearings."
                ),
                url_name="hearings:list",
                order=45,
            )
        )
        registry.add_search_kind(
            SearchKind(
                key="hearings",
                label=_("Public hearings"),
                model=models.Hearing,
                document=search_site.hearing_document,
                indexed=models.Hearing.objects.visible,
                order=65,
            )
        )
        registry.add_sitemap("hearings-pages", sitemaps.HearingPagesSitemap)
        registry.add_sitemap("hearings", sitemaps.HearingSitemap)
        registry.add_follow_topic(
            FollowTopic(
                key="hearing",
                find=following.find,
                title=following.title,
                url=lambda hearing: hearing.get_absolute_url(),
                news=following.news,
            )
        )
