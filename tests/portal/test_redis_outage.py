"""The portal on a Redis of its own that the test stops mid-session: logged-in pages, logins,
comments, proposals and admin saves go on (from the database), the outage is logged once,
and the cache serves again, without what was stale, when Redis returns."""

import logging
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from agreements.models import Comment
from networks.models import Municipality, SubRegion
from practices.models import Practice
from tests.agreements.factories import AgreementFactory, VersionFactory
from tests.agreements.helpers import S, url_of
from tests.practices.factories import PracticeFactory
from tests.practices.test_admin import form_data
from tests.practices.test_proposals import PROPOSE, proposal

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        shutil.which("redis-server") is None,
        reason="redis-server is not installed here (Debian: apt-get install redis-server); "
        "CI has it.",
    ),
]

RETRY_SECONDS = 0.2
OUTAGE_LOGGER = "portal.redis_cache"


class RedisServer:
    """A redis-server on a free port of its own, which keeps its data in `folder` when it is
    stopped with save=True, as a Redis restarted from its dump file does."""

    def __init__(self, folder):
        self.folder = folder
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--dir", str(self.folder), "--dbfilename", "dump.rdb", "--save", ""]
            + ["--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        for _attempt in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self, *, save=False):
        if self.process is None:
            return
        if save:
            redis.Redis(port=self.port).save()
        self.process.terminate()  # Without save points configured, it saves nothing more.
        self.process.wait(timeout=10)
        self.process = None

    def keys(self):
        return redis.Redis(port=self.port).keys("*")


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def on_redis(redis_server):
    """The production cache settings, on the test's own Redis."""
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "portal.redis_cache.FaultTolerantRedisCache",
                "LOCATION": redis_server.url,
                "KEY_PREFIX": "tietopankki-outage-test",
                "OPTIONS": {"RETRY_SECONDS": RETRY_SECONDS},
            }
        },
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        PAGE_CACHE_SECONDS=600,
    ):
        cache.clear()
        yield redis_server


@pytest.fixture
def review(steering_member):
    agreement = AgreementFactory(
        slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )
    return VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)


@pytest.fixture
def municipality(db):
    region = SubRegion.objects.create(slug="seutu", name="Seutu", name_fi="Seutu")
    return Municipality.objects.create(
        slug="vaasa", sub_region=region, name="Vaasa", name_fi="Vaasa"
    )


def log_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def wait_for_retry():
    time.sleep(RETRY_SECONDS * 2)


def outage_records(caplog):
    return [record for record in caplog.records if record.name == OUTAGE_LOGGER]


def test_with_redis_stopped_members_log_in_comment_propose_and_coordinators_save(
    client, on_redis, review, steering_member, coordinator, municipality, caplog
):
    caplog.set_level(logging.INFO, logger=OUTAGE_LOGGER)
    page = url_of(review)
    assert log_in(client, "member", "pw-member").status_code == 302
    assert client.get(page).status_code == 200
    assert any(b"sessions.cached_db" in key for key in on_redis.keys())

    on_redis.stop()
    started = time.monotonic()
    # The session from the database: the member is still logged in.
    response = client.get(page)
    assert response.status_code == 200
    assert "Kirjautuneena: member" in response.content.decode()
    section = review.sections.first()
    response = client.post(page, {"section": section.pk, "text": "Kommentti katkon aikana."})
    assert response.status_code == 302
    assert Comment.objects.filter(text="Kommentti katkon aikana.").exists()
    # Logging out and in again; a wrong password is still counted (in the database).
    client.post(reverse("logout"))
    assert log_in(client, "member", "wrong").status_code == 200
    assert log_in(client, "member", "pw-member").status_code == 302
    assert client.get(page).status_code == 200
    # An anonymous visitor's pages and proposal, with its confirmation e-mail.
    visitor = Client()
    assert visitor.get(reverse("practices:list")).status_code == 200
    assert visitor.post(PROPOSE["fi"], proposal([municipality])).status_code == 302
    assert len(mail.outbox) == 1
    # A coordinator saves a practice in the admin, and the public page shows it at once.
    practice = PracticeFactory(slug="katko", status=Practice.Status.PUBLISHED)
    coordinator_client = Client()
    assert log_in(coordinator_client, "coordinator", "pw-coordinator").status_code == 302
    with translation.override("fi"):
        change = reverse("admin:practices_practice_change", args=[practice.pk])
    response = coordinator_client.post(change, form_data(practice, title_fi="Tallennettu katkolla"))
    assert response.status_code == 302
    assert "Tallennettu katkolla" in visitor.get(practice.get_absolute_url()).content.decode()
    # Slower is fine; waiting for a Redis that is not there, request after request, is not.
    assert time.monotonic() - started < 15

    # Logged once for the whole outage, not once per request.
    down = [r for r in outage_records(caplog) if r.levelno >= logging.ERROR]
    assert len(down) == 1
    assert "does not answer" in down[0].getMessage()
    assert "127.0.0.1" in down[0].getMessage()

    on_redis.start()
    wait_for_retry()
    listing = reverse("practices:list")
    assert visitor.get(listing)["X-Page-Cache"] == "miss"
    assert visitor.get(listing)["X-Page-Cache"] == "hit"
    assert client.get(page).status_code == 200
    assert any(b"sessions.cached_db" in key for key in on_redis.keys())
    back = [r for r in outage_records(caplog) if r.levelno == logging.WARNING]
    assert len(back) == 1 and "answers again" in back[0].getMessage()
    assert len(outage_records(caplog)) == 2


