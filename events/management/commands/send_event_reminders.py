from events.registrations import send_reminders
from portal.management.email_command import EmailCommand


class Command(EmailCommand):
    help = (
        "E-mail a reminder to everyone with a place at an event that starts tomorrow (Finnish "
        "time), once each. Run it from cron daily, e.g. at 9:00."
    )

    def handle(self, *args, **options):
        sent = send_reminders(base_url=self.base_url(options))
        self.stdout.write(f"{sent} reminders sent.")
