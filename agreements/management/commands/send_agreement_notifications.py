from agreements.notifications import send_all
from portal.management.email_command import EmailCommand


class Command(EmailCommand):
    help = (
        "E-mail the audience of each review when it opens and a day before it closes, and the "
        "coordinators a digest of the comments written since the last run. Each e-mail goes "
        "out once. Run it from cron, e.g. every morning at 7:00: "
        "0 7 * * *  cd /srv/tietopankki && set -a && . /etc/tietopankki.env && "
        ".venv/bin/python manage.py send_agreement_notifications"
    )

    def handle(self, *args, **options):
        base_url = self.base_url(options)
        sent = send_all(base_url)
        self.stdout.write(
            f"Review opened: {sent.opened} e-mails; review closing: {sent.closing} e-mails; "
            f"comment digest: {sent.digests} e-mails of {sent.comments_digested} comments."
        )
