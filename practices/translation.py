from modeltranslation.translator import TranslationOptions, register

from practices.models import (
    Adoption,
    Assessment,
    Attachment,
    Link,
    Practice,
    Priority,
    PrioritySelection,
    Source,
    Step,
    TargetGroup,
    Theme,
)

NAME_IN_BOTH_LANGUAGES = {"fi": ("name",), "sv": ("name",)}


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = NAME_IN_BOTH_LANGUAGES


@register(TargetGroup)
class TargetGroupTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = NAME_IN_BOTH_LANGUAGES


@register(Source)
class SourceTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
    required_languages = {"fi": ("title",)}


@register(Practice)
class PracticeTranslationOptions(TranslationOptions):
    # Only Finnish is needed for a draft; publishing needs title and summary in both.
    fields = ("title", "summary", "description", "aims", "results", "resources", "duration", "cost")
    required_languages = {"fi": ("title", "summary")}


@register(Step)
class StepTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"fi": ("title",)}


@register(Assessment)
class AssessmentTranslationOptions(TranslationOptions):
    fields = ("rationale",)
    required_languages = {"fi": ("rationale",)}


@register(Link)
class LinkTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Attachment)
class AttachmentTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Priority)
class PriorityTranslationOptions(TranslationOptions):
    fields = ("title", "description", "selected_by")
    required_languages = {"fi": ("title",), "sv": ("title",)}


@register(PrioritySelection)
class PrioritySelectionTranslationOptions(TranslationOptions):
    fields = ("reason",)


@register(Adoption)
class AdoptionTranslationOptions(TranslationOptions):
    fields = ("adaptation", "results")
