"""Login is throttled against password guessing, on the portal's login page and the admin's."""

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db

THROTTLED = {
    "fi": "Liian monta epäonnistunutta kirjautumisyritystä",
    "sv": "För många misslyckade inloggningsförsök",
}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def fail(client, url, username, times, address="192.0.2.1"):
    for _attempt in range(times):
        response = client.post(
            url, {"username": username, "password": "wrong"}, REMOTE_ADDR=address
        )
        assert response.status_code == 200


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_after_five_failures_even_the_right_password_is_refused(client, steering_member, language):
    url = f"/{language}/accounts/login/"
    fail(client, url, "member", 5)
    response = client.post(
        url, {"username": "member", "password": "pw-member"}, REMOTE_ADDR="192.0.2.1"
    )
    assert response.status_code == 200
    assert THROTTLED[language] in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_four_failures_still_let_the_right_password_in(client, steering_member):
    fail(client, "/fi/accounts/login/", "member", 4)
    response = client.post("/fi/accounts/login/", {"username": "member", "password": "pw-member"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(steering_member.pk)


def test_the_limit_counts_the_username_whatever_its_case(client, steering_member):
    fail(client, "/fi/accounts/login/", "MEMBER", 5)
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member"},
        REMOTE_ADDR="192.0.2.1",
    )
    assert THROTTLED["fi"] in response.content.decode()


def test_one_address_guessing_many_accounts_is_stopped(client, steering_member):
    for number in range(20):
        fail(client, "/fi/accounts/login/", f"guess{number}", 1, address="198.51.100.7")
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member"},
        REMOTE_ADDR="198.51.100.7",
    )
    assert THROTTLED["fi"] in response.content.decode()
    # Another address is not affected.
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member"},
        REMOTE_ADDR="198.51.100.8",
    )
    assert response.status_code == 302


def test_the_admin_login_is_throttled_too(client, coordinator):
    fail(client, "/fi/admin/login/", "coordinator", 5)
    response = client.post(
        "/fi/admin/login/",
        {"username": "coordinator", "password": "pw-coordinator"},
        REMOTE_ADDR="192.0.2.1",
    )
    assert response.status_code == 200
    assert THROTTLED["fi"] in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_account_guessed_at_from_many_addresses_is_stopped_after_five(client, steering_member):
    for number in range(5):
        fail(client, "/fi/accounts/login/", "member", 1, address=f"198.18.0.{number}")
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member"},
        REMOTE_ADDR="192.0.2.45",
    )
    assert THROTTLED["fi"] in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_forty_nine_forged_addresses_do_not_buy_forty_nine_guesses(
    client, steering_member, settings
):
    """As the probe found it: behind a trusted proxy (one hop), each guess forges a new
    X-Forwarded-For. The account's own limit holds whatever the address."""
    settings.TRUSTED_PROXY_HOPS = 1
    refused = 0
    for number in range(49):
        response = client.post(
            "/fi/accounts/login/",
            {"username": "member", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
        refused += THROTTLED["fi"] in response.content.decode()
    assert refused == 44
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.200",
    )
    assert THROTTLED["fi"] in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_address_limit_counts_the_address_the_proxy_appended(client, settings):
    """A guesser behind the proxy prepends forged entries; the proxy's own entry counts."""
    settings.TRUSTED_PROXY_HOPS = 1
    for number in range(20):
        client.post(
            "/fi/accounts/login/",
            {"username": f"guess{number}", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 198.51.100.7",
        )
    response = client.post(
        "/fi/accounts/login/",
        {"username": "someone", "password": "wrong"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="192.0.2.200, 198.51.100.7",
    )
    assert THROTTLED["fi"] in response.content.decode()
    response = client.post(
        "/fi/accounts/login/",
        {"username": "someone", "password": "wrong"},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.7, 198.51.100.8",
    )
    assert THROTTLED["fi"] not in response.content.decode()


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (0, "6.6.6.6, 192.0.2.7", "10.0.0.1"),
        (1, "6.6.6.6, 192.0.2.7", "192.0.2.7"),
        (1, "", "10.0.0.1"),
        (2, "6.6.6.6, 192.0.2.7, 10.0.0.9", "192.0.2.7"),
        (2, "192.0.2.7", "192.0.2.7"),
        (1, " 6.6.6.6 ,, 192.0.2.7 ", "192.0.2.7"),
    ],
)
def test_the_address_is_the_one_the_nearest_trusted_proxy_appended(
    settings, rf, hops, forwarded, expected
):
    from portal.ratelimit import client_ip

    settings.TRUSTED_PROXY_HOPS = hops
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_the_readme_states_the_limits_the_code_applies():
    from pathlib import Path

    from portal.login_throttle import FAILURES_PER_ADDRESS, FAILURES_PER_USERNAME, WINDOW_MINUTES

    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text().split())
    assert (
        f"after {FAILURES_PER_USERNAME.limit} failed attempts for a username, whatever the "
        f"address, or {FAILURES_PER_ADDRESS.limit} from one address, within {WINDOW_MINUTES} "
        "minutes"
    ) in readme
    assert "`DJANGO_TRUSTED_PROXY_HOPS`" in readme


def test_the_cache_keys_cannot_be_turned_back_into_an_address(settings):
    from portal.login_throttle import FAILURES_PER_ADDRESS

    key = FAILURES_PER_ADDRESS.key("192.0.2.1")
    settings.SECRET_KEY = "another-secret-key-" + "x" * 40
    assert FAILURES_PER_ADDRESS.key("192.0.2.1") != key
    assert "192.0.2.1" not in key


def test_the_limits_hold_when_the_cache_does_not_answer(client, steering_member, monkeypatch):
    """The counts are in the database: a cache that is down neither breaks the login nor
    lifts the limit."""
    from django.core.cache import cache as shared_cache

    def refuse(*args, **kwargs):
        raise ConnectionError("the cache is down")

    for method in ("get", "get_many", "set", "add", "incr", "delete", "has_key"):
        monkeypatch.setattr(shared_cache, method, refuse)
    fail(client, "/fi/accounts/login/", "member", 5)
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member"},
        REMOTE_ADDR="192.0.2.1",
    )
    assert response.status_code == 200
    assert THROTTLED["fi"] in response.content.decode()


def test_a_window_that_has_passed_is_forgotten(client, steering_member, monkeypatch):
    import datetime

    from django.utils import timezone

    from portal.models import AttemptCount

    fail(client, "/fi/accounts/login/", "member", 5)
    assert AttemptCount.objects.exists()
    later = timezone.now() + datetime.timedelta(minutes=16)
    monkeypatch.setattr(timezone, "now", lambda: later)
    fail(client, "/fi/accounts/login/", "someone-else", 1, address="192.0.2.99")
    # Only the new attempt's counts are left; the member may log in again.
    assert AttemptCount.objects.exists()
    assert not AttemptCount.objects.filter(expires_at__lte=later).exists()
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member"},
        REMOTE_ADDR="192.0.2.1",
    )
    assert response.status_code == 302
