import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from portal.roles import COORDINATORS, STEERING_GROUP

pytest_plugins = ["tests.browser"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database is rolled back between tests, the
    local-memory cache is not."""
    cache.clear()


@pytest.fixture
def demo_content(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


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
