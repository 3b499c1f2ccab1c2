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
# An account takes five wrong passwords in the window, from wherever they come: a guesser
# who rotates addresses (or forges them) gains nothing. One address guessing at many
# accounts stops at 20. The README says the same.
FAILURES_PER_USERNAME = RateLimit("login-username", limit=5, period=PERIOD)
FAILURES_PER_ADDRESS = RateLimit("login-address", limit=20, period=PERIOD)


def forget_failures(username):
    """The account's owner proved who they are (a password reset): its count starts over."""
    FAILURES_PER_USERNAME.forget(normalised(username))


def normalised(username):
    return (username or "").strip().lower()


class ThrottledLoginMixin:
    """Refuses a login after too many failures for the username or from the address."""

    throttled_message = _(
        "Too many failed attempts to log in. Wait %(minutes)d minutes and try again, or "
        "reset your password."
    )

    def clean(self):
        username = normalised(self.data.get("username"))
        address = client_ip(self.request) if self.request else ""
        if FAILURES_PER_USERNAME.exceeded(username) or FAILURES_PER_ADDRESS.exceeded(address):
            raise ValidationError(
                self.throttled_message, code="throttled", params={"minutes": WINDOW_MINUTES}
            )
        try:
            return super().clean()
        except ValidationError:
            FAILURES_PER_USERNAME.record(username)
            FAILURES_PER_ADDRESS.record(address)
            raise


class ThrottledAuthenticationForm(ThrottledLoginMixin, AuthenticationForm):
    """The portal's login form."""


class ThrottledAdminAuthenticationForm(ThrottledLoginMixin, AdminAuthenticationForm):
    """The admin's login form."""
