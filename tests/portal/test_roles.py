import pytest
from django.contrib.auth.models import Group

from portal.roles import COORDINATORS, STEERING_GROUP

pytestmark = pytest.mark.django_db


def test_migrations_create_both_roles_with_their_permissions():
    coordinators = Group.objects.get(name=COORDINATORS)
    codenames = set(coordinators.permissions.values_list("codename", flat=True))
    assert {"change_page", "add_municipality", "change_subregion"} <= codenames
    # Apps migrated after the roles migration get their permissions too.
    assert {"change_practice", "add_assessment", "change_source"} <= codenames
    assert "add_user" not in codenames
    steering = Group.objects.get(name=STEERING_GROUP)
    assert not steering.permissions.filter(codename="change_page").exists()


def test_coordinator_can_edit_content_in_the_admin(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/fi/admin/networks/municipality/").status_code == 200
    assert client.get("/fi/admin/portal/page/").status_code == 200


def test_coordinator_cannot_manage_user_accounts(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/fi/admin/auth/user/").status_code == 403


def test_steering_group_member_and_anonymous_visitor_are_kept_out_of_admin(client, steering_member):
    response = client.get("/fi/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/admin/login/")
    client.force_login(steering_member)
    response = client.get("/fi/admin/networks/municipality/")
    assert response.status_code == 302


def test_tabbed_admin_loads_jquery_ui_from_our_own_static_files(client, coordinator):
    client.force_login(coordinator)
    html = client.get("/fi/admin/portal/page/1/change/").content.decode()
    assert 'src="/static/jquery-ui/jquery-ui.min.js"' in html
    assert "googleapis" not in html
