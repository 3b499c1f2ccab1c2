"""Each link of the portal's one picture is shown at both of its ends (issue 19): a practice
and the indicators that aim at it, the priorities that selected it, where it is in use and
the signed commitments that adopt it; the indicator, the actor, the municipality and the
stage show them back."""

import pytest
from django.test import override_settings
from django.utils import translation

from agreements.models import Version
from networks.models import Actor
from tests.html_elements import elements, text_of
from tests.links_both_ways import commit_to, indicator_for, priority_for
from tests.networks.factories import (
    ActorFactory,
    IntegrationPathFactory,
    MunicipalityFactory,
    PathStageFactory,
    SubRegionFactory,
)
from tests.practices.factories import AdoptionFactory, PracticeFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ["fi", "sv"]


@pytest.fixture
def picture(db):
    region = SubRegionFactory(slug="seutu", name_fi="Seutu", name_sv="Regionen")
    served = MunicipalityFactory(
        slug="mustasaari", sub_region=region, name_fi="Mustasaari", name_sv="Korsholm"
    )
    adopting = MunicipalityFactory(
        slug="laihia", sub_region=region, name_fi="Laihia", name_sv="Laihela"
    )
    actor = ActorFactory(
        slug="kunta",
        actor_type=Actor.Type.MUNICIPALITY,
        name_fi="Kunnan palvelut",
        name_sv="Kommunens tjänster",
        municipalities=[served],
    )
    path = IntegrationPathFactory(slug="tyo", name_fi="Työn polku", name_sv="Arbetets väg")
    stage = PathStageFactory(path=path, order=1, name_fi="Kartoitus", name_sv="Kartläggning")
    practice = PracticeFactory(slug="mentorointi", title_fi="Mentorointi", title_sv="Mentorskap")
    practice.stages.add(stage)
    practice.actors.add(actor)
    indicator = indicator_for(practice, "tyollisyys")
    indicator.stages.add(stage)
    priority = priority_for(practice, "tyo-ensin")
    adoption = AdoptionFactory(
        practice=practice,
        municipality=adopting,
        actor=actor,
        adaptation_fi="Ryhmät pidetään kirjastossa.",
        adaptation_sv="Grupperna träffas i biblioteket.",
    )
    commitment = commit_to(practice, "Otamme mentoroinnin käyttöön.", actor, indicator)
    commit_to(practice, "Luonnos, ei julkinen.", actor, status=Version.Status.DRAFT)
    return {
        "practice": practice,
        "indicator": indicator,
        "priority": priority,
        "adoption": adoption,
        "commitment": commitment,
        "actor": actor,
        "served": served,
        "adopting": adopting,
        "stage": stage,
    }


def page(client, record, lang):
    with translation.override(lang):
        url = record.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def links(html):
    return {link.get("href") for link in elements(html, "a")}


def url_of(record, lang):
    with translation.override(lang):
        return record.get_absolute_url()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_practice_shows_its_indicators_priorities_adoptions_and_commitments(
    client, picture, lang
):
    html = page(client, picture["practice"], lang)
    found = links(html)
    assert url_of(picture["indicator"], lang) in found
    assert url_of(picture["priority"], lang) in found
    assert url_of(picture["adopting"], lang) in found
    with translation.override(lang):
        assert picture["commitment"].page_url() in found
    adoption = elements(html, "article", id=f"adoption-{picture['adoption'].pk}")[0]
    assert (
        "Ryhmät pidetään kirjastossa." if lang == "fi" else "Grupperna träffas i biblioteket."
    ) in text_of(adoption)
    assert ("Käytössä 1 kunnassa." if lang == "fi" else "Används i 1 kommun.") in text_of(
        elements(html, "p", class_="adoption-count")[0]
    )
    assert "Otamme mentoroinnin käyttöön." in html
    assert "Luonnos, ei julkinen." not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_indicator_shows_the_practices_stages_and_commitments_with_targets(
    client, picture, lang
):
    html = page(client, picture["indicator"], lang)
    found = links(html)
    assert url_of(picture["practice"], lang) in found
    assert any(f"#stage-{picture['stage'].pk}" in link for link in found)
    commitments = text_of(elements(html, "ul", class_="commitments")[0])
    assert "Otamme mentoroinnin käyttöön." in commitments
    assert ("Tavoite 70,0 %" if lang == "fi" else "Mål 70,0 %") in commitments
    assert "Luonnos, ei julkinen." not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_actor_shows_its_adoptions_and_its_partys_commitments(client, picture, lang):
    html = page(client, picture["actor"], lang)
    found = links(html)
    assert url_of(picture["adoption"], lang) in found
    assert "Otamme mentoroinnin käyttöön." in html
    assert "Luonnos, ei julkinen." not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_municipalities_show_the_practice_in_use_and_their_parties_commitments(
    client, picture, lang
):
    adopting = page(client, picture["adopting"], lang)
    assert url_of(picture["adoption"], lang) in links(adopting)
    served = page(client, picture["served"], lang)
    assert "Otamme mentoroinnin käyttöön." in served
    assert "Luonnos, ei julkinen." not in served


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_stage_shows_its_indicators(client, picture, lang):
    with translation.override(lang):
        url = picture["stage"].path.get_absolute_url()
    html = client.get(url).content.decode()
    assert url_of(picture["indicator"], lang) in links(html)


def test_an_unpublished_adoption_and_a_draft_practice_stay_hidden(client, picture):
    hidden = AdoptionFactory(
        practice=picture["practice"],
        municipality=picture["served"],
        is_published=False,
        adaptation_fi="Ehdotus, tarkistamatta.",
    )
    assert "Ehdotus, tarkistamatta." not in page(client, picture["practice"], "fi")
    assert url_of(hidden, "fi") not in links(page(client, picture["served"], "fi"))


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_new_signed_commitment_shows_on_the_cached_practice_page_at_once(client, picture):
    url = url_of(picture["practice"], "fi")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    commit_to(picture["practice"], "Uusi sitoumus.", picture["actor"])
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Uusi sitoumus." in response.content.decode()


def test_adoptions_in_use_come_first_then_those_that_ended_latest(client, picture):
    import datetime

    practice, served = picture["practice"], picture["served"]
    ended_long_ago = AdoptionFactory(
        practice=practice, municipality=served, ended_on=datetime.date(2024, 6, 30)
    )
    ended_lately = AdoptionFactory(
        practice=practice, municipality=served, ended_on=datetime.date(2025, 6, 30)
    )
    html = page(client, practice, "fi")
    order = [
        html.index(f'id="adoption-{a.pk}"')
        for a in (picture["adoption"], ended_lately, ended_long_ago)
    ]
    assert order == sorted(order)
