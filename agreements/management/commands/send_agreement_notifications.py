from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from agreements.notifications import send_all


class Command(BaseCommand):
    help = (
        "E-mail the audience of each review when it opens and a day before it closes, and the "
        "coordinators a digest of the comments written since the last run. Each e-mail goes "
        "out once. Run it from cron, e.g. every morning at 7:00: "
        "0 7 * * *  cd /srv/tietopankki && set -a && . /etc/tietopankki.env && "
        ".venv/bin/python manage.py send_agreement_notifications"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "SITE_URL", ""),
            help="The site's address for the links, e.g. https://tietopankki.example.fi "
            "(default: the SITE_URL setting).",
        )

    def handle(self, *args, base_url, **options):
        if not base_url.startswith(("https://", "http://")):
            raise CommandError("Give the site's address with --base-url https://….")
        sent = send_all(base_url)
        self.stdout.write(
            f"Review opened: {sent.opened} e-mails; review closing: {sent.closing} e-mails; "
            f"comment digest: {sent.digests} e-mails of {sent.comments_digested} comments."
        )
