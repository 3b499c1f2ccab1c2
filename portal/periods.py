"""A record open to the public for a period (a public hearing, a priority round): when it
opens and closes, whether it is shown, and the questions asked of that period."""

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models import ContentModel
from portal.revisions import RevisionedQuerySet


class OpenPeriodQuerySet(RevisionedQuerySet):
    def visible(self):
        """What the public sees: coming, open or closed."""
        return self.filter(is_published=True)

    def upcoming(self, now=None):
        return self.filter(opens_at__gt=now or timezone.now())

    def open(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_at__lte=now, closes_at__gt=now)

    def closed(self, now=None):
        return self.filter(closes_at__lte=now or timezone.now())


class OpenPeriod(ContentModel):
    opens_at = models.DateTimeField(_("opens"), help_text=_("In Finnish time."))
    closes_at = models.DateTimeField(_("closes"))
    is_published = models.BooleanField(_("shown on the site"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OpenPeriodQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-opens_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")),
                name="%(app_label)s_%(class)s_closes_after_it_opens",
                violation_error_message=_("The closing time must come after the opening time."),
            ),
        ]

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def has_opened(self, now=None):
        return self.opens_at <= (now or timezone.now())

    def has_closed(self, now=None):
        return self.closes_at <= (now or timezone.now())
