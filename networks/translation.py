from modeltranslation.translator import TranslationOptions, register

from networks.models import Municipality, SubRegion


@register(SubRegion)
class SubRegionTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"fi": ("name",), "sv": ("name",)}


@register(Municipality)
class MunicipalityTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("fi", "sv")
