"""Password reset by e-mail: limited, so that the form cannot flood an inbox, and a reset
starts the account's count of failed logins over."""

import logging

from django.contrib.auth import forms as auth_forms

from portal.login_throttle import forget_failures
from portal.ratelimit import RateLimit, client_ip

logger = logging.getLogger(__name__)
HOUR = 60 * 60
# Someone whose e-mail is slow to arrive asks once or twice more; an office behind one
# address may have a few people who forgot their password.
RESETS_PER_ADDRESS = RateLimit("password-reset-address", limit=3, period=HOUR)
RESETS_PER_VISITOR = RateLimit("password-reset-visitor", limit=10, period=HOUR)


class LimitedPasswordResetForm(auth_forms.PasswordResetForm):
    """Sends the reset e-mail at most 3 times an hour to one address and 10 times an hour
    for one visitor. Over either limit nothing is sent and the visitor sees the page they
    always see: it never tells whether an account has the address, and requests for
    addresses without an account are counted alike."""

    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data["email"]
        visitor = client_ip(request) if request is not None else ""
        if RESETS_PER_ADDRESS.exceeded(email) or RESETS_PER_VISITOR.exceeded(visitor):
            logger.warning("A password reset e-mail was not sent: over the limit.")
            return
        RESETS_PER_ADDRESS.record(email)
        RESETS_PER_VISITOR.record(visitor)
        super().save(*args, request=request, **kwargs)


class CountResettingSetPasswordForm(auth_forms.SetPasswordForm):
    """The new password from the e-mailed link. Whoever follows the link owns the address,
    so the failed logins counted for the username (perhaps someone else's guesses, which
    lock it for everyone) no longer stand in the way."""

    def save(self, commit=True):
        user = super().save(commit)
        forget_failures(user.get_username())
        return user
