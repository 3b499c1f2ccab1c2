from modeltranslation.translator import TranslationOptions, register

from networks.models import (
    Actor,
    IntegrationPath,
    Language,
    Municipality,
    Network,
    PathStage,
    Role,
    SubRegion,
    Tie,
)

NAME_IN_BOTH_LANGUAGES = {"fi": ("name",), "sv": ("name",)}


@register(SubRegion)
class SubRegionTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = NAME_IN_BOTH_LANGUAGES


@register(Municipality)
class MunicipalityTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = NAME_IN_BOTH_LANGUAGES


@register(Language)
class LanguageTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = NAME_IN_BOTH_LANGUAGES


@register(IntegrationPath)
class IntegrationPathTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = NAME_IN_BOTH_LANGUAGES


@register(PathStage)
class PathStageTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = NAME_IN_BOTH_LANGUAGES


@register(Actor)
class ActorTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"fi": ("name",)}


@register(Role)
class RoleTranslationOptions(TranslationOptions):
    fields = ("description",)


@register(Tie)
class TieTranslationOptions(TranslationOptions):
    fields = ("description",)


@register(Network)
class NetworkTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = NAME_IN_BOTH_LANGUAGES
