"""Staff sessions end after a time without activity (STAFF_SESSION_IDLE_MINUTES, a working
day unless configured), as the admin's rights are worth more than a reader's; every request
moves the end on. Other sessions keep Django's lifetime."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

LAST_ACTIVITY = "staff_last_activity"
# The time of activity is written at most once a minute: writing the session on every
# request would cost a query on every admin page.
REFRESH_SECONDS = 60


def idle_seconds():
    return settings.STAFF_SESSION_IDLE_MINUTES * 60


def mark_activity(session, now):
    session[LAST_ACTIVITY] = now
    # The database row and the cookie expire too, should this middleware ever not run; later
    # than the idle time, so that whoever comes back the next morning is told why they were
    # logged out rather than just finding themselves so.
    session.set_expiry(2 * idle_seconds())


def start_on_login(sender, request, user, **kwargs):
    if user.is_staff and request is not None:
        mark_activity(request.session, timezone.now().timestamp())


def connect_signals():
    user_logged_in.connect(start_on_login, dispatch_uid="staff-session-idle")


class StaffSessionIdleMiddleware:
    """Below the session, authentication and messages middleware: an idle staff session is
    logged out before the view runs, with a message saying why."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            last = request.session.get(LAST_ACTIVITY)
            now = timezone.now().timestamp()
            if last is not None and now - last > idle_seconds():
                logout(request)
                moment = timezone.now()
                idle = datetime.timedelta(seconds=idle_seconds())
                messages.info(
                    request,
                    _("You were logged out after %(time)s without activity. Please log in again.")
                    % {"time": timesince(moment - idle, moment)},
                )
            elif last is not None and now - last >= REFRESH_SECONDS:
                mark_activity(request.session, now)
        return self.get_response(request)
