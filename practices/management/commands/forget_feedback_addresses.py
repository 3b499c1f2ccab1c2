from django.core.management.base import BaseCommand

from practices.feedback import ADDRESS_KEPT, forget_old_addresses


class Command(BaseCommand):
    help = (
        "Erase the e-mail addresses of questions and comments on practices kept longer than "
        f"{ADDRESS_KEPT.days} days, answered or not, as the privacy notice promises. Run it "
        "from cron daily; an address is erased at once when its answer is sent or its "
        "feedback rejected."
    )

    def handle(self, *args, **options):
        erased = forget_old_addresses()
        self.stdout.write(f"{erased} e-mail addresses erased.")
