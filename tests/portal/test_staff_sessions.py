"""Staff sessions end after a working day without activity; activity moves the end on, and
other sessions keep their lifetime."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

pytestmark = pytest.mark.django_db


class Clock:
    """timezone.now() as the test moves it on: the session backends read it too."""

    def __init__(self):
        self.now = timezone.now()

    def advance(self, **delta):
        self.now += datetime.timedelta(**delta)

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(timezone, "now", clock)
    return clock


@pytest.fixture
def admin_index():
    with translation.override("fi"):
        return reverse("admin:index")


def log_in(client, url, username, password):
    response = client.post(url, {"username": username, "password": password})
    assert response.status_code == 302
    return response


def test_a_staff_session_idle_for_a_working_day_is_logged_out(
    client, clock, coordinator, admin_index
):
    log_in(client, "/fi/admin/login/", "coordinator", "pw-coordinator")
    assert client.get(admin_index).status_code == 200
    clock.advance(hours=8, minutes=1)
    response = client.get(admin_index)
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/admin/login/")
    assert "_auth_user_id" not in client.session
    html = client.get(response["Location"]).content.decode()
    assert "Sinut kirjattiin ulos, koska istuntosi oli käyttämättä 8\xa0tuntia." in html


def test_an_active_staff_session_goes_on(client, clock, coordinator, admin_index):
    log_in(client, "/fi/admin/login/", "coordinator", "pw-coordinator")
    for _step in range(4):
        clock.advance(hours=7, minutes=50)
        assert client.get(admin_index).status_code == 200
    assert client.session["_auth_user_id"] == str(coordinator.pk)


def test_the_idle_time_is_configurable(client, clock, coordinator, settings, admin_index):
    settings.STAFF_SESSION_IDLE_MINUTES = 30
    log_in(client, "/fi/accounts/login/", "coordinator", "pw-coordinator")
    clock.advance(minutes=29)
    assert client.get(admin_index).status_code == 200
    clock.advance(minutes=31)
    assert client.get(admin_index).status_code == 302


def test_the_stored_session_and_its_cookie_expire_too_after_twice_the_idle_time(
    client, clock, coordinator
):
    from django.contrib.sessions.models import Session

    log_in(client, "/fi/accounts/login/", "coordinator", "pw-coordinator")
    assert client.cookies["sessionid"]["max-age"] == 16 * 60 * 60
    stored = Session.objects.get(session_key=client.cookies["sessionid"].value)
    assert stored.expire_date == clock.now + datetime.timedelta(hours=16)


def test_the_next_morning_the_coordinator_is_told_why_they_were_logged_out(
    client, clock, coordinator
):
    log_in(client, "/fi/accounts/login/", "coordinator", "pw-coordinator")
    clock.advance(hours=15)
    html = client.get("/fi/", follow=True).content.decode()
    assert "Sinut kirjattiin ulos, koska istuntosi oli käyttämättä 8\xa0tuntia." in html
    assert "Kirjautuneena" not in html


def test_a_members_session_keeps_its_lifetime(client, clock, steering_member):
    log_in(client, "/fi/accounts/login/", "member", "pw-member")
    clock.advance(days=3)
    assert "Kirjautuneena: member" in client.get("/fi/").content.decode()
    clock.advance(days=10)
    assert "Kirjautuneena: member" in client.get("/fi/").content.decode()
