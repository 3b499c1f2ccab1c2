"""Whole anonymous pages from the shared cache, and never a stale one after an edit."""

import os

import pytest
from django.core.cache.backends.redis import RedisCache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from networks.models import Actor, Tie
from portal import caching
from practices.models import Practice, Theme

pytestmark = pytest.mark.django_db
REDIS_URL = os.environ.get("REDIS_URL")

with_page_cache = override_settings(PAGE_CACHE_SECONDS=600)


def practice(demo):
    return Practice.objects.published().order_by("pk").first()


@with_page_cache
def test_an_anonymous_page_is_served_again_from_the_cache_without_the_database(
    client, demo_content, django_assert_num_queries
):
    url = reverse("practices:list")
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    # Downstream caches must not give a logged-in visitor's page to others, nor the reverse.
    assert "Cookie" in again["Vary"]
    assert not again.cookies


@with_page_cache
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_coordinators_save_shows_at_once_in_the_cached_page(client, demo_content, language):
    item = practice(demo_content)
    with translation.override(language):
        url = item.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    setattr(item, f"title_{language}", "Uusi otsikko – Ny rubrik")
    item.save()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Uusi otsikko – Ny rubrik" in response.content.decode()


@with_page_cache
def test_a_changed_link_between_records_clears_the_cache_too(client, demo_content):
    item = practice(demo_content)
    theme = Theme.objects.create(slug="uusi", name="Uusi teema", name_fi="Uusi teema")
    url = item.get_absolute_url()
    client.get(url)
    item.themes.add(theme)
    assert "Uusi teema" in client.get(url).content.decode()


@with_page_cache
def test_logged_in_users_never_get_nor_leave_a_cached_page(client, demo_content, coordinator):
    url = reverse("practices:list")
    client.force_login(coordinator)
    first = client.get(url)
    assert "X-Page-Cache" not in first
    anonymous = Client()
    response = anonymous.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "coordinator" not in response.content.decode()
    assert "X-Page-Cache" not in client.get(url)


@with_page_cache
def test_a_page_with_a_form_token_is_never_stored(client, demo_content):
    url = reverse("practices:propose")
    for _ in range(2):
        response = client.get(url)
        assert "X-Page-Cache" not in response
        assert "csrftoken" in response.cookies


@with_page_cache
def test_the_network_map_is_recomputed_when_a_tie_is_saved(client, demo_content):
    url = reverse("networks:map")
    client.get(url)
    source, target = Actor.objects.order_by("pk")[:2]
    Tie.objects.filter(source=source, target=target).delete()
    Tie.objects.create(source=source, target=target, kind=Tie.Kind.FUNDS, strength=3)
    assert f'data-tie="{source.pk}-{target.pk}-funds"' in client.get(url).content.decode()


def test_a_practice_edit_leaves_the_network_map_cached_and_a_tie_edit_does_not(
    client, demo_content, django_assert_max_num_queries
):
    url = reverse("networks:map")
    client.get(url)
    item = practice(demo_content)
    item.title_fi = "Toinen otsikko"
    item.save()
    # The form's three lists of options; the map, its analysis and tables come from the cache.
    with django_assert_max_num_queries(3):
        client.get(url)
    source, target = Actor.objects.order_by("pk")[:2]
    Tie.objects.filter(source=source, target=target).delete()
    with django_assert_max_num_queries(10) as queries:
        client.get(url)
    assert len(queries) > 3


