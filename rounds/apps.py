from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoundsConfig(AppConfig):
    name = "rounds"
    verbose_name = _("Shared priority rounds")

    def ready(self):
        from portal.history.records import track
        from portal.registry import PrioritiesBlock, Section, registry
        from rounds import models, priorities_block, sitemaps

        # Who listed which candidates, opened the round and published its result.
        track(models.Round)
        track(models.Candidate)
        registry.add_section(
            Section(
                title=_("Shared priority rounds"),
                description=_(
                    "The partner network, and at times everyone, rank candidate priorities and "
                    "practices; the result becomes the regional priorities."
                ),
                url_name="rounds:list",
                order=18,
            )
        )
        registry.add_priorities_block(
            PrioritiesBlock(
                "rounds/includes/priority_round.html", priorities_block.priorities_block, order=5
            )
        )
        registry.add_sitemap("rounds-pages", sitemaps.RoundPagesSitemap)
        registry.add_sitemap("rounds", sitemaps.RoundSitemap)
