from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

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
