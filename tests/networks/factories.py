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
from tests.translated import TranslatedFactory, many


class LanguageFactory(TranslatedFactory):
    class Meta:
        model = Language

    code = factory.Sequence(lambda n: f"k{n}")
    name_fi = factory.LazyAttribute(lambda o: f"Kieli {o.code}")
    name_sv = factory.LazyAttribute(lambda o: f"Språk {o.code}")


class SubRegionFactory(TranslatedFactory):
    class Meta:
        model = SubRegion

    slug = factory.Sequence(lambda n: f"seutu-{n}")
    name_fi = factory.LazyAttribute(lambda o: f"Seutu {o.slug}")
    name_sv = factory.LazyAttribute(lambda o: f"Region {o.slug}")


class MunicipalityFactory(TranslatedFactory):
    class Meta:
        model = Municipality

    slug = factory.Sequence(lambda n: f"kunta-{n}")
    sub_region = factory.SubFactory(SubRegionFactory)
    name_fi = factory.LazyAttribute(lambda o: f"Kunta {o.slug}")
    name_sv = factory.LazyAttribute(lambda o: f"Kommun {o.slug}")


class IntegrationPathFactory(TranslatedFactory):
    class Meta:
        model = IntegrationPath

    slug = factory.Sequence(lambda n: f"polku-{n}")
    name_fi = factory.LazyAttribute(lambda o: f"Polku {o.slug}")
    name_sv = factory.LazyAttribute(lambda o: f"Väg {o.slug}")


class PathStageFactory(TranslatedFactory):
    class Meta:
        model = PathStage

    path = factory.SubFactory(IntegrationPathFactory)
    order = factory.Sequence(lambda n: n + 1)
    name_fi = factory.LazyAttribute(lambda o: f"Vaihe {o.order}")
    name_sv = factory.LazyAttribute(lambda o: f"Skede {o.order}")


class ActorFactory(TranslatedFactory):
    class Meta:
        model = Actor

    slug = factory.Sequence(lambda n: f"toimija-{n}")
    name_fi = factory.LazyAttribute(lambda o: f"Toimija {o.slug}")
    name_sv = factory.LazyAttribute(lambda o: f"Aktör {o.slug}")
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
    name_fi = factory.LazyAttribute(lambda o: f"Verkosto {o.slug}")
    name_sv = factory.LazyAttribute(lambda o: f"Nätverk {o.slug}")
    actors = many("actors")
