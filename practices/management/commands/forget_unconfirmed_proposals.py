from django.core.management.base import BaseCommand

from practices.views.proposals import CONFIRMATION_TIME, forget_unconfirmed_proposals


class Command(BaseCommand):
    help = (
        "Delete the proposals (of practices, of where a practice is used) that nobody "
        f"confirmed within {CONFIRMATION_TIME.days} days, with the e-mail addresses they "
        "hold, as the privacy notice promises. Run it from cron daily: the forms do it too, "
        "but only when someone sends one."
    )

    def handle(self, *args, **options):
        deleted = forget_unconfirmed_proposals()
        self.stdout.write(f"{deleted} unconfirmed proposals deleted.")
