"""Meetings and events of the integration work: the steering group's meetings, the wider
cooperation meetings, trainings, peer visits and webinars, with their agendas, materials and
minutes, linked to the agreement versions, practices and priorities they concern; and the
registrations for them, kept only until the event is over."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agreements.models import Version
from portal.models import ContentModel
from portal.revisions import RevisionedQuerySet
from portal.richtext import MARKDOWN_HELP_TEXT
from practices.models import Practice, Priority, Source


class EventQuerySet(RevisionedQuerySet):
    def published(self):
        return self.filter(is_published=True)

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())

    def with_places(self):
        """Each event with its places taken and left (None: no registration), in the same
        query."""
        confirmed = models.Q(registrations__status=Registration.Status.CONFIRMED)
        return self.annotate(taken=models.Count("registrations", filter=confirmed)).annotate(
            places_left=Greatest(models.F("capacity") - models.F("taken"), models.Value(0))
        )


class Event(ContentModel):
    class Kind(models.TextChoices):
        STEERING_GROUP = "steering-group", _("Steering group meeting")
        COOPERATION = "cooperation", _("Cooperation meeting")
        TRAINING = "training", _("Training")
        PEER_VISIT = "peer-visit", _("Peer visit")
        WEBINAR = "webinar", _("Webinar")

    class Language(models.TextChoices):
        FINNISH = "fi", _("Finnish")
        SWEDISH = "sv", _("Swedish")
        BOTH = "fi-sv", _("Finnish and Swedish")
        ENGLISH = "en", _("English")

    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    starts_at = models.DateTimeField(_("starts"), help_text=_("In Finnish time."))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("An address; empty for online only.")
    )
    online_url = models.URLField(_("online link"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=Language)
    agenda = models.TextField(_("agenda"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    minutes = models.TextField(_("minutes"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    materials = models.ManyToManyField(
        Source, blank=True, related_name="events", verbose_name=_("materials")
    )
    versions = models.ManyToManyField(
        Version,
        blank=True,
        related_name="events",
        verbose_name=_("agreement versions"),
        help_text=_("Only signed versions are linked on the public page."),
    )
    practices = models.ManyToManyField(
        Practice, blank=True, related_name="events", verbose_name=_("practices")
    )
    priorities = models.ManyToManyField(
        Priority, blank=True, related_name="events", verbose_name=_("priorities")
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Empty: no registration on the site. Beyond it, a waiting list."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: when the event starts."),
    )
    is_published = models.BooleanField(_("shown on the site"), default=True)
    # When it was first shown: what the followers of events hear of (portal.following).
    published_at = models.DateTimeField(_("first shown"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting or event")
        verbose_name_plural = _("meetings and events")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="events_event_ends_after_it_starts",
                violation_error_message=_("The event cannot end before it starts."),
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "published_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def takes_registrations(self):
        return self.capacity is not None

    def registration_open(self, now=None):
        closes = self.registration_closes_at or self.starts_at
        return self.takes_registrations and (now or timezone.now()) < closes


class Registration(models.Model):
    """A place at an event, or a place on its waiting list: the least that is needed to let
    the person in and to tell them of changes, deleted after the event."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Has a place")
        WAITING = "waiting", _("On the waiting list")

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status)
    # The cancellation link's token, hashed: the table alone cannot cancel anyone.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                name="events_registration_once_per_address",
                violation_error_message=_("This address is already registered for the event."),
            )
        ]

    def __str__(self):
        return f"{self.event}: {self.name}"
