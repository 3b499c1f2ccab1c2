from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from portal.mail import absolute, send_templated_mail
from portal.management.email_command import EmailCommand
from portal.roles import COORDINATORS
from practices.models import Practice


class Command(EmailCommand):
    help = (
        "E-mail each active coordinator one list of the practices whose review is due today "
        "or earlier; nothing when none is due. Run it from cron, e.g. every Monday at 7:00: "
        "0 7 * * 1  cd /srv/tietopankki && set -a && . /etc/tietopankki.env && "
        ".venv/bin/python manage.py send_review_digest --base-url https://tietopankki.example.fi"
    )

    def handle(self, *args, **options):
        base_url = self.base_url(options)
        today = timezone.localdate()
        due = list(
            Practice.objects.filter(next_review_due__lte=today)
            .exclude(status=Practice.Status.ARCHIVED)
            .order_by("next_review_due", "title")
        )
        if not due:
            self.stdout.write(f"No practices are due for review on {today:%Y-%m-%d}; no e-mail.")
            return
        coordinators = (
            get_user_model()
            .objects.filter(is_active=True, groups__name=COORDINATORS)
            .exclude(email="")
            .distinct()
        )

        def context_for(code):
            return {"practices": [digest_line(practice, base_url) for practice in due]}

        # One message per coordinator: no one sees the others' addresses.
        sent = sum(
            send_templated_mail("practices/email/review_digest", [user.email], context_for)
            for user in coordinators
        )
        self.stdout.write(f"Sent the review digest of {len(due)} practices to {sent} coordinators.")


def digest_line(practice, base_url):
    # The title in the language being rendered (or the other one); the admin in Finnish.
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("admin:practices_practice_change", args=[practice.pk])
    return {
        "title": practice.title,
        "due": practice.next_review_due,
        "url": absolute(base_url, path),
    }
