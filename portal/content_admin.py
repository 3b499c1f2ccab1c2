"""The base classes of every content admin and inline: what all content editing shares (the
language tabs where a model is translated) is added here once, not to each admin."""

from django.contrib import admin
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)


class TranslatedContentAdmin(TabbedTranslationAdmin):
    """The admin of a translated content model, with Finnish and Swedish tabs."""


class ContentAdmin(admin.ModelAdmin):
    """The admin of a content model with no translated fields of its own."""


class TranslatedTabularInline(TranslationTabularInline):
    """A tabular inline of a translated content model."""


class TranslatedStackedInline(TranslationStackedInline):
    """A stacked inline of a translated content model."""


class ContentTabularInline(admin.TabularInline):
    """A tabular inline of a content model with no translated fields."""
