import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from portal.roles import COORDINATORS, STEERING_GROUP
from tests.demo_snapshot import DemoSnapshot, load_demo
from tests.frozen_versions import empty_agreements_tables

pytest_plugins = ["tests.browser"]


def is_transactional(request):
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def finnish_to_start_with():
    """Each test starts in the default language: a request to a /sv/ address leaves Swedish
    active in the thread after it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_frozen_versions_before_the_flush(request, _django_db_helper):
    """A transactional test ends with a flush, which on SQLite the database may refuse for
    the text of frozen versions (agreements migrations 0002, 0006), and no version goes back
    to draft (0007): the versions go first, then their text. Depending on pytest-django's
    database fixture makes this teardown run before its flush."""
    yield
    if is_transactional(request):
        empty_agreements_tables()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back between tests, the
    local-memory cache is not."""
    cache.clear()


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """The demo's tables, loaded once per test process (SQLite only): see tests/demo_snapshot.py."""
    if connection.vendor != "sqlite":
        return None
    with django_db_blocker.unblock():
        return DemoSnapshot.take()


@pytest.fixture
def demo_content(demo_snapshot, db):
    if demo_snapshot is None or not demo_snapshot.restore():
        load_demo()


@pytest.fixture
def coordinator(db):
    user = get_user_model().objects.create_user(
        "coordinator", "coordinator@example.org", "pw-coordinator", is_staff=True
    )
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user


@pytest.fixture
def steering_member(db):
    user = get_user_model().objects.create_user("member", "member@example.org", "pw-member")
    user.groups.add(Group.objects.get(name=STEERING_GROUP))
    return user
