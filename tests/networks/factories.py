"""Municipalities, paths, actors and their ties for the tests, in both languages."""

import factory

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
from tests.translated import TranslatedFactory, in_both_languages, many


class LanguageFactory(TranslatedFactory):
    class Meta:
        model = Language

    code = factory.Sequence(lambda n: f"k{n}")
    name_fi, name_sv = in_both_languages("Kieli", "Språk", key="code")


class SubRegionFactory(TranslatedFactory):
    class Meta:
        model = SubRegion

    slug = factory.Sequence(lambda n: f"seutu-{n}")
    name_fi, name_sv = in_both_languages("Seutu", "Region")


class MunicipalityFactory(TranslatedFactory):
    class Meta:
        model = Municipality

    slug = factory.Sequence(lambda n: f"kunta-{n}")
    sub_region = factory.SubFactory(SubRegionFactory)
    name_fi, name_sv = in_both_languages("Kunta", "Kommun")


class IntegrationPathFactory(TranslatedFactory):
    class Meta:
        model = IntegrationPath

    slug = factory.Sequence(lambda n: f"polku-{n}")
    name_fi, name_sv = in_both_languages("Polku", "Väg")


class PathStageFactory(TranslatedFactory):
    class Meta:
        model = PathStage

    path = factory.SubFactory(IntegrationPathFactory)
    order = factory.Sequence(lambda n: n + 1)
    name_fi, name_sv = in_both_languages("Vaihe", "Skede", key="order")


class ActorFactory(TranslatedFactory):
    class Meta:
        model = Actor

    slug = factory.Sequence(lambda n: f"toimija-{n}")
    name_fi, name_sv = in_both_languages("Toimija", "Aktör")
    municipalities = many("municipalities")
    languages = many("languages")


class RoleFactory(TranslatedFactory):
    class Meta:
        model = Role

    actor = factory.SubFactory(ActorFactory)
    stage = factory.SubFactory(PathStageFactory)
    municipalities = many("municipalities")
    languages = many("languages")


class TieFactory(TranslatedFactory):
    class Meta:
        model = Tie

    source = factory.SubFactory(ActorFactory)
    target = factory.SubFactory(ActorFactory)
    kind = Tie.Kind.REFERS
    strength = Tie.Strength.MODERATE


class NetworkFactory(TranslatedFactory):
    class Meta:
        model = Network

    slug = factory.Sequence(lambda n: f"verkosto-{n}")
    name_fi, name_sv = in_both_languages("Verkosto", "Nätverk")
    actors = many("actors")
