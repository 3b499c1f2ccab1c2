"""The registration form: a name and an address, the least needed to let someone in."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.honeypot import HoneypotMixin


class RegistrationForm(HoneypotMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "For the confirmation, the link to cancel and a reminder the day before. Deleted "
            "after the event."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
