"""Optimistic locking in the admin: every content admin and inline (portal.content_admin)
refuses a save over a change someone else made after the page was opened, showing what they
changed beside each field (portal.revision_forms)."""

from django.contrib.admin.utils import flatten_fieldsets
from django.forms.models import BaseModelFormSet

from portal.revision_forms import (
    OPENED_REVISION,
    RevisionCheckedForm,
    with_revision_check,
    with_revision_check_formset,
)
from portal.revisions import handled_again_when_stale


def with_opened_revision(fieldsets):
    """The fieldsets with the form's hidden revision in the last one, so that it is drawn."""
    if not fieldsets or OPENED_REVISION in flatten_fieldsets(fieldsets):
        return fieldsets
    *others, (name, options) = fieldsets
    return [*others, (name, {**options, "fields": [*options["fields"], OPENED_REVISION]})]


class RevisionCheckedAdmin:
    """A ModelAdmin mixin: the change form, its inlines and the list's editable columns."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form = with_revision_check(self.form)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and not self.has_change_permission(request, obj):
            return fieldsets  # Read only: nothing to save.
        return with_opened_revision(fieldsets)

    def get_changelist_form(self, request, **kwargs):
        kwargs.setdefault("form", RevisionCheckedForm)
        return super().get_changelist_form(request, **kwargs)

    def get_changelist_formset(self, request, **kwargs):
        kwargs.setdefault("formset", with_revision_check_formset(BaseModelFormSet))
        return super().get_changelist_formset(request, **kwargs)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # Django runs the whole change form, inlines included, in one transaction: a save
        # that lost the race to another one rolls everything back and is handled again.
        view = handled_again_when_stale(super().changeform_view)
        return view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        return handled_again_when_stale(super().changelist_view)(request, extra_context)


class RevisionCheckedInline:
    """An InlineModelAdmin mixin: each row is checked as the change form is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form = with_revision_check(self.form)
        self.formset = with_revision_check_formset(self.formset)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and not self.has_change_permission(request, obj):
            return fieldsets
        return with_opened_revision(fieldsets)