def test_a_session_logged_out_during_the_outage_does_not_come_back_with_redis(
    client, on_redis, review, steering_member
):
    """Redis restarted from its dump still holds the session as it was before the logout."""
    page = url_of(review)
    assert log_in(client, "member", "pw-member").status_code == 302
    assert client.get(page).status_code == 200
    old_cookie = client.cookies["sessionid"].value

    on_redis.stop(save=True)
    client.post(reverse("logout"))
    on_redis.start()
    assert any(b"sessions.cached_db" in key for key in on_redis.keys())
    wait_for_retry()

    thief = Client()
    thief.cookies["sessionid"] = old_cookie
    response = thief.get(page)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not any(b"sessions.cached_db" in key for key in on_redis.keys())


def test_a_save_during_the_outage_is_not_hidden_by_a_page_kept_from_before(
    client, on_redis, review
):
    practice = PracticeFactory(
        slug="vanha", status=Practice.Status.PUBLISHED, title_fi="Vanha otsikko"
    )
    url = practice.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    on_redis.stop(save=True)
    practice.title_fi = practice.title = "Uusi otsikko"
    practice.save()
    on_redis.start()
    wait_for_retry()

    assert "Uusi otsikko" in client.get(url).content.decode()


def test_a_redis_that_does_not_answer_holds_no_request_for_long(client, redis_server, db):
    """Not refused but silent (a firewall dropping packets): each process waits for it once
    in RETRY_SECONDS, a second at most, not on every call."""
    settings = {
        "BACKEND": "portal.redis_cache.FaultTolerantRedisCache",
        "LOCATION": redis_server.url,
        "OPTIONS": {"RETRY_SECONDS": 30},
    }
    with override_settings(CACHES={"default": settings}, PAGE_CACHE_SECONDS=600):
        redis_server.process.send_signal(signal.SIGSTOP)  # The port is open; nothing answers.
        try:
            started = time.monotonic()
            for _request in range(5):
                assert client.get(reverse("practices:list")).status_code == 200
            assert time.monotonic() - started < 3
        finally:
            redis_server.process.send_signal(signal.SIGCONT)


def backend_on(server, **options):
    from portal.redis_cache import FaultTolerantRedisCache

    return FaultTolerantRedisCache(
        server.url, {"OPTIONS": {"RETRY_SECONDS": RETRY_SECONDS, **options}}
    )


def test_while_redis_is_down_the_cache_answers_as_an_empty_one(redis_server):
    backend = backend_on(redis_server)
    backend.set("kept", 1)
    redis_server.stop()
    assert backend.get("kept") is None and backend.get("kept", "default") == "default"
    assert backend.get_many(["kept", "other"]) == {}
    assert not backend.has_key("kept") and "kept" not in backend
    assert backend.add("new", 1) is False
    assert backend.set("new", 1) is None
    assert backend.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert backend.get_or_set("computed", lambda: "value") == "value"
    with pytest.raises(ValueError):
        backend.incr("kept")
    assert backend.delete("kept") is False
    backend.delete_many(["a", "b"])


def test_beyond_ten_thousand_keys_written_in_an_outage_the_cache_is_emptied(
    redis_server, monkeypatch
):
    from portal import redis_cache

    monkeypatch.setattr(redis_cache, "MAX_KEYS_TO_FORGET", 3)
    backend = backend_on(redis_server)
    backend.set("untouched", 1)
    redis_server.stop(save=True)
    for number in range(4):
        backend.set(f"key-{number}", number)
    redis_server.start()
    assert redis_server.keys()
    wait_for_retry()
    assert backend.get("untouched") is None
    assert redis_server.keys() == []
