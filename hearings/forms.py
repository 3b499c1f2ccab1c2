"""The comment form of a hearing's section: the text alone is required."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from hearings.models import PublicComment
from portal.honeypot import HoneypotMixin

COMMENT_MAX_LENGTH = 4000


class PublicCommentForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = PublicComment
        fields = ("text", "name", "email")
        labels = {
            "text": _("Your comment"),
            "name": _("Your name or signature (optional)"),
            "email": _("Your e-mail address (optional)"),
        }
        help_texts = {
            "name": _("Shown with your comment. Leave empty to comment without a name."),
            "email": _(
                "Only if you want the coordinators' answer by e-mail. It is never shown, and "
                "it is erased once the answer is sent."
            ),
        }
        error_messages = {"text": {"required": _("Write your comment.")}}
        widgets = {
            "text": forms.Textarea(attrs={"rows": 6, "maxlength": COMMENT_MAX_LENGTH}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, moderated_before=True, **kwargs):
        super().__init__(*args, **kwargs)
        text = self.fields["text"]
        text.max_length = COMMENT_MAX_LENGTH
        text.validators.append(MaxLengthValidator(COMMENT_MAX_LENGTH))
        shown = (
            _("Shown once a coordinator has checked it.")
            if moderated_before
            else _("Shown at once; the coordinators remove what breaks the rules.")
        )
        text.help_text = _(
            "%(shown)s Please do not write anyone's personal details. At most 4,000 characters."
        ) % {"shown": shown}
