"""Forms of the agreement review page: comments, replies and the comment filters."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from agreements.models import Comment
from portal.revision_forms import RevisionCheckedForm

MAX_COMMENT_LENGTH = 5000
# The largest id the database can hold; larger ones would fail in the query, not the form.
MAX_ID = 2**63 - 1


# Control characters other than line breaks and tabs: no one means them, and a .docx
# cannot hold them.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class CommentTextForm(forms.Form):
    """The text of a comment, as written or edited by its author."""

    text = forms.CharField(
        label=_("Your comment"),
        max_length=MAX_COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("At most 5000 characters."),
    )

    def clean_text(self):
        # A soft line break pasted from a word processor is a line break; other control
        # characters go.
        text = self.cleaned_data["text"].replace("\x0b", "\n")
        return CONTROL_CHARACTERS.sub("", text)


class CommentEditForm(RevisionCheckedForm, CommentTextForm):
    """The author's edit of their comment: refused, with both texts shown, when the comment
    changed after the form was opened (in another window or on another device)."""

    refused_message = _(
        "Your comment was changed in another window or on another device after you opened "
        "this form, so this change was not saved. The text saved there is shown with the "
        "field; what you wrote here is still in it. Merge the two and save again."
    )
    changed_field_message = _(
        "Changed elsewhere after you opened this form. What you wrote is kept."
    )

    class Meta:
        model = Comment
        fields = ("text",)


class CommentForm(CommentTextForm):
    """A new comment on a section; the section comes with the form, hidden."""

    section = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=MAX_ID)


class ReplyForm(CommentTextForm):
    """A reply to a comment, on the reply page of that comment (its address names it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Your reply")


class CommentFilterForm(forms.Form):
    """Which comments the review page shows: by status and by section."""

    status = forms.ChoiceField(
        label=_("Comment status"), required=False, choices=[("", _("All"))] + Comment.Status.choices
    )
    section = forms.TypedChoiceField(
        label=_("Section"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", _("All sections"))] + [
            (section.pk, section.heading) for section in sections
        ]

    def chosen(self, name):
        """A filter's value when it was understood, otherwise no filter."""
        if not self.is_valid() and name in self.errors:
            return None
        return self.cleaned_data.get(name) or None
