"""The yearly follow-up: each commitment's indicators with their baseline, latest figure and
target, public once the letter of intent is signed."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from agreements.models import Commitment, FollowUp
from monitoring.models import Observation
from tests.agreements.factories import PartyFactory, VersionFactory
from tests.agreements.helpers import FOUND, LOGIN, NOT_FOUND, S, assert_outcome, log_in, thawed
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.monitoring import conftest as monitoring
from tests.monitoring.conftest import observe
from tests.translated import translated

pytestmark = pytest.mark.django_db
# The monitoring tests' small known region: three municipalities and two indicators.
region = monitoring.region


def follow_up_url(agreement, lang="fi", **query):
    with translation.override(lang):
        url = reverse("agreements:follow-up", kwargs={"slug": agreement.slug})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@pytest.fixture
def followed(agreement, region):
    """A signed agreement whose one commitment is followed by two indicators."""
    version = VersionFactory(agreement=agreement, number=1, status=S.SIGNED)
    rate, unemployed = region["indicators"]
    alfa = region["municipalities"][0]
    party = PartyFactory(
        agreement=agreement,
        actor__slug="kaupunki",
        actor__name_fi="Kaupunki",
        actor__name_sv="Staden",
    )
    for year, value in ((2022, 50), (2023, 55), (2024, 58)):
        observe(rate, year, value)  # the region
    for year, value in ((2022, 300), (2023, 320), (2024, 360)):
        observe(unemployed, year, value, municipality=alfa)
    with thawed(version):
        commitment = Commitment.objects.create(
            version=version,
            party=party,
            **translated(text_fi="Lisää työllisyyttä.", text_sv="Mer sysselsättning."),
        )
        FollowUp.objects.create(
            commitment=commitment, indicator=rate, baseline_year=2022, target_value=60, order=1
        )
        FollowUp.objects.create(
            commitment=commitment,
            indicator=unemployed,
            municipality=alfa,
            baseline_year=2022,
            target_value=250,
            target_year=2029,
            order=2,
        )
    return {"agreement": agreement, "version": version, "commitment": commitment, **region}


def table_rows(html):
    table = html.split('class="responsive-table follow-up-table"')[1].split("</table>")[0]
    return [" ".join(row.split()) for row in table.split("<tr>")[2:]]


def test_each_indicator_shows_its_baseline_latest_figure_target_and_progress(client, followed):
    html = client.get(follow_up_url(followed["agreement"])).content.decode()
    rate, unemployed = table_rows(html)
    assert "Työllisyysaste" in rate and "Pohjanmaa" in rate
    assert "2022: 50,0 %" in rate and "2024: 58,0 %" in rate and "60,0 %" in rate
    assert "Kohti tavoitetta: 80 % matkasta." in rate
    assert "Alfa" in unemployed and "2022: 300 henkilöä" in unemployed
    assert "2024: 360 henkilöä" in unemployed and "250 henkilöä (vuoteen 2029)" in unemployed
    assert "Kauempana tavoitteesta kuin perusvuonna." in unemployed
    # The unemployed are example figures, and the page says so.
    assert "Esimerkkilukuja, ei oikeita tilastoja." in html


def test_an_earlier_year_shows_the_figures_up_to_its_end(client, followed):
    html = client.get(follow_up_url(followed["agreement"], year=2023)).content.decode()
    rate, _unemployed = table_rows(html)
    assert "2023: 55,0 %" in rate and "Kohti tavoitetta: 50 % matkasta." in rate
    # The baseline year itself has nothing to follow up.
    html = client.get(follow_up_url(followed["agreement"], year=2022)).content.decode()
    assert 'role="alert"' in html and "2024: 58,0 %" in table_rows(html)[0]


def test_without_a_figure_after_the_baseline_the_page_says_so(client, followed):
    with thawed(followed["version"]):
        FollowUp.objects.filter(order=1).update(baseline_year=2024)
    html = client.get(follow_up_url(followed["agreement"])).content.decode()
    assert "Perusvuoden jälkeen ei ole vielä lukua." in table_rows(html)[0]


def test_follow_ups_without_any_figures_are_listed_as_waiting_for_them(client, followed):
    Observation.objects.all().delete()
    html = client.get(follow_up_url(followed["agreement"])).content.decode()
    rate, unemployed = table_rows(html)
    assert "2022: ei lukua" in rate and "ei vielä lukua" in rate
    assert "Perusvuodelta ei ole vielä lukua." in unemployed


@pytest.mark.parametrize("year", ["1999", "kaksi", "9" * 40, "\x01"])
def test_a_year_without_figures_is_explained_and_the_latest_shown(client, followed, year):
    response = client.get(follow_up_url(followed["agreement"]), {"year": year})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and "2024: 58,0 %" in html
    assert_valid_html(html)


@pytest.mark.parametrize(
    ("latest", "words"),
    [
        (61, "Tavoite saavutettu."),
        (50, "Ei muutosta perusvuodesta."),
        (45, "Kauempana tavoitteesta kuin perusvuonna."),
    ],
)
def test_progress_is_told_in_words(client, followed, latest, words):
    rate = followed["indicators"][0]
    rate.observations.filter(year=2024).update(value=Decimal(latest))
    assert words in table_rows(client.get(follow_up_url(followed["agreement"])).content.decode())[0]


def test_without_a_baseline_figure_the_page_says_so(client, followed):
    FollowUp.objects.filter(order=1).update(baseline_year=2010)
    html = client.get(follow_up_url(followed["agreement"])).content.decode()
    assert "Perusvuodelta ei ole vielä lukua." in table_rows(html)[0]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_page_is_valid_html_with_headings_in_order(client, followed, lang):
    html = client.get(follow_up_url(followed["agreement"], lang)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    if lang == "sv":
        assert "Årlig uppföljning" in html and "Mer sysselsättning." in html


FOLLOW_UP_MATRIX = {
    # (the agreement in review, sent to the parties, signed)
    "anonymous": (LOGIN, LOGIN, FOUND),
    "outsider": (NOT_FOUND, NOT_FOUND, FOUND),
    "steering": (NOT_FOUND, FOUND, FOUND),
    "partner": (NOT_FOUND, NOT_FOUND, FOUND),
    "coordinator": (NOT_FOUND, FOUND, FOUND),
}


@pytest.mark.parametrize(
    ("who", "status", "expected"),
    [
        pytest.param(who, status, expected, id=f"{who}-{status}")
        for who, row in FOLLOW_UP_MATRIX.items()
        for status, expected in zip((S.IN_REVIEW, S.SENT, S.SIGNED), row, strict=True)
    ],
)
def test_the_follow_up_is_public_once_signed_and_a_preview_before(
    client, agreement, users, who, status, expected
):
    VersionFactory(agreement=agreement, number=1, status=status)
    log_in(client, users[who])
    response = client.get(follow_up_url(agreement))
    assert_outcome(response, expected)
    if expected == FOUND:
        preview = (
            "Esikatselu: aiesopimusta ei ole vielä allekirjoitettu" in response.content.decode()
        )
        assert preview == (status != S.SIGNED)


def test_a_follow_up_names_one_area_and_a_target_after_its_baseline(followed):
    commitment = followed["commitment"]
    rate = followed["indicators"][0]
    alfa, north = followed["municipalities"][0], followed["sub_regions"][0]
    with thawed(followed["version"]):
        FollowUp.objects.filter(commitment=commitment).delete()
        for bad in (
            {"municipality": alfa, "sub_region": north, "baseline_year": 2022},
            {"baseline_year": 2022, "target_year": 2022},
        ):
            with pytest.raises(IntegrityError), transaction.atomic():
                FollowUp.objects.create(
                    commitment=commitment, indicator=rate, target_value=1, **bad
                )


def test_the_page_makes_the_same_number_of_queries_with_more_commitments(
    client, followed, django_assert_max_num_queries
):
    url = follow_up_url(followed["agreement"])
    client.get(url)
    with django_assert_max_num_queries(8), CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    rate = followed["indicators"][0]
    for number in range(2, 6):
        party = PartyFactory(
            agreement=followed["agreement"],
            actor__slug=f"osapuoli-{number}",
            actor__name_fi=f"Osapuoli {number}",
            actor__name_sv="P",
        )
        with thawed(followed["version"]):
            commitment = Commitment.objects.create(
                version=followed["version"], party=party, **translated(text_fi="Sitoumus.")
            )
            FollowUp.objects.create(
                commitment=commitment,
                indicator=rate,
                sub_region=followed["sub_regions"][number % 2],
                baseline_year=2022,
                target_value=70,
            )
    with CaptureQueriesContext(connection) as five:
        client.get(url)
    assert len(five) == len(one)
