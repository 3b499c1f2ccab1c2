"""One area only: the rule and the names shared by monitoring's observations and the
agreements' follow-ups (networks.areas.InOneArea)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from agreements.models import FollowUp
from monitoring.models import Observation
from networks.areas import InOneArea
from tests.monitoring.conftest import observe

pytestmark = pytest.mark.django_db

BOTH = {
    "fi": "Valitse kunta tai seutu, tai ei kumpaakaan koko maakunnalle: ei molempia yhtä aikaa.",
    "sv": "Välj en kommun eller en region, eller ingendera för hela landskapet: inte båda på "
    "en gång.",
}


@pytest.mark.parametrize("model", [Observation, FollowUp])
def test_both_models_keep_the_one_area_rule_under_their_own_name(model):
    assert issubclass(model, InOneArea)
    names = [constraint.name for constraint in model._meta.constraints]
    assert f"{model._meta.app_label}_{model._meta.model_name}_one_area" in names


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_municipality_and_a_sub_region_at_once_are_refused_in_the_readers_language(region, lang):
    alfa, north = region["municipalities"][0], region["sub_regions"][0]
    observation = Observation(
        indicator=region["indicators"][0], year=2024, value=1, municipality=alfa, sub_region=north
    )
    with translation.override(lang), pytest.raises(ValidationError) as refused:
        observation.validate_constraints()
    assert refused.value.messages == [BOTH[lang]]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_an_area_is_named_and_the_whole_region_when_there_is_none(region, lang):
    rate = region["indicators"][0]
    alfa, north = region["municipalities"][0], region["sub_regions"][0]
    in_alfa = observe(rate, 2024, 60, municipality=alfa)
    in_north = observe(rate, 2024, 61, sub_region=north)
    in_region = observe(rate, 2024, 62)
    assert (in_alfa.area, in_north.area, in_region.area) == (alfa, north, None)
    with translation.override(lang):
        assert in_alfa.area_name == str(alfa)
        assert in_north.area_name == str(north)
        assert in_region.area_name == {"fi": "Pohjanmaa", "sv": "Österbotten"}[lang]
