"""What could close a gap: from a cell of the coverage matrix to the actors elsewhere and the
practices that serve the stage, ranked, with the reasons in words."""

import pytest
from django.urls import reverse
from django.utils import translation

from networks.models import Municipality
from practices.models import Practice
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.html_elements import element, elements, text_of
from tests.networks.factories import ActorFactory, MunicipalityFactory, RoleFactory
from tests.practices.factories import AdoptionFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def gap_url(lang, municipality, stage, language):
    with translation.override(lang):
        base = reverse("networks:gap")
    return f"{base}?municipality={municipality}&stage={stage.pk}&language={language}"


def practice_at(stage, slug, level, languages=(), status=Practice.Status.PUBLISHED):
    practice = PracticeFactory(slug=slug, status=status, title_fi=f"K {slug}", title_sv=f"P {slug}")
    practice.stages.add(stage)
    practice.languages.set(languages)
    Practice.objects.filter(pk=practice.pk).update(evidence_level=level)
    return practice


@pytest.fixture
def assessment_practices(small_network):
    """At the assessment stage Alfa has nobody in Swedish (the city's role there ended in
    2019; the office speaks Finnish only): a gap. Beeta, in Alfa's sub-region, uses two of
    the practices."""
    finnish, swedish = small_network["languages"]
    alpha, beta, gamma = small_network["municipalities"]
    assessment = small_network["stages"][0]
    strongest = practice_at(assessment, "vahvin", 5, [finnish])
    used_nearby_in_swedish = practice_at(assessment, "lahella", 3, [swedish])
    in_swedish = practice_at(assessment, "ruotsiksi", 3, [swedish])
    used_nearby_in_finnish = practice_at(assessment, "suomeksi", 3, [finnish])
    harmful = practice_at(assessment, "haitallinen", -2, [swedish])
    practice_at(assessment, "luonnos", 5, [swedish], status=Practice.Status.DRAFT)
    AdoptionFactory(practice=used_nearby_in_swedish, municipality=beta)
    AdoptionFactory(practice=used_nearby_in_finnish, municipality=beta)
    AdoptionFactory(practice=used_nearby_in_finnish, municipality=gamma)
    return {
        "stage": assessment,
        "order": [strongest, used_nearby_in_swedish, in_swedish, used_nearby_in_finnish, harmful],
    }


def ranked_titles(html):
    ranked = element(html, "ol", **{"class": "ranked-practices"})
    return [text_of(heading) for heading in elements(ranked, "h3")]


def test_practices_are_ranked_by_evidence_then_language_then_use_nearby(
    client, assessment_practices
):
    html = client.get(gap_url("fi", "alfa", assessment_practices["stage"], "sv")).content.decode()
    expected = [f"K {practice.slug}" for practice in assessment_practices["order"]]
    assert ranked_titles(html) == expected
    assert "K luonnos" not in html


@pytest.mark.parametrize(
    ("lang", "reasons"),
    [
        (
            "fi",
            [
                "Toimitetaan ruotsiksi.",
                "Käytössä 1 kunnassa seudulla Testiseutu: Beeta.",
            ],
        ),
        (
            "sv",
            [
                "Levereras på svenska.",
                "Används i 1 kommun i Testregion: Beta.",
            ],
        ),
    ],
)
def test_each_rank_is_explained_in_words_in_both_languages(
    client, assessment_practices, lang, reasons
):
    html = client.get(gap_url(lang, "alfa", assessment_practices["stage"], "sv")).content.decode()
    second = list(element(html, "ol", **{"class": "ranked-practices"}))
    explained = [text_of(item) for item in elements(second[1], "li")]
    for reason in reasons:
        assert reason in explained, (reason, explained)
    harmful = [text_of(item) for item in elements(second[-1], "li")]
    assert any(("Ei suositella." if lang == "fi" else "Rekommenderas inte.") in r for r in harmful)


def test_actors_elsewhere_come_from_the_same_sub_region_first(client, small_network):
    # Gamma, the other sub-region, has nobody at the plan stage; in Swedish the city serves
    # Alfa and the association Beeta.
    alpha, beta, gamma = small_network["municipalities"]
    plan = small_network["stages"][1]
    html = client.get(gap_url("fi", "gamma", plan, "sv")).content.decode()
    listed = element(html, "section", **{"aria-labelledby": "gap-actors-heading"})
    names = [text_of(link) for link in elements(listed, "a")]
    assert names == ["Kaupunki", "Yhdistys"]
    assert "samalla seudulla" not in text_of(listed)
    # Beeta's own sub-region: the city serves Alfa there, next door.
    html = client.get(gap_url("fi", "beeta", small_network["stages"][0], "sv")).content.decode()
    assert "Kukaan alueella ei palvele tässä vaiheessa ruotsiksi" in html


def test_a_cell_that_is_served_says_it_is_no_gap(client, small_network):
    plan = small_network["stages"][1]
    html = client.get(gap_url("fi", "alfa", plan, "sv")).content.decode()
    assert "Tämä ei ole aukko" in html
    assert 'href="/fi/toimijat/kaupunki/"' in html


def test_from_a_gap_cell_to_a_ranked_practice_in_two_clicks(client, assessment_practices):
    for lang, coverage in (("fi", "/fi/kattavuus/"), ("sv", "/sv/tackning/")):
        matrix = client.get(coverage).content.decode()
        cell = element(
            matrix,
            "td",
            **{"data-municipality": "alfa", "data-stage": str(assessment_practices["stage"].pk)},
        )
        links = [link.get("href") for link in elements(cell, "a")]
        assert links == [gap_url(lang, "alfa", assessment_practices["stage"], "sv")]
        gap_page = client.get(links[0])
        assert gap_page.status_code == 200
        first = element(gap_page.content.decode(), "ol", **{"class": "ranked-practices"})
        practice_link = elements(first, "a")[0].get("href")
        assert client.get(practice_link).status_code == 200


