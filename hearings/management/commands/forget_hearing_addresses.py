from django.core.management.base import BaseCommand

from hearings.comments import ADDRESS_KEPT, forget_old_addresses


class Command(BaseCommand):
    help = (
        "Erase the e-mail addresses left on the comments of public hearings closed more than "
        f"{ADDRESS_KEPT.days} days ago, as the privacy notice promises. Run it from cron "
        "daily; an address is erased at once when its answer is sent or its comment rejected."
    )

    def handle(self, *args, **options):
        erased = forget_old_addresses()
        self.stdout.write(f"{erased} e-mail addresses erased.")
