"""A practice's "in use in" list (its list filter, the municipality's page and the gap
ranking read it) follows its adoptions."""

import datetime

import pytest

from tests.networks.factories import MunicipalityFactory
from tests.practices.factories import AdoptionFactory, PracticeFactory

pytestmark = pytest.mark.django_db
LONG_AGO = datetime.date(2020, 1, 1)


def places(practice):
    return set(practice.municipalities.values_list("slug", flat=True))


def test_an_adoption_in_use_puts_its_municipality_on_the_list():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(slug="alfa"))
    assert places(adoption.practice) == {"alfa"}


def test_a_hidden_proposal_does_not():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(slug="alfa"), is_published=False)
    assert places(adoption.practice) == set()


def test_an_adoption_that_ended_takes_its_municipality_off_the_list():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(slug="alfa"))
    adoption.ended_on = LONG_AGO
    adoption.started_on = None
    adoption.save()
    assert places(adoption.practice) == set()


def test_another_adoption_still_in_use_keeps_it_there():
    alfa = MunicipalityFactory(slug="alfa")
    practice = PracticeFactory()
    AdoptionFactory(practice=practice, municipality=alfa)
    AdoptionFactory(practice=practice, municipality=alfa, started_on=None, ended_on=LONG_AGO)
    assert places(practice) == {"alfa"}


def test_moving_an_adoption_moves_the_municipality():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(slug="alfa"))
    adoption.municipality = MunicipalityFactory(slug="beeta")
    adoption.save()
    assert places(adoption.practice) == {"beeta"}


def test_a_municipality_listed_by_hand_stays_when_an_unchecked_proposal_goes():
    practice = PracticeFactory()
    alfa = MunicipalityFactory(slug="alfa")
    practice.municipalities.add(alfa)
    proposal = AdoptionFactory(practice=practice, municipality=alfa, is_published=False)
    proposal.delete()
    assert places(practice) == {"alfa"}


def test_deleting_a_checked_adoption_takes_it_off_unless_another_is_in_use():
    alfa = MunicipalityFactory(slug="alfa")
    beeta = MunicipalityFactory(slug="beeta")
    practice = PracticeFactory()
    only_one = AdoptionFactory(practice=practice, municipality=alfa)
    first, _second = (AdoptionFactory(practice=practice, municipality=beeta) for _ in range(2))
    only_one.delete()
    first.delete()
    assert places(practice) == {"beeta"}


def test_hiding_a_checked_adoption_takes_it_off():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(slug="alfa"))
    adoption.is_published = False
    adoption.save()
    assert places(adoption.practice) == set()
