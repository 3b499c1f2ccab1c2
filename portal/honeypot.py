"""A field that people never see and form-filling robots fill in: a form's answer to spam
without a CAPTCHA. The templates hide it (visually hidden, aria-hidden, out of the tab order); a
view answers a robot as it answers a person, so that it learns nothing, and keeps nothing
it sent."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _

FIELD = "website"


class HoneypotMixin:
    """Adds the field last, to a Form or a ModelForm."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def is_spam(self):
        return bool(self.data.get(FIELD, "").strip())

    def public_fields(self):
        """The fields people see, in order: all but the honeypot."""
        return [self[name] for name in self.fields if name != FIELD]

    def grouped_fields(self):
        """(legend, fields) pairs as templates/includes/public_form.html draws them: here one
        group without a legend; a form with fieldsets gives its own."""
        return [(None, self.public_fields())]

    def has_field_errors(self):
        return any(name != NON_FIELD_ERRORS for name in self.errors)
