"""The base classes of every content admin and inline: what all content editing shares (the
language tabs where a model is translated, optimistic locking, the history of changes)
is added here once, not to each admin."""

from django.contrib import admin
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from portal.history.admin import HistoryAdminMixin
from portal.revision_admin import RevisionCheckedAdmin, RevisionCheckedInline


class TranslatedContentAdmin(HistoryAdminMixin, RevisionCheckedAdmin, TabbedTranslationAdmin):
    """The admin of a translated content model, with Finnish and Swedish tabs."""


class ContentAdmin(HistoryAdminMixin, RevisionCheckedAdmin, admin.ModelAdmin):
    """The admin of a content model with no translated fields of its own."""


class TranslatedTabularInline(RevisionCheckedInline, TranslationTabularInline):
    """A tabular inline of a translated content model."""


class TranslatedStackedInline(RevisionCheckedInline, TranslationStackedInline):
    """A stacked inline of a translated content model."""


class ContentTabularInline(RevisionCheckedInline, admin.TabularInline):
    """A tabular inline of a content model with no translated fields."""
