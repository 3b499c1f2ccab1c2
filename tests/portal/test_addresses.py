import pytest
from django.urls import reverse
from django.utils import translation

from portal import addresses


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("view_name", ["networks:actor-detail", "networks:actor-map"])
def test_an_address_by_slug_is_the_one_django_reverses(language, view_name):
    with translation.override(language):
        address_of = addresses.by_slug(view_name)
        for slug in ("vaasan-kaupunki", "a", "te-palvelut-2"):
            assert address_of(slug) == reverse(view_name, kwargs={"slug": slug})
