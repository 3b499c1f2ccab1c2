"""Login throttled against password guessing, on the portal's login page and the admin's.

Failed attempts are counted in the shared cache per username and per address, hashed (see
portal.ratelimit): unlike a library that logs every attempt in the database, nothing about a
visitor is stored beyond the window. While a limit is exceeded even the right password is
refused, so guessing gains nothing."""

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.ratelimit import RateLimit, client_ip

WINDOW_MINUTES = 15
PERIOD = WINDOW_MINUTES * 60
# A person mistyping gets five tries from where they are. An account guessed at from many
# addresses stops at 50, high enough that no one locks a colleague out by a few wrong tries
# of their own; one address guessing at many accounts stops at 20.
FAILURES_PER_USERNAME_AND_ADDRESS = RateLimit("login-username-address", limit=5, period=PERIOD)
FAILURES_PER_USERNAME = RateLimit("login-username", limit=50, period=PERIOD)
FAILURES_PER_ADDRESS = RateLimit("login-address", limit=20, period=PERIOD)


class ThrottledLoginMixin:
    """Refuses a login after too many failures for the username or from the address."""

    throttled_message = _(
        "Too many failed attempts to log in. Wait %(minutes)d minutes and try again, or "
        "reset your password."
    )

    def clean(self):
        username = (self.data.get("username") or "").strip().lower()
        address = client_ip(self.request) if self.request else ""
        both = f"{username}|{address}" if username and address else ""
        if (
            FAILURES_PER_USERNAME_AND_ADDRESS.exceeded(both)
            or FAILURES_PER_USERNAME.exceeded(username)
            or FAILURES_PER_ADDRESS.exceeded(address)
        ):
            raise ValidationError(
                self.throttled_message, code="throttled", params={"minutes": WINDOW_MINUTES}
            )
        try:
            return super().clean()
        except ValidationError:
            FAILURES_PER_USERNAME_AND_ADDRESS.record(both)
            FAILURES_PER_USERNAME.record(username)
            FAILURES_PER_ADDRESS.record(address)
            raise


class ThrottledAuthenticationForm(ThrottledLoginMixin, AuthenticationForm):
    """The portal's login form."""


class ThrottledAdminAuthenticationForm(ThrottledLoginMixin, AdminAuthenticationForm):
    """The admin's login form."""
