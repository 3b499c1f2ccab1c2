from modeltranslation.translator import TranslationOptions, register

from rounds.models import Candidate, Round


@register(Round)
class RoundTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")
    required_languages = {"fi": ("title",)}


@register(Candidate)
class CandidateTranslationOptions(TranslationOptions):
    fields = ("title", "description")
