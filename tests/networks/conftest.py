"""A small known network: two paths' worth of stages, four actors, three municipalities."""

import datetime

import pytest

from networks.models import Actor, Role, Tie
from tests.networks.factories import (
    ActorFactory,
    IntegrationPathFactory,
    LanguageFactory,
    MunicipalityFactory,
    NetworkFactory,
    PathStageFactory,
    RoleFactory,
    SubRegionFactory,
    TieFactory,
)


@pytest.fixture
def small_network(db):
    finnish = LanguageFactory(code="fi", name_fi="suomi", name_sv="finska")
    swedish = LanguageFactory(code="sv", name_fi="ruotsi", name_sv="svenska")
    region = SubRegionFactory(slug="seutu", name_fi="Testiseutu", name_sv="Testregion")
    other_region = SubRegionFactory(slug="toinen", name_fi="Toinen seutu", name_sv="Annan region")
    alpha = MunicipalityFactory(slug="alfa", sub_region=region, name_fi="Alfa", name_sv="Alfa sv")
    beta = MunicipalityFactory(slug="beeta", sub_region=region, name_fi="Beeta", name_sv="Beta")
    gamma = MunicipalityFactory(
        slug="gamma", sub_region=other_region, name_fi="Gamma", name_sv="Gamma sv"
    )
    work = IntegrationPathFactory(slug="tyo", order=1, name_fi="Työn polku", name_sv="Arbetets väg")
    children = IntegrationPathFactory(
        slug="lapset", order=3, name_fi="Lasten polku", name_sv="Barnens väg"
    )
    # Created out of order: pages must show them in their order.
    plan = PathStageFactory(path=work, order=2, name_fi="Suunnitelma", name_sv="Plan")
    assessment = PathStageFactory(path=work, order=1, name_fi="Kartoitus", name_sv="Kartläggning")
    school = PathStageFactory(path=children, order=1, name_fi="Koulu", name_sv="Skola")

    city = ActorFactory(
        slug="kaupunki",
        actor_type=Actor.Type.MUNICIPALITY,
        name_fi="Kaupunki",
        name_sv="Staden",
        description_fi="Kunnan palvelut",
        municipalities=[alpha, beta],
        languages=[finnish, swedish],
    )
    office = ActorFactory(
        slug="toimisto",
        actor_type=Actor.Type.EMPLOYMENT_SERVICES,
        name_fi="Työvoimatoimisto",
        name_sv="Arbetskontoret",
        municipalities=[alpha, beta, gamma],
        languages=[finnish],
    )
    association = ActorFactory(
        slug="yhdistys",
        actor_type=Actor.Type.NGO,
        name_fi="Yhdistys",
        name_sv="Föreningen",
        municipalities=[beta],
        languages=[swedish],
    )
    employer = ActorFactory(
        slug="tyonantaja",
        actor_type=Actor.Type.EMPLOYER,
        name_fi="Työnantaja",
        name_sv="Arbetsgivaren",
        municipalities=[gamma],
        languages=[finnish],
    )

    RoleFactory(actor=office, stage=assessment, kind=Role.Kind.RESPONSIBLE)
    RoleFactory(actor=city, stage=plan, kind=Role.Kind.RESPONSIBLE, municipalities=[alpha])
    RoleFactory(actor=association, stage=plan, kind=Role.Kind.PARTICIPATES)
    RoleFactory(
        actor=city,
        stage=assessment,
        kind=Role.Kind.PARTICIPATES,
        valid_to=datetime.date(2019, 12, 31),
    )

    TieFactory(source=city, target=office, kind=Tie.Kind.REFERS, strength=3)
    TieFactory(source=office, target=city, kind=Tie.Kind.INFORMS, strength=2)
    TieFactory(source=association, target=city, kind=Tie.Kind.COOPERATES, strength=1)

    network = NetworkFactory(
        slug="verkosto", name_fi="Verkosto", name_sv="Nätverket", actors=[city, association]
    )
    return {
        "languages": (finnish, swedish),
        "municipalities": (alpha, beta, gamma),
        "regions": (region, other_region),
        "paths": (work, children),
        "stages": (assessment, plan, school),
        "actors": (city, office, association, employer),
        "network": network,
    }
