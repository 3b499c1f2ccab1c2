"""Indicators and observations: the database's rules and the periods' order."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from monitoring.models import Observation
from monitoring.periods import Period, PeriodKind, parse_period
from monitoring.trends import REGION_KEY, area_filter, area_key
from tests.monitoring.conftest import observe

pytestmark = pytest.mark.django_db


def test_an_observation_is_for_a_municipality_or_a_sub_region_not_both(region):
    rate = region["indicators"][0]
    alfa, north = region["municipalities"][0], region["sub_regions"][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        observe(rate, 2024, 60, municipality=alfa, sub_region=north)


@pytest.mark.parametrize("area", ["region", "municipality", "sub_region"])
def test_an_area_has_one_value_of_an_indicator_for_a_period(region, area):
    rate = region["indicators"][0]
    where = {
        "region": {},
        "municipality": {"municipality": region["municipalities"][0]},
        "sub_region": {"sub_region": region["sub_regions"][0]},
    }[area]
    observe(rate, 2024, 60, **where)
    with pytest.raises(IntegrityError), transaction.atomic():
        observe(rate, 2024, 61, **where)
    # Another period, another indicator or another area is a different observation.
    observe(rate, 2023, 61, **where)
    observe(region["indicators"][1], 2024, 5, **where)
    observe(rate, 2024, 55, municipality=region["municipalities"][2])
    assert Observation.objects.count() == 4


def test_the_whole_region_and_its_areas_have_a_value_each_for_the_same_period(region):
    rate = region["indicators"][0]
    observe(rate, 2024, 60)
    observe(rate, 2024, 58, municipality=region["municipalities"][0])
    observe(rate, 2024, 59, sub_region=region["sub_regions"][0])
    assert Observation.objects.count() == 3


@pytest.mark.parametrize(
    ("kind", "month"),
    [(PeriodKind.YEAR, 4), (PeriodKind.QUARTER, 2), (PeriodKind.MONTH, 13), (PeriodKind.MONTH, 0)],
)
def test_a_period_must_start_where_its_kind_starts(region, kind, month):
    with pytest.raises(IntegrityError), transaction.atomic():
        observe(region["indicators"][0], 2024, 60, period_kind=kind, month=month)


def test_the_admin_form_explains_a_repeated_observation_instead_of_failing(region):
    rate = region["indicators"][0]
    observe(rate, 2024, 60)
    repeated = Observation(indicator=rate, year=2024, value=Decimal("61"))
    with pytest.raises(ValidationError) as error, translation.override("fi"):
        repeated.full_clean()
    assert "koko maakunnalla on jo" in str(error.value).casefold()


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2024", Period(2024, 1, PeriodKind.YEAR)),
        (" 2024 ", Period(2024, 1, PeriodKind.YEAR)),
        ("2024-Q2", Period(2024, 4, PeriodKind.QUARTER)),
        ("2024q4", Period(2024, 10, PeriodKind.QUARTER)),
        ("2024 Q1", Period(2024, 1, PeriodKind.QUARTER)),
        ("2024-05", Period(2024, 5, PeriodKind.MONTH)),
        ("2024/5", Period(2024, 5, PeriodKind.MONTH)),
    ],
)
def test_periods_are_read_in_the_documented_forms(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["24", "2024-Q5", "2024-13", "2024-00", "1850", "kevät 2024", ""])
def test_a_text_that_names_no_period_is_refused_with_the_reason(text):
    with pytest.raises(ValueError, match=r"\S"):
        parse_period(text)


def test_observations_come_in_the_order_of_their_periods(region):
    rate = region["indicators"][0]
    for year, month, kind in [(2024, 7, "quarter"), (2023, 1, "year"), (2024, 1, "quarter")]:
        observe(rate, year, 1, month=month, period_kind=kind)
    codes = [o.period.code for o in Observation.objects.chronological()]
    assert codes == ["2023", "2024-Q1", "2024-Q3"]


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("fi", ["2024", "2024, 2. neljännes", "toukokuu 2024"]),
        ("sv", ["2024", "2024, kvartal 2", "maj 2024"]),
    ],
)
def test_periods_are_named_in_the_readers_language(language, labels):
    periods = [parse_period(code) for code in ("2024", "2024-Q2", "2024-05")]
    with translation.override(language):
        assert [period.label() for period in periods] == labels


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_admin_refuses_a_second_value_for_the_same_area_and_period(
    client, coordinator, region, language
):
    rate = region["indicators"][0]
    observe(rate, 2024, 60)
    client.force_login(coordinator)
    with translation.override(language):
        add_url = reverse("admin:monitoring_observation_add")
    assert client.get(add_url).status_code == 200
    data = {"indicator": rate.pk, "year": 2024, "period_kind": "year", "month": 1, "value": "61"}
    response = client.post(add_url, data)
    assert response.status_code == 200
    message = {"fi": "Koko maakunnalla on jo", "sv": "Hela landskapet har redan"}[language]
    assert message in response.content.decode()
    assert Observation.objects.count() == 1


def test_the_area_filter_takes_the_region_and_the_areas_given(region):
    rate = region["indicators"][0]
    alfa, beeta, gamma = region["municipalities"]
    north, south = region["sub_regions"]
    observe(rate, 2023, 1)
    for area in (alfa, beeta, gamma):
        observe(rate, 2023, 2, municipality=area)
    for area in (north, south):
        observe(rate, 2023, 3, sub_region=area)

    def areas(**given):
        return {area_key(o) for o in Observation.objects.filter(area_filter(**given))}

    assert areas() == {REGION_KEY}
    assert areas(municipalities=[alfa, beeta]) == {
        REGION_KEY,
        ("municipality", alfa.pk),
        ("municipality", beeta.pk),
    }
    assert areas(sub_regions=[south]) == {REGION_KEY, ("sub_region", south.pk)}
    assert areas(municipalities=[alfa], sub_regions=[north]) == {
        REGION_KEY,
        ("municipality", alfa.pk),
        ("sub_region", north.pk),
    }
