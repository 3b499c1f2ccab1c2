"""The base classes of every content admin and inline: what all content editing shares (the
language tabs where a model is translated, the history of changes) is added here once, not
to each admin."""

from django.contrib import admin
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from portal.history.admin import HistoryAdminMixin


class TranslatedContentAdmin(HistoryAdminMixin, TabbedTranslationAdmin):
    """The admin of a translated content model, with Finnish and Swedish tabs."""


class ContentAdmin(HistoryAdminMixin, admin.ModelAdmin):
    """The admin of a content model with no translated fields of its own."""


class TranslatedTabularInline(TranslationTabularInline):
    """A tabular inline of a translated content model."""


class TranslatedStackedInline(TranslationStackedInline):
    """A stacked inline of a translated content model."""


class ContentTabularInline(admin.TabularInline):
    """A tabular inline of a content model with no translated fields."""
