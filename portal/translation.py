from modeltranslation.translator import TranslationOptions, register

from portal.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body")
    required_languages = {"fi": ("title",), "sv": ("title",)}
