"""The calendar of meetings and events, an event's page, registering and cancelling."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from agreements.models import Version
from events import feeds, registrations
from events.forms import RegistrationForm
from events.models import Event, Registration
from portal import caching
from portal.ratelimit import client_ip
from practices.models import Practice, Source

PAST_PER_PAGE = 20


def kind_or_none(value):
    return value if value in Event.Kind.values else None


@caching.query_parameters("kind", "when", "page")
def event_list(request):
    kind = kind_or_none(request.GET.get("kind"))
    past = request.GET.get("when") == "past"
    events = Event.objects.published()
    if kind:
        events = events.filter(kind=kind)
    now = timezone.now()
    if past:
        listed = events.past(now).order_by("-starts_at", "-pk")
    else:
        listed = events.upcoming(now).with_places()
    page = Paginator(listed, PAST_PER_PAGE).get_page(request.GET.get("page"))
    feeds_by_kind = [
        (label, reverse("events:feed", args=[value])) for value, label in Event.Kind.choices
    ]
    return render(
        request,
        "events/event_list.html",
        {
            "page_obj": page,
            "events": page.object_list,
            "past": past,
            "kind": kind,
            "kinds": Event.Kind.choices,
            "feeds": feeds_by_kind,
            "all_feed": reverse("events:feed", args=["all"]),
        },
    )


@caching.query_parameters()
def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.published()
        .with_places()
        .prefetch_related(
            # Each source's title is marked with its document's language.
            Prefetch("materials", queryset=Source.objects.select_related("language")),
            Prefetch("practices", queryset=Practice.objects.published()),
            "priorities",
            Prefetch(
                "versions",
                queryset=Version.objects.filter(status=Version.Status.SIGNED).select_related(
                    "agreement"
                ),
            ),
        ),
        slug=slug,
    )
    return render(
        request,
        "events/event_detail.html",
        {"event": event, "registration_open": event.registration_open()},
    )


def register(request, slug):
    event = get_object_or_404(Event.objects.published(), slug=slug)
    if not event.takes_registrations:
        raise Http404
    form = RegistrationForm(request.POST or None)
    context = {"event": event, "form": form, "open": event.registration_open()}
    if request.method != "POST" or not context["open"]:
        return render(request, "events/register.html", context)
    identity = client_ip(request)
    if registrations.REGISTRATIONS_PER_HOUR.exceeded(identity):
        return render(request, "events/register.html", {**context, "too_many": True}, status=429)
    done = reverse("events:registered", args=[event.slug])
    if form.is_spam():
        registrations.REGISTRATIONS_PER_HOUR.record(identity)
        return redirect(done)
    if not form.is_valid():
        # A mistake corrected is not a registration more: only those sent count.
        return render(request, "events/register.html", context)
    registrations.REGISTRATIONS_PER_HOUR.record(identity)
    registration = registrations.register(
        event, form.cleaned_data, get_language(), base_url=request.build_absolute_uri("/")
    )
    waiting = registration.status == Registration.Status.WAITING
    return redirect(f"{done}?waiting=1" if waiting else done)


@caching.query_parameters("waiting")
def registered(request, slug):
    event = get_object_or_404(Event.objects.published(), slug=slug)
    waiting = request.GET.get("waiting") == "1"
    return render(request, "events/registered.html", {"event": event, "waiting": waiting})


@never_cache
def cancel(request, token):
    if request.method == "POST":
        # The registration is read once, locked, by the cancellation itself.
        event = registrations.cancel(token, base_url=request.build_absolute_uri("/"))
        if event is not None:
            return render(request, "events/cancelled.html", {"event": event})
        registration = None
    else:
        registration = registrations.registration_for(token)
    return render(
        request,
        "events/cancel.html",
        {"registration": registration},
        status=200 if registration else 404,
    )


def feed(request, kind):
    if kind != "all" and kind not in Event.Kind.values:
        raise Http404
    chosen = None if kind == "all" else kind
    return feeds.calendar_response(
        request, feeds.feed_events(chosen), feeds.feed_name(chosen), f"{kind}.ics"
    )


def event_ics(request, slug):
    event = get_object_or_404(Event.objects.published(), slug=slug)
    return feeds.calendar_response(request, [event], event.title, f"{event.slug}.ics")
