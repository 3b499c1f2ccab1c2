"""Forms that refuse to save over a change someone else made after they were opened.

Such a form carries what it was opened with: the row's revision and, beside each field in a
hidden input, the value it showed (Django's `show_hidden_initial`). When it is posted, the
row is read again: a field whose value is no longer the one shown was changed by someone
else, and the form is refused with their change beside the field (inside its language tab)
and listed above the form, as "the value when you opened the form → the value now". What
this person typed stays in the form, which now counts as opened at the current revision: they
merge by hand and save again. A form whose fields all still show the stored values saves,
even if the row's revision moved on meanwhile (someone saved a field this form does not
edit); its save then claims the row at the revision read in this request
(portal.revisions), so no save in between is overwritten either."""

from dataclasses import dataclass

from django import forms
from django.forms.formsets import DELETION_FIELD_NAME
from django.template.defaultfilters import linebreaksbr
from django.utils import formats
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.revisions import RevisionedModel
from portal.text import normalise_text

OPENED_REVISION = "opened_revision"
# Values in the summary above the form are shortened; beside the field they are whole.
SUMMARY_LENGTH = 120


@dataclass(frozen=True)
class ChangeByOthers:
    """A field that someone else changed after the form was opened."""

    name: str
    label: str
    opened: str
    now: str


class OpenedRevisionField(forms.IntegerField):
    """The revision of the row when the form was opened: it says when, it is no change."""

    widget = forms.HiddenInput

    def has_changed(self, initial, data):
        return False


class RevisionCheckedForm(forms.ModelForm):
    """A ModelForm of a row of a RevisionedModel that is refused when someone else changed
    any of its fields after it was opened."""

    opened_revision = OpenedRevisionField(required=False, min_value=0)
    refused_message = gettext_lazy(
        "Someone else saved a change here after you opened the form, so your changes were not "
        "saved. Their changes are listed here and shown beside each field; everything you "
        "wrote is still in the form. Merge the two and save again."
    )
    refused_unseen_message = gettext_lazy(
        "Someone else saved a change here after you opened the form, so your changes were not "
        "saved. Open the form again to see their changes."
    )
    changed_field_message = gettext_lazy(
        "Someone else changed this after you opened the form. What you entered is kept."
    )

    def __init__(self, *args, saved_even_unchanged=True, **kwargs):
        super().__init__(*args, **kwargs)
        # A form of its own is saved whatever was changed; a formset's row only when changed.
        self.saved_even_unchanged = saved_even_unchanged
        self.changes_by_others = []
        if self.edits_stored_row:
            self.fields[OPENED_REVISION].initial = self.instance.revision
            for name, field in self.fields.items():
                field.show_hidden_initial = name != OPENED_REVISION

    @property
    def edits_stored_row(self):
        return isinstance(self.instance, RevisionedModel) and not self.instance._state.adding

    def clean(self):
        cleaned_data = super().clean()
        if self.edits_stored_row:
            self.check_changes_by_others()
        return cleaned_data

    def check_changes_by_others(self):
        stored = self.instance.revision
        self.changes_by_others = changes_since_opened(self)
        opened = self.cleaned_data.get(OPENED_REVISION)
        # A form that did not post the values it showed can only tell that the row moved on.
        moved_on_unseen = opened not in (None, stored) and not posts_opened_values(self)
        if (self.changes_by_others or moved_on_unseen) and (
            self.saved_even_unchanged or self.has_changed()
        ):
            self.refuse()
        else:
            self.instance.expect_revision(stored)

    def refuse(self):
        self.add_error(
            None,
            forms.ValidationError(
                self.refused_message if self.changes_by_others else self.refused_unseen_message,
                code="stale",
            ),
        )
        for change in self.changes_by_others:
            self.add_error(
                None,
                forms.ValidationError(
                    _("%(field)s: “%(opened)s” → “%(now)s”"),
                    code="stale",
                    params={
                        "field": change.label,
                        "opened": Truncator(change.opened).chars(SUMMARY_LENGTH),
                        "now": Truncator(change.now).chars(SUMMARY_LENGTH),
                    },
                ),
            )
            message = beside_field(self.changed_field_message, change)
            self.add_error(change.name, forms.ValidationError(message, code="stale"))
        self.take_stored_values_as_opened()

    def take_stored_values_as_opened(self):
        """From now on the form counts as opened at the stored row: the person has seen it."""
        data = self.data.copy()
        for bound_field in self:
            if bound_field.field.show_hidden_initial:
                set_posted(data, bound_field.html_initial_name, rendered_value(bound_field))
        set_posted(data, self.add_prefix(OPENED_REVISION), str(self.instance.revision))
        self.data = data


