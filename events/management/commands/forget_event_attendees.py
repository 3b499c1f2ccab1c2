from django.core.management.base import BaseCommand

from events.registrations import forget_attendees


class Command(BaseCommand):
    help = (
        "Delete the registrations (names, e-mail addresses, organisations) of the events that "
        "are over, as the privacy notice promises. Run it from cron nightly."
    )

    def handle(self, *args, **options):
        deleted = forget_attendees()
        self.stdout.write(f"{deleted} registrations of past events deleted.")
