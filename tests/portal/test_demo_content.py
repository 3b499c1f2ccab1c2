from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

from networks.models import Municipality, SubRegion

pytestmark = pytest.mark.django_db


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_has_the_15_municipalities_with_finnish_and_swedish_names():
    load_demo()
    assert Municipality.objects.count() == 15
    assert SubRegion.objects.count() == 3
    vaasa = Municipality.objects.get(slug="vaasa")
    assert (vaasa.name_fi, vaasa.name_sv) == ("Vaasa", "Vasa")
    assert vaasa.sub_region.name_sv == "Vasaregionen"
    assert not Municipality.objects.filter(name_sv="").exists()


def test_loading_demo_twice_changes_nothing_and_keeps_edits():
    load_demo()
    vaasa = Municipality.objects.get(slug="vaasa")
    vaasa.name_sv = "Vasa stad"
    vaasa.save()
    load_demo()
    assert Municipality.objects.count() == 15
    assert Municipality.objects.get(slug="vaasa").name_sv == "Vasa stad"


def test_demo_users_and_their_credentials_exist_only_in_debug_mode(settings):
    settings.DEMO_USERS_ALLOWED = False
    output = load_demo()
    assert not get_user_model().objects.exists()
    assert "Demo users skipped" in output

    settings.DEMO_USERS_ALLOWED = True
    output = load_demo()
    assert "koordinaattori / demo-koordinaattori" in output
    coordinator = get_user_model().objects.get(username="koordinaattori")
    assert coordinator.check_password("demo-koordinaattori")
    assert coordinator.groups.filter(name="Coordinators").exists()
    member = get_user_model().objects.get(username="ohjausryhma")
    assert member.groups.filter(name="Steering group").exists()
    assert not member.is_staff


def table_sizes():
    """Each table's number of rows and the next number SQLite hands out in it."""
    with connection.cursor() as cursor:
        sizes = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            sizes[table] = cursor.fetchone()[0]
        cursor.execute("SELECT name, seq FROM sqlite_sequence")
        return sizes, dict(cursor.fetchall())


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the copy is kept on SQLite only")
def test_the_demo_copied_into_a_test_is_what_load_demo_writes(demo_snapshot, settings):
    before = table_sizes()
    settings.SIMPLE_HISTORY_ENABLED = False
    load_demo()
    loaded = table_sizes()
    assert demo_snapshot.restore()
    assert table_sizes() == loaded != before
