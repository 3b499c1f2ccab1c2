from modeltranslation.translator import TranslationOptions, register

from monitoring.models import Indicator, Observation


@register(Indicator)
class IndicatorTranslationOptions(TranslationOptions):
    fields = ("name", "definition", "unit")
    required_languages = {"fi": ("name", "definition", "unit"), "sv": ("name", "unit")}


@register(Observation)
class ObservationTranslationOptions(TranslationOptions):
    fields = ("note",)
