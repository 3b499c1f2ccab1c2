"""A NUL character in an address, a form or a cookie is refused with 400 on every page: the
databases cannot store it (PostgreSQL refuses it with an error), so it never reaches them."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertInHTML

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/fi/kaytannot/ehdota/vahvista/abc%00def/",
        "/sv/praxis/foresla/bekrafta/abc%00def/",
        "/fi/kaytannot/%00/",
        "/fi/kaytannot/?q=%00",
        "/fi/kaytannot/?%00=1",
        "/fi/toimijat/?q=a%00b",
        "/fi/kattavuus/?sub_region=%00",
        "/fi/haku/?q=%00",
        "/fi/admin/login/?next=%00",
    ],
)
def test_a_nul_in_the_address_is_refused_with_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<h1>" in html


@pytest.mark.parametrize(
    ("language", "heading"), [("fi", "Virheellinen pyyntö"), ("sv", "Felaktig begäran")]
)
def test_the_refusal_is_in_the_language_of_the_address(client, language, heading):
    response = client.get(f"/{language}/?q=%00")
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assertInHTML(f"<h1>{heading}</h1>", html)


def test_the_admin_refuses_a_nul_in_its_filters(client, coordinator):
    client.force_login(coordinator)
    url = reverse("admin:practices_practice_changelist")
    assert client.get(url, {"status": "published"}).status_code == 200
    assert client.get(url + "?status=%00").status_code == 400
    assert client.get(url + "?q=a%00").status_code == 400


def test_a_nul_in_a_posted_form_is_refused(client, coordinator):
    # As a browser sends a form without files: urlencoded.
    response = client.post(
        reverse("admin:login"),
        "username=coordinator%00&password=pw-coordinator",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_nul_in_a_cookie_is_refused(client):
    # A quoted cookie value may spell a NUL as an octal escape; Django reads it as one.
    response = client.get("/fi/", HTTP_COOKIE='sessionid="abcdefgh\\000ijklmnop"')
    assert response.status_code == 400


def test_other_control_characters_still_reach_the_page(client):
    assert client.get("/fi/haku/?q=%01").status_code == 200