class RevisionCheckedFormSet:
    """A mixin of model formsets: their rows are saved only when changed, so only a changed
    row is refused for someone else's change. A row to be removed that someone else changed
    refuses the whole save too: it would take their change with it."""

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "saved_even_unchanged": False}

    def clean(self):
        super().clean()
        for form in self.initial_forms:
            removed = getattr(form, "cleaned_data", {}).get(DELETION_FIELD_NAME)
            if removed and getattr(form, "changes_by_others", None):
                raise forms.ValidationError(
                    _(
                        "Someone else changed “%(row)s” after you opened the form, so it was "
                        "not removed and nothing was saved. Their changes are shown in its row."
                    ),
                    code="stale",
                    params={"row": form.instance},
                )


def checked(base, cls):
    """`cls` with the revision check `base` before its own bases, under its own name."""
    if issubclass(cls, base):
        return cls
    return type(cls.__name__, (base, cls), {"__module__": cls.__module__})


def with_revision_check(form_class):
    """The form class, refusing stale saves (RevisionCheckedForm before its own bases)."""
    if form_class is forms.ModelForm:
        return RevisionCheckedForm
    return checked(RevisionCheckedForm, form_class)


def with_revision_check_formset(formset_class):
    """The inline formset class, refusing stale saves of its rows."""
    return checked(RevisionCheckedFormSet, formset_class)


def changes_since_opened(form):
    """The fields whose stored value is no longer the one the form was opened with."""
    changes = []
    for bound_field in form:
        field = bound_field.field
        if not field.show_hidden_initial or field.disabled:
            continue
        if bound_field.html_initial_name not in form.data:
            continue  # Not posted: the form does not say what it showed.
        opened = posted_value(bound_field)
        now = rendered_value(bound_field)
        if comparable(opened) != comparable(now):
            changes.append(
                ChangeByOthers(
                    name=bound_field.name,
                    label=str(bound_field.label),
                    opened=readable(field, opened),
                    now=readable(field, now),
                )
            )
    return changes


def posts_opened_values(form):
    return any(
        bound_field.html_initial_name in form.data
        for bound_field in form
        if bound_field.field.show_hidden_initial
    )


def hidden_widget(field):
    widget = field.hidden_widget()
    widget.is_localized = field.localize
    return widget


def posted_value(bound_field):
    """The value the form showed when it was opened, as its hidden input posted it."""
    return hidden_widget(bound_field.field).value_from_datadict(
        bound_field.form.data, bound_field.form.files, bound_field.html_initial_name
    )


def rendered_value(bound_field):
    """The stored value as the hidden input carries it: a string, or a list of them."""
    field = bound_field.field
    value = hidden_widget(field).format_value(field.prepare_value(bound_field.initial))
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item not in (None, "")]
    return "" if value is None else str(value)


def comparable(value):
    # Browsers post line breaks as CRLF; the order of chosen items says nothing.
    if isinstance(value, list | tuple):
        return sorted(normalise_text(str(item)) for item in value)
    return normalise_text("" if value is None else str(value))


def set_posted(data, key, value):
    if isinstance(value, list) and hasattr(data, "setlist"):
        data.setlist(key, value)
    else:
        data[key] = value


def readable(field, value):
    """A posted value as a person reads it: choices by their names, dates as dates."""
    values = [
        normalise_text(str(item))
        for item in (value if isinstance(value, list | tuple) else [value])
        if item not in (None, "")
    ]
    if not values:
        return _("(empty)")
    if isinstance(field, forms.ModelChoiceField):
        names = chosen_objects(field, values)
        return ", ".join(names.get(item, _("(removed)")) for item in values)
    if isinstance(field, forms.BooleanField | forms.NullBooleanField):
        return _("yes") if field.to_python(values[0]) else _("no")
    if isinstance(field, forms.ChoiceField):
        labels = choice_labels(field.choices)
        return ", ".join(labels.get(item, item) for item in values)
    if isinstance(field, forms.DateField | forms.DateTimeField | forms.DecimalField):
        try:
            return formats.localize(field.to_python(values[0]))
        except forms.ValidationError:
            return values[0]
    return ", ".join(values)


def chosen_objects(field, keys):
    try:
        return {str(obj.pk): str(obj) for obj in field.queryset.filter(pk__in=keys)}
    except (ValueError, TypeError, forms.ValidationError):
        return {}


def choice_labels(choices):
    labels = {}
    for key, label in choices:
        if isinstance(label, list | tuple):
            labels.update(choice_labels(label))
        else:
            labels[str(key)] = str(label)
    return labels


def beside_field(message, change):
    """The message shown with the field: both values whole, with their line breaks."""
    return format_html(
        "{}<br>{}<br>{}",
        message,
        format_html(_("When you opened the form: “{value}”"), value=linebreaksbr(change.opened)),
        format_html(_("Now: “{value}”"), value=linebreaksbr(change.now)),
    )
