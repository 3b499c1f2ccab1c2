"""A small known network: two paths' worth of stages, four actors, three municipalities."""

import datetime

import pytest

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


def translated(**values):
    """Fill the default-language column too, as django-modeltranslation keeps it."""
    extra = {key[:-3]: value for key, value in values.items() if key.endswith("_fi")}
    return {**extra, **values}


@pytest.fixture
def small_network(db):
    finnish = Language.objects.create(**translated(code="fi", name_fi="suomi", name_sv="finska"))
    swedish = Language.objects.create(**translated(code="sv", name_fi="ruotsi", name_sv="svenska"))
    region = SubRegion.objects.create(
        slug="seutu", **translated(name_fi="Testiseutu", name_sv="Testregion")
    )
    other_region = SubRegion.objects.create(
        slug="toinen", **translated(name_fi="Toinen seutu", name_sv="Annan region")
    )
    alpha = Municipality.objects.create(
        slug="alfa", sub_region=region, **translated(name_fi="Alfa", name_sv="Alfa sv")
    )
    beta = Municipality.objects.create(
        slug="beeta", sub_region=region, **translated(name_fi="Beeta", name_sv="Beta")
    )
    gamma = Municipality.objects.create(
        slug="gamma", sub_region=other_region, **translated(name_fi="Gamma", name_sv="Gamma sv")
    )
    work = IntegrationPath.objects.create(
        slug="tyo", order=1, **translated(name_fi="Työn polku", name_sv="Arbetets väg")
    )
    children = IntegrationPath.objects.create(
        slug="lapset", order=3, **translated(name_fi="Lasten polku", name_sv="Barnens väg")
    )
    # Created out of order: pages must show them in their order.
    plan = PathStage.objects.create(
        path=work, order=2, **translated(name_fi="Suunnitelma", name_sv="Plan")
    )
    assessment = PathStage.objects.create(
        path=work, order=1, **translated(name_fi="Kartoitus", name_sv="Kartläggning")
    )
    school = PathStage.objects.create(
        path=children, order=1, **translated(name_fi="Koulu", name_sv="Skola")
    )

    city = Actor.objects.create(
        slug="kaupunki",
        actor_type=Actor.Type.MUNICIPALITY,
        **translated(name_fi="Kaupunki", name_sv="Staden", description_fi="Kunnan palvelut"),
    )
    city.municipalities.set([alpha, beta])
    city.languages.set([finnish, swedish])
    office = Actor.objects.create(
        slug="toimisto",
        actor_type=Actor.Type.EMPLOYMENT_SERVICES,
        **translated(name_fi="Työvoimatoimisto", name_sv="Arbetskontoret"),
    )
    office.municipalities.set([alpha, beta, gamma])
    office.languages.set([finnish])
    association = Actor.objects.create(
        slug="yhdistys",
        actor_type=Actor.Type.NGO,
        **translated(name_fi="Yhdistys", name_sv="Föreningen"),
    )
    association.municipalities.set([beta])
    association.languages.set([swedish])
    employer = Actor.objects.create(
        slug="tyonantaja",
        actor_type=Actor.Type.EMPLOYER,
        **translated(name_fi="Työnantaja", name_sv="Arbetsgivaren"),
    )
    employer.municipalities.set([gamma])
    employer.languages.set([finnish])

    Role.objects.create(actor=office, stage=assessment, kind=Role.Kind.RESPONSIBLE)
    city_plan = Role.objects.create(actor=city, stage=plan, kind=Role.Kind.RESPONSIBLE)
    city_plan.municipalities.set([alpha])
    Role.objects.create(actor=association, stage=plan, kind=Role.Kind.PARTICIPATES)
    Role.objects.create(
        actor=city,
        stage=assessment,
        kind=Role.Kind.PARTICIPATES,
        valid_to=datetime.date(2019, 12, 31),
    )

    Tie.objects.create(source=city, target=office, kind=Tie.Kind.REFERS, strength=3)
    Tie.objects.create(source=office, target=city, kind=Tie.Kind.INFORMS, strength=2)
    Tie.objects.create(source=association, target=city, kind=Tie.Kind.COOPERATES, strength=1)

    network = Network.objects.create(
        slug="verkosto", **translated(name_fi="Verkosto", name_sv="Nätverket")
    )
    network.actors.set([city, association])
    return {
        "languages": (finnish, swedish),
        "municipalities": (alpha, beta, gamma),
        "regions": (region, other_region),
        "paths": (work, children),
        "stages": (assessment, plan, school),
        "actors": (city, office, association, employer),
        "network": network,
    }
