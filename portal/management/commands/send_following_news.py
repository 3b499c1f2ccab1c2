from portal import following
from portal.management.email_command import EmailCommand


class Command(EmailCommand):
    help = (
        "E-mail each confirmed follower what is new in what they follow (a public hearing, "
        "the questions and comments on a practice, a kind of event) since their last e-mail, "
        "with a one-click link to stop; delete the subscriptions not confirmed within a week. "
        "Run it from cron daily."
    )

    def handle(self, *args, **options):
        deleted = following.forget_unconfirmed()
        sent = following.send_news(base_url=self.base_url(options))
        self.stdout.write(f"{sent} e-mails sent; {deleted} unconfirmed subscriptions deleted.")
