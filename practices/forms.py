"""Forms of the practices app: the coordinators' admin forms, the public proposal forms and
the feedback form."""

import html

import nh3
from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from networks.models import Actor, Municipality
from portal.honeypot import HoneypotMixin
from practices import services
from practices.evidence import source_rule_error
from practices.models import Feedback, Practice
from practices.slugs import RESERVED_MESSAGE, reserved_slugs

FEEDBACK_MAX_LENGTH = 4000
# Enough rounds to undo any escaping a person would type; what is left after them is escaped.
STRIP_ROUNDS = 10


def strip_html(text):
    """Markdown without raw HTML: tags (also ones typed as entities) and comments removed."""
    for _round in range(STRIP_ROUNDS):
        # nh3 escapes the text it keeps; unescaping gives back the Markdown as typed ("a < b",
        # "> quote"), and the next round catches tags that were hidden as &lt;…&gt;.
        stripped = html.unescape(nh3.clean(text, tags=set()))
        if stripped == text:
            return text
        text = stripped
    return nh3.clean(text, tags=set())


def language_variants(names):
    codes = [code for code, _name in settings.LANGUAGES]
    return set(names) | {f"{name}_{code}" for name in names for code in codes}


class MarkdownFormMixin:
    """Stores coordinators' Markdown without raw HTML, whatever the rendering does later."""

    markdown_fields = ()

    def clean(self):
        cleaned_data = super().clean()
        for name in language_variants(self.markdown_fields):
            if name in self.fields and cleaned_data.get(name):
                cleaned_data[name] = strip_html(cleaned_data[name]).strip()
        return cleaned_data


class PracticeAdminForm(MarkdownFormMixin, forms.ModelForm):
    """Refuses to publish a practice without its title and summary in both languages."""

    markdown_fields = ("description", "aims", "results", "resources")

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in reserved_slugs():
            raise forms.ValidationError(RESERVED_MESSAGE, code="reserved")
        return slug

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("status") == Practice.Status.PUBLISHED:
            self.check_complete_for_publishing(cleaned_data)
        return cleaned_data

    def check_complete_for_publishing(self, cleaned_data):
        values = {
            name: cleaned_data.get(name, getattr(self.instance, name, ""))
            for name in (
                f"{field}_{code}"
                for field in ("title", "summary")
                for code, _n in settings.LANGUAGES
            )
        }
        missing = Practice(**values).missing_for_publishing()
        if not missing:
            return
        for name in missing:
            if name in self.fields:
                self.add_error(name, _("Fill this in before publishing."))
        self.add_error("status", services.incomplete_error(missing))


class AssessmentAdminForm(MarkdownFormMixin, forms.ModelForm):
    """An assessment's level must rest on sources of the kinds the rating rules ask for."""

    markdown_fields = ("rationale",)

    def clean(self):
        cleaned_data = super().clean()
        level = cleaned_data.get("level")
        if level is not None and "sources" in self.fields:
            kinds = [source.kind for source in cleaned_data.get("sources") or ()]
            error = source_rule_error(level, kinds)
            if error:
                self.add_error("sources", error)
        return cleaned_data


class SourceAdminForm(MarkdownFormMixin, forms.ModelForm):
    """A source's kind cannot change under assessments whose level rests on it."""

    markdown_fields = ("summary",)

    def clean_kind(self):
        kind = self.cleaned_data["kind"]
        if self.instance.pk and kind != self.instance.kind:
            broken = services.assessments_broken_by_kind_change(self.instance, kind)
            if broken:
                raise forms.ValidationError(
                    _(
                        "These assessments rest on this source and their level would no longer "
                        "follow the rating rules: %(assessments)s."
                    ),
                    params={"assessments": "; ".join(str(a) for a in broken)},
                    code="rating_rule",
                )
        return kind


class PriorityAdminForm(MarkdownFormMixin, forms.ModelForm):
    markdown_fields = ("description",)


# The largest id the databases store; SQLite raises OverflowError on a larger one.
MAX_ID = 2**63 - 1


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Ids too large for the database are invalid choices, never sent to the database."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk).strip()
            if text.lstrip("-").isdigit() and abs(int(text)) > MAX_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": text[:20]},
                )
        return super()._check_values(value)


class ProposalFormBase(HoneypotMixin, forms.Form):
    """A form anyone may send, confirmed by e-mail unless the sender is logged in; drawn in
    `fieldsets` ((legend, field names) pairs), then the sender's address, by
    templates/includes/public_form.html."""

    fieldsets = ()

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            # Known users need no confirmation: what they send is tied to their account.
            del self.fields["email"]

    def grouped_fields(self):
        groups = [(legend, [self[name] for name in names]) for legend, names in self.fieldsets]
        if "email" in self.fields:
            groups.append((_("Your contact details"), [self["email"]]))
        return groups


