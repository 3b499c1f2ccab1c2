"""Password reset by e-mail: a reset starts the account's count of failed logins over."""

from django.contrib.auth import forms as auth_forms

from portal.login_throttle import forget_failures


class CountResettingSetPasswordForm(auth_forms.SetPasswordForm):
    """The new password from the e-mailed link. Whoever follows the link owns the address,
    so the failed logins counted for the username (perhaps someone else's guesses, which
    lock it for everyone) no longer stand in the way."""

    def save(self, commit=True):
        user = super().save(commit)
        forget_failures(user.get_username())
        return user
