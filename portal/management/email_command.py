"""The base of the commands that cron runs to send e-mail with links to the portal."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class EmailCommand(BaseCommand):
    """Takes the site's address for the links from --base-url or the SITE_URL setting."""

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SITE_URL", ""),
            help="The site's address for the links, e.g. https://tietopankki.example.fi "
            "(default: the SITE_URL setting).",
        )

    def base_url(self, options):
        base_url = options["base_url"]
        if not base_url.startswith(("https://", "http://")):
            raise CommandError("Give the site's address with --base-url https://….")
        return base_url