class ProposalForm(ProposalFormBase):
    """What municipal staff tell about a practice; coordinators complete the rest."""

    fieldsets = (
        (_("The practice"), ("title", "summary", "description")),
        (_("Who runs it and where"), ("organisation", "municipalities", "contact_organisation")),
    )

    title = forms.CharField(label=_("Name of the practice"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three plain sentences: what is done, for whom and why."),
    )
    description = forms.CharField(
        label=_("Description (optional)"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "How the practice works, step by step, and what it has achieved. "
            "At most 4,000 characters."
        ),
    )
    organisation = forms.CharField(
        label=_("Organisation running it"),
        max_length=200,
        help_text=_("A municipality, joint municipal authority, association or other body."),
    )
    municipalities = BoundedModelMultipleChoiceField(
        label=_("Municipalities where it is in use (optional)"),
        queryset=Municipality.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    contact_organisation = forms.CharField(
        label=_("Contact organisation (optional)"),
        max_length=200,
        required=False,
        help_text=_(
            "Whom others can ask about the practice. An organisation, not a person. "
            "Leave empty if it is the organisation running it."
        ),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We send you a link to confirm the proposal, and tell you when the practice is "
            "published. The address is removed after that."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipalities"].queryset = Municipality.objects.order_by(
            f"name_{get_language() or settings.LANGUAGE_CODE}"
        )

    def clean_description(self):
        return strip_html(self.cleaned_data["description"])


def known_actor(name):
    """The actor of that name in either language, if the portal knows it."""
    if not name:
        return None
    same_name = Q(name_fi__iexact=name) | Q(name_sv__iexact=name)
    return Actor.objects.filter(same_name).order_by("pk").first()


class AdoptionProposalForm(ProposalFormBase):
    """Municipal staff tell that their municipality or organisation uses a practice: how
    they adapted it and what came of it. A coordinator checks it before it is shown."""

    fieldsets = (
        (_("Who uses it and where"), ("municipality", "organisation", "started_on")),
        (_("How it works with you"), ("adaptation", "results", "contact_organisation")),
    )

    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.none(),
        required=False,
        empty_label=_("(none: an organisation working in several municipalities)"),
        # Neither is required alone: the form asks for one of the two (clean).
        help_text=_("Choose the municipality, name the organisation below, or both."),
    )
    organisation = forms.CharField(
        label=_("Organisation using it"),
        max_length=200,
        required=False,
        help_text=_(
            "A municipality's unit, an association or another body, if not the municipality "
            "itself. Without a municipality, name one of the actors the portal lists; an "
            "organisation not listed yet needs a municipality where it uses the practice."
        ),
    )
    started_on = forms.DateField(
        label=_("In use since (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The date it was taken into use, as far as you know it."),
    )
    adaptation = forms.CharField(
        label=_("How you adapted it (optional)"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "What you do differently from the description, and why. At most 4,000 characters."
        ),
    )
    results = forms.CharField(
        label=_("Local results (optional)"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What it has achieved with you so far. At most 4,000 characters."),
    )
    contact_organisation = forms.CharField(
        label=_("Whom others can ask (optional)"),
        max_length=200,
        required=False,
        help_text=_("An organisation, not a person."),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We send you a link to confirm what you tell. The address is removed as soon as "
            "you have confirmed."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.order_by(
            f"name_{get_language() or settings.LANGUAGE_CODE}"
        )

    def clean_adaptation(self):
        return strip_html(self.cleaned_data["adaptation"])

    def clean_results(self):
        return strip_html(self.cleaned_data["results"])

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation", "").strip()
        cleaned["actor"] = known_actor(organisation)
        if cleaned.get("municipality") or cleaned["actor"]:
            return cleaned
        # Each message at the field that mends it, so the summary links there.
        if organisation:
            self.add_error(
                "municipality",
                forms.ValidationError(
                    _(
                        "Choose the municipality where “%(name)s” uses the practice: the "
                        "organisation is not among the portal's actors yet."
                    ),
                    params={"name": organisation},
                ),
            )
        else:
            self.add_error(
                "municipality",
                _("Name the municipality or the organisation that uses the practice."),
            )
        return cleaned


class FeedbackForm(HoneypotMixin, forms.ModelForm):
    """A question or a comment on a practice, from anyone: the text alone is required."""

    class Meta:
        model = Feedback
        fields = ("kind", "text", "name", "email")
        labels = {
            "kind": _("What would you like to send?"),
            "text": _("Your question or comment"),
            "name": _("Your name or signature (optional)"),
            "email": _("Your e-mail address (optional)"),
        }
        help_texts = {
            "text": _(
                "Shown on the practice's page once a coordinator has checked it. Please do not "
                "write anyone's personal details. At most 4,000 characters."
            ),
            "name": _("Shown with your text. Leave empty to send it without a name."),
            "email": _(
                "Only if you want the answer by e-mail. It is never shown, and it is erased "
                "once the answer is sent."
            ),
        }
        error_messages = {"text": {"required": _("Write your question or comment.")}}
        widgets = {
            "kind": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 6, "maxlength": FEEDBACK_MAX_LENGTH}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].max_length = FEEDBACK_MAX_LENGTH
        self.fields["text"].validators.append(MaxLengthValidator(FEEDBACK_MAX_LENGTH))
        # A radio list has no empty choice.
        self.fields["kind"].choices = Feedback.Kind.choices


class OrganisationAnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your organisation's answer"),
        max_length=FEEDBACK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": FEEDBACK_MAX_LENGTH}),
        help_text=_(
            "Shown on the practice's page under your organisation's name. Please do not write "
            "anyone's personal details. At most 4,000 characters."
        ),
        error_messages={"required": _("Write the answer.")},
    )