def test_use_elsewhere_counts_municipalities_not_adoptions(client, small_network):
    """Two organisations using a practice in one municipality are one place of use."""
    swedish = small_network["languages"][1]
    gamma = small_network["municipalities"][2]
    delta = MunicipalityFactory(slug="delta", sub_region=gamma.sub_region, name_fi="Delta")
    stage = small_network["stages"][0]
    twice_in_one = practice_at(stage, "a-kahdesti", 3, [swedish])
    in_two = practice_at(stage, "b-kahdessa", 3, [swedish])
    for actor in small_network["actors"][:2]:
        AdoptionFactory(practice=twice_in_one, municipality=gamma, actor=actor)
    AdoptionFactory(practice=in_two, municipality=gamma)
    AdoptionFactory(practice=in_two, municipality=delta)
    html = client.get(gap_url("fi", "alfa", stage, "sv")).content.decode()
    assert ranked_titles(html) == ["K b-kahdessa", "K a-kahdesti"]
    assert "Käytössä 1 muussa alueen kunnassa." in html


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_gap_page_is_valid_and_in_order(client, assessment_practices, lang):
    html = client.get(gap_url(lang, "alfa", assessment_practices["stage"], "sv")).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    assert f'<html lang="{lang}">' in html


@pytest.mark.parametrize(
    "query",
    [
        "municipality=alfa&stage=x&language=sv",
        "municipality=alfa&stage=1&language=en",
        "municipality=nobody&stage=1&language=sv",
        "municipality=alfa&stage=999999&language=sv",
        "municipality=alfa&stage=%C2%B2&language=sv",
        "",
    ],
)
def test_a_wrong_address_is_page_not_found(client, small_network, query):
    with translation.override("fi"):
        base = reverse("networks:gap")
    assert client.get(f"{base}?{query}").status_code == 404


def test_a_null_character_is_a_bad_request_not_an_error(client, small_network):
    with translation.override("fi"):
        base = reverse("networks:gap")
    assert client.get(f"{base}?municipality=alfa&stage=%00&language=sv").status_code == 400


@pytest.mark.parametrize("extra", [0, 12])
def test_the_gap_page_makes_a_constant_number_of_queries(
    client, assessment_practices, small_network, django_assert_num_queries, extra
):
    swedish = small_network["languages"][1]
    alpha, beta, gamma = small_network["municipalities"]
    plan = small_network["stages"][1]
    practice_at(plan, "aina", 3, [swedish])
    for number in range(extra):
        practice = practice_at(plan, f"lisa-{number}", 2, [swedish])
        AdoptionFactory(practice=practice, municipality=beta)
        actor = ActorFactory(slug=f"muu-{number}", languages=[swedish], municipalities=[beta])
        RoleFactory(actor=actor, stage=plan, municipalities=[alpha] if number % 2 else [])
    # The municipality, the stage, the roles with their places and their actors' places,
    # the ten most promising practices ranked in one query, the places that use them.
    with django_assert_num_queries(7):
        response = client.get(gap_url("fi", "gamma", plan, "sv"))
    listed = element(response.content.decode(), "section", aria_labelledby="gap-actors-heading")
    assert len(elements(listed, "a")) == 2 + extra
    shown = element(response.content.decode(), "ol", class_="ranked-practices")
    assert len(list(shown)) == min(1 + extra, 10)
    all_of_them = f"/fi/kaytannot/?stage={plan.pk}"
    assert (all_of_them in response.content.decode()) == (extra > 9)


def test_use_elsewhere_counts_municipalities_listed_without_an_adoption(client, small_network):
    """A coordinator's "in use in" list counts as much as an adoption record."""
    swedish = small_network["languages"][1]
    gamma = small_network["municipalities"][2]
    stage = small_network["stages"][0]
    practice_at(stage, "a-ei-kaytossa", 3, [swedish])
    listed = practice_at(stage, "b-listattu", 3, [swedish])
    listed.municipalities.add(gamma)
    html = client.get(gap_url("fi", "alfa", stage, "sv")).content.decode()
    assert ranked_titles(html) == ["K b-listattu", "K a-ei-kaytossa"]
    assert "Käytössä 1 muussa alueen kunnassa." in html


@pytest.mark.parametrize(
    ("lang", "said"), [("fi", "Jo käytössä kunnassa Alfa."), ("sv", "Används redan i Alfa sv.")]
)
def test_a_practice_the_municipality_uses_already_says_so_first(
    client, assessment_practices, lang, said
):
    """A practice Alfa runs already is no new idea for Alfa's gap: the page says so."""
    alpha = Municipality.objects.get(slug="alfa")
    in_swedish = Practice.objects.get(slug="ruotsiksi")
    AdoptionFactory(practice=in_swedish, municipality=alpha)
    html = client.get(gap_url(lang, "alfa", assessment_practices["stage"], "sv")).content.decode()
    ranked = list(element(html, "ol", class_="ranked-practices"))
    first_reasons = [text_of(element(option, "ul", class_="reasons")[0]) for option in ranked]
    assert first_reasons.count(said) == 1
    # "ruotsiksi" keeps its place: what is in use here is said, not ranked down.
    assert first_reasons.index(said) == 2
