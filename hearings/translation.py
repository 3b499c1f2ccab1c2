from modeltranslation.translator import TranslationOptions, register

from hearings.models import Hearing, HearingSection


@register(Hearing)
class HearingTranslationOptions(TranslationOptions):
    fields = ("title", "introduction", "conclusion")
    required_languages = {"fi": ("title",)}


@register(HearingSection)
class HearingSectionTranslationOptions(TranslationOptions):
    fields = ("plain_summary",)
