"""Registering for an event without an account: a place while there are places, else the
waiting list, whose first person moves up when someone cancels. The confirmation e-mail
carries a private link to cancel; a reminder goes the day before; the registrations are
deleted once the event is over (`manage.py forget_event_attendees`, run nightly)."""

import datetime
from functools import partial

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from events.models import Event, Registration
from portal.mail import absolute, send_templated_mail
from portal.private_links import hashed, new_token
from portal.ratelimit import RateLimit

HOUR = 60 * 60
# Enough for a person registering a few colleagues, one by one.
REGISTRATIONS_PER_HOUR = RateLimit("event-registrations", limit=10, period=HOUR)


def places_left(event):
    if event.capacity is None:
        return None
    taken = event.registrations.filter(status=Registration.Status.CONFIRMED).count()
    return max(0, event.capacity - taken)


def register(event, data, language, base_url=""):
    """A place or a place on the waiting list for `data` (name, email, organisation), and
    the e-mail that says which, with the link to cancel. Two people registering for the last
    place at once: the event's row is locked, so one gets it and the other waits."""
    token = new_token()
    try:
        with transaction.atomic():
            locked = Event.objects.select_for_update().get(pk=event.pk)
            status = (
                Registration.Status.CONFIRMED
                if places_left(locked) > 0
                else Registration.Status.WAITING
            )
            registration = Registration.objects.create(
                event=locked,
                name=data["name"],
                email=data["email"],
                organisation=data.get("organisation", ""),
                language=language,
                status=status,
                token_hash=hashed(token),
            )
            transaction.on_commit(
                partial(tell, registration.pk, "registered", base_url, token=token)
            )
    except IntegrityError:
        # Registered already: answered as a new registration would be, so that the form
        # tells nobody who has registered; the address itself is told, with a new link.
        return remind_of_registration(event, data["email"], base_url)
    return registration


def remind_of_registration(event, email, base_url=""):
    """The registration of `email` for `event`, with a new cancellation link e-mailed to it
    (the old one stops working: only a hash of it is kept)."""
    token = new_token()
    registration = Registration.objects.get(event=event, email=email)
    registration.token_hash = hashed(token)
    registration.save(update_fields=["token_hash"])
    transaction.on_commit(
        partial(tell, registration.pk, "already_registered", base_url, token=token)
    )
    return registration


def registration_for(token):
    return Registration.objects.select_related("event").filter(token_hash=hashed(token)).first()


def cancel(token, base_url=""):
    """Cancels the registration of the link; its place goes to the first on the waiting
    list, who is told. The event, or None if the link is unknown (already cancelled)."""
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update().filter(token_hash=hashed(token)).first()
        )
        if registration is None:
            return None
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        had_place = registration.status == Registration.Status.CONFIRMED
        registration.delete()
        if had_place:
            first_waiting = (
                event.registrations.filter(status=Registration.Status.WAITING)
                .order_by("created_at", "pk")
                .first()
            )
            if first_waiting is not None:
                first_waiting.status = Registration.Status.CONFIRMED
                first_waiting.save(update_fields=["status"])
                transaction.on_commit(partial(tell, first_waiting.pk, "moved_up", base_url))
    return event


def tell(registration_pk, message, base_url, token=None):
    registration = Registration.objects.select_related("event").filter(pk=registration_pk).first()
    if registration is None:
        return False
    event = registration.event
    cancel_url = absolute(base_url, reverse("events:cancel", args=[token])) if token else ""
    return send_templated_mail(
        f"events/email/{message}",
        [registration.email],
        lambda code: {
            "registration": registration,
            "event": event,
            "url": absolute(base_url, event.get_absolute_url()),
            "cancel_url": cancel_url,
            "privacy_url": absolute(base_url, reverse("portal:privacy")),
        },
        languages=[registration.language],
    )


def send_reminders(now=None, base_url=""):
    """The day before: a reminder to each person with a place at an event starting
    tomorrow (Finnish time), once. Returns how many were sent."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    due = Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        reminded_at__isnull=True,
        event__starts_at__date=tomorrow,
        event__is_published=True,
    )
    sent = 0
    for registration in due:
        if tell(registration.pk, "reminder", base_url):
            Registration.objects.filter(pk=registration.pk).update(reminded_at=now)
            sent += 1
    return sent


def forget_attendees(now=None):
    """Deletes the registrations of events that are over; returns how many."""
    deleted, _by_model = Registration.objects.filter(
        event__ends_at__lt=now or timezone.now()
    ).delete()
    return deleted
