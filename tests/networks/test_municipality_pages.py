import pytest

from networks.models import Municipality, SubRegion
from tests.practices.factories import AdoptionFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def test_municipality_list_groups_municipalities_by_sub_region(client, demo_content):
    html = client.get("/sv/kommuner/").content.decode()
    assert '<h2 id="sub-region-k5">Kust-Österbotten (K5)</h2>' in html
    assert '<a href="/sv/kommuner/narpio/">Närpes</a>' in html


def test_municipality_page_names_it_in_both_languages(client, demo_content):
    html = client.get("/fi/kunnat/pietarsaari/").content.decode()
    assert "<h1>Pietarsaari</h1>" in html
    assert '<dd lang="sv">Jakobstad</dd>' in html
    assert '<a href="/fi/kunnat/luoto/">Luoto</a>' in html


def test_unknown_municipality_is_404(client):
    assert client.get("/fi/kunnat/helsinki/").status_code == 404


def add_municipalities(count):
    region = SubRegion.objects.create(name="Seutu", name_fi="Seutu", name_sv="Region", slug="s")
    for number in range(count):
        Municipality.objects.create(
            name=f"K{number}",
            name_fi=f"K{number}",
            name_sv=f"K{number}",
            slug=f"k{number}",
            sub_region=region,
        )


@pytest.mark.parametrize("count", [2, 40])
def test_municipality_pages_make_a_constant_number_of_queries(
    client, count, django_assert_num_queries
):
    add_municipalities(count)
    k1 = Municipality.objects.get(slug="k1")
    for number in range(count):
        AdoptionFactory(practice=PracticeFactory(slug=f"p{number}"), municipality=k1)
    with django_assert_num_queries(2):
        client.get("/fi/kunnat/")
    # The fifth: the monitoring figures that the monitoring app adds to the page; then its
    # adoptions, its gaps (the stages; no stage, no count) and the serving parties'
    # commitments.
    with django_assert_num_queries(8):
        client.get("/fi/kunnat/k1/")
