from modeltranslation.translator import TranslationOptions, register

from agreements.models import Agreement, Commitment, Decision, Party, Section


@register(Agreement)
class AgreementTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"fi": ("title",), "sv": ("title",)}


@register(Section)
class SectionTranslationOptions(TranslationOptions):
    fields = ("heading", "text")
    required_languages = {"fi": ("heading",)}


@register(Party)
class PartyTranslationOptions(TranslationOptions):
    fields = ("role",)


@register(Commitment)
class CommitmentTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = {"fi": ("text",)}


@register(Decision)
class DecisionTranslationOptions(TranslationOptions):
    fields = ("body",)
