import pytest

from networks.filters import ActorFilter
from networks.models import Actor, Tie
from tests.html_elements import element, elements

pytestmark = pytest.mark.django_db


def names(filterset):
    return sorted(actor.name_fi for actor in filterset.qs)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Kaupunki", "Työnantaja", "Työvoimatoimisto", "Yhdistys"]),
        ({"actor_type": "ngo"}, ["Yhdistys"]),
        ({"municipality": "gamma"}, ["Työnantaja", "Työvoimatoimisto"]),
        ({"path": "tyo"}, ["Kaupunki", "Työvoimatoimisto", "Yhdistys"]),
        ({"language": "sv"}, ["Kaupunki", "Yhdistys"]),
        ({"q": "föreningen"}, ["Yhdistys"]),
        ({"q": "kunnan palvelut"}, ["Kaupunki"]),
        ({"language": "fi", "municipality": "beeta"}, ["Kaupunki", "Työvoimatoimisto"]),
        # A path, a municipality and a language together still list the city once.
        ({"path": "tyo", "municipality": "alfa", "language": "sv"}, ["Kaupunki"]),
    ],
)
def test_filters_narrow_the_directory(small_network, params, expected):
    assert names(ActorFilter(params, queryset=Actor.objects.all())) == expected


def test_stage_filter_finds_actors_with_a_role_at_that_stage(small_network):
    plan = small_network["stages"][1]
    assert names(ActorFilter({"stage": plan.pk}, queryset=Actor.objects.all())) == [
        "Kaupunki",
        "Yhdistys",
    ]


def test_directory_page_lists_filtered_actors_with_count(client, small_network):
    html = client.get("/sv/aktorer/", {"language": "sv"}).content.decode()
    assert "2 aktörer" in html
    assert ">Staden</a>" in html and ">Föreningen</a>" in html
    assert ">Arbetskontoret</a>" not in html


def actor_links(html):
    results = element(html, "ul", class_="result-list actor-list")
    return [link.get("href") for link in elements(results, "a")]


@pytest.mark.parametrize(
    "params",
    [
        {"actor_type": "dragon"},
        {"municipality": "atlantis"},
        {"stage": "not-a-number"},
        {"stage": "99999999999999999999999"},
        {"page": "9999"},
        {"page": "x"},
        {"q": "\x01"},
    ],
)
def test_invalid_filter_values_give_the_page_with_a_message_not_an_error(
    client, small_network, params
):
    response = client.get("/fi/toimijat/", params)
    # A page that does not exist shows the first or the last (portal.pagination).
    assert response.status_code == 200
    if "page" not in params and "q" not in params:
        html = response.content.decode()
        assert "Joitakin rajauksia ei tunnistettu" in html
        # The filter not understood is left out: every actor, as without it.
        everyone = client.get("/fi/toimijat/").content.decode()
        assert actor_links(html) == actor_links(everyone) != []


def test_actor_page_shows_roles_ties_in_and_out_and_networks(client, small_network):
    html = client.get("/fi/toimijat/kaupunki/").content.decode()
    assert "<h1" in html and "Kaupunki</h1>" in html
    assert "Työn polku: Suunnitelma</a>" in html
    assert 'Ohjaa asiakkaita → <a href="/fi/toimijat/toimisto/">Työvoimatoimisto</a>' in html
    assert '<a href="/fi/toimijat/yhdistys/">Yhdistys</a>' in html
    assert "Verkosto</a>" in html


@pytest.mark.parametrize("extra", [0, 25])
def test_actor_pages_make_a_constant_number_of_queries(
    client, small_network, django_assert_num_queries, extra
):
    city = small_network["actors"][0]
    for number in range(extra):
        other = Actor.objects.create(name=f"B{number}", name_fi=f"B{number}", slug=f"b{number}")
        other.languages.set(small_network["languages"])
        Tie.objects.create(source=other, target=city, kind=Tie.Kind.REFERS)
    # …with the practices it adopted and its party's signed commitments.
    with django_assert_num_queries(12):
        client.get("/fi/toimijat/kaupunki/")
    # The count, the filters' four choices, the page of actors and their languages.
    with django_assert_num_queries(7):
        client.get("/fi/toimijat/")


def test_admin_refuses_a_tie_to_the_actor_itself_and_a_duplicate_tie(
    client, coordinator, small_network
):
    city, office = small_network["actors"][:2]
    client.force_login(coordinator)
    form = {
        "name_fi": city.name_fi,
        "name_sv": city.name_sv,
        "slug": city.slug,
        "actor_type": city.actor_type,
        "roles-TOTAL_FORMS": "0",
        "roles-INITIAL_FORMS": "0",
        "ties_out-TOTAL_FORMS": "1",
        "ties_out-INITIAL_FORMS": "0",
        "ties_out-0-target": str(city.pk),
        "ties_out-0-kind": "cooperates",
        "ties_out-0-strength": "2",
    }
    response = client.post(f"/fi/admin/networks/actor/{city.pk}/change/", form)
    assert response.status_code == 200
    assert "Yhteyden on osoitettava toiseen toimijaan." in response.content.decode()

    form["ties_out-0-target"] = str(office.pk)
    form["ties_out-0-kind"] = "refers"
    response = client.post(f"/fi/admin/networks/actor/{city.pk}/change/", form)
    assert response.status_code == 200
    assert "Tämä yhteys on jo kirjattu." in response.content.decode()
    assert Tie.objects.count() == 3


def test_an_actor_whose_role_has_ended_is_not_on_the_path_any_more(small_network):
    import datetime

    from networks.models import Role

    association = small_network["actors"][2]
    Role.objects.filter(actor=association).update(valid_to=datetime.date(2020, 1, 1))
    plan = small_network["stages"][1]
    assert names(ActorFilter({"path": "tyo"}, queryset=Actor.objects.all())) == [
        "Kaupunki",
        "Työvoimatoimisto",
    ]
    assert names(ActorFilter({"stage": plan.pk}, queryset=Actor.objects.all())) == ["Kaupunki"]


def test_the_directory_marks_the_searched_words_in_the_names(client, small_network):
    html = client.get("/sv/aktorer/", {"q": "staden"}).content.decode()
    assert "><mark>Staden</mark></a>" in html
    html = client.get("/sv/aktorer/", {"q": "<b>"}).content.decode()
    assert "<mark>" not in html


def test_a_word_typed_wrong_lists_the_actors_of_the_word_as_written(client, small_network):
    html = client.get("/sv/aktorer/", {"q": "stadne"}).content.decode()
    assert "><mark>Staden</mark></a>" in html
    assert "Inget hittades för ”stadne”." in html