@with_page_cache
def test_pages_are_served_when_the_cache_does_not_answer(client, demo_content, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionError("no cache")

    monkeypatch.setattr(caching.cache, "get_many", refuse)
    for url in (reverse("practices:list"), reverse("networks:map")):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response


@pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL is not set: no Redis to talk to.")
def test_an_edit_on_one_app_server_is_seen_by_the_other_at_once(settings):
    """Two app servers are two cache clients of the same Redis: what one stores the other
    serves, until a save on either moves the shared generation on."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tietopankki-test-page-cache",
        }
    }
    other_server = RedisCache(REDIS_URL, {"KEY_PREFIX": "tietopankki-test-page-cache"})
    key = caching.key_for("probe", os.getpid())
    generation, _value = caching.lookup(key)
    caching.store(key, generation, "old text")
    stored = other_server.get(key)
    counters = [caching.generation_key(app) for app in caching.GENERATIONS]
    assert stored == (tuple(other_server.get(counter) for counter in counters), "old text")
    caching.content_changed("practices")
    assert caching.lookup(key)[1] is None
    assert tuple(other_server.get(counter) for counter in counters) != generation


@pytest.fixture
def keys_written(monkeypatch):
    """Every key the cache is asked to keep, whoever asks (the page cache, the parts)."""
    written = set()
    for method in ("set", "add", "set_many"):
        original = getattr(caching.cache, method)

        def spy(key, *args, original=original, **kwargs):
            written.update(key if isinstance(key, dict) else [key])
            return original(key, *args, **kwargs)

        monkeypatch.setattr(caching.cache, method, spy)
    return written


@with_page_cache
def test_a_flood_of_unknown_parameters_leaves_the_cache_as_small_as_one_request(
    client, demo_content, keys_written
):
    """500 anonymous requests with a random parameter added 538 keys to Redis: the page
    and its parts (the list's results and filters) were kept for each."""
    for url_name in ("practices:list", "networks:map", "portal:search"):
        url = reverse(url_name)
        assert client.get(url).status_code == 200
        after_one = len(keys_written)
        for number in range(40):
            response = client.get(f"{url}?utm_source=x{number}&fbclid={number}")
            assert response.status_code == 200
            assert "X-Page-Cache" not in response
        assert len(keys_written) == after_one, url_name


@with_page_cache
def test_a_page_with_unknown_parameters_is_still_answered_in_full(client, demo_content):
    url = reverse("practices:list")
    clean = client.get(url, {"theme": "tyollisyys"}).content.decode()
    junk = client.get(url, {"theme": "tyollisyys", "junk": "1"}).content.decode()
    assert junk.count('class="practice-result') == clean.count('class="practice-result') > 0


def page_of(name, **kwargs):
    return lambda: reverse(name, kwargs=kwargs)


PAGES_WITH_THEIR_PARAMETERS = [
    (page_of("practices:list"), {"q": "työ", "theme": "tyollisyys", "sort": "title"}),
    (page_of("practices:list"), {"page": "1"}),
    (page_of("practices:export-csv"), {"theme": "tyollisyys"}),
    (page_of("practices:source-list"), {"q": "laki", "page": "1"}),
    (page_of("networks:actor-list"), {"q": "kaupunki", "page": "1"}),
    (
        page_of("networks:map"),
        {"year": "2024", "path": "aikuiset", "sub_region": "", "network": ""},
    ),
    (page_of("networks:coverage"), {"year": "2024", "path": "aikuiset", "sub_region": ""}),
    (page_of("networks:coverage-csv"), {"path": "aikuiset"}),
    (page_of("networks:path-detail", slug="aikuiset"), {"year": "2024"}),
    (page_of("portal:search"), {"q": "kieli"}),
    (page_of("practices:compare"), {"p": ["x", "y"]}),
    (page_of("practices:propose-thanks"), {"step": "confirm"}),
    (
        page_of("monitoring:indicator-detail", slug="tyollisyysaste-vieraskieliset"),
        {"compare": "", "sub_region": "k5", "municipality": "vaasa"},
    ),
]


@with_page_cache
def test_the_parameters_a_page_reads_are_still_cached(client, demo_content):
    for url, params in PAGES_WITH_THEIR_PARAMETERS:
        first = client.get(url(), params)
        assert first.status_code == 200, (url(), params)
        assert first["X-Page-Cache"] == "miss", (url(), params)
        assert client.get(url(), params)["X-Page-Cache"] == "hit", (url(), params)


@with_page_cache
def test_a_review_comment_leaves_the_practice_pages_cached_and_expires_the_others(
    client, demo_content, coordinator
):
    """The review's discussion has its generation: the practices and networks show signed
    commitments but never comments, so a comment on a draft does not make every practice
    page be drawn again."""
    from agreements.models import Comment, Version

    practice_url = practice(demo_content).get_absolute_url()
    actor_url = Actor.objects.order_by("pk").first().get_absolute_url()
    home_url = reverse("portal:home")  # It shows every app's content.
    for url in (practice_url, actor_url, home_url):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
    version = Version.objects.filter(sections__isnull=False).order_by("pk").first()
    Comment.objects.create(
        version=version, section=version.sections.first(), author=coordinator, text="Hyvä."
    )
    assert client.get(practice_url)["X-Page-Cache"] == "hit"
    assert client.get(actor_url)["X-Page-Cache"] == "hit"
    assert client.get(home_url)["X-Page-Cache"] == "miss"


def test_a_review_comment_leaves_the_practices_cached_part_in_place(
    client, demo_content, coordinator, django_assert_max_num_queries
):
    """The practice page's record below its title is a cached part for every reader; a
    comment on the letter of intent is not in it, so it is not drawn again."""
    from agreements.models import Comment, Version

    url = practice(demo_content).get_absolute_url()
    client.get(url)
    version = Version.objects.filter(sections__isnull=False).order_by("pk").first()
    Comment.objects.create(
        version=version, section=version.sections.first(), author=coordinator, text="Hyvä."
    )
    # The practice alone: its record comes from the cache (ten queries when drawn).
    with django_assert_max_num_queries(1):
        assert client.get(url).status_code == 200
