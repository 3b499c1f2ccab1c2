import pytest

from tests.html_elements import element, elements

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading", "username_label"),
    [("fi", "Kirjaudu sisään", "Käyttäjätunnus"), ("sv", "Logga in", "Användarnamn")],
)
def test_login_page_is_in_both_languages(client, language, heading, username_label):
    html = client.get(f"/{language}/accounts/login/").content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert username_label in html
    assert 'for="id_username"' in html


def test_member_logs_in_and_out(client, steering_member):
    response = client.post(
        "/fi/accounts/login/",
        {"username": "member", "password": "pw-member", "next": "/fi/kunnat/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/fi/kunnat/"
    assert "Kirjautuneena: member" in client.get("/fi/").content.decode()
    response = client.post("/fi/accounts/logout/")
    assert response.status_code == 302
    assert "Kirjautuneena" not in client.get("/fi/").content.decode()


def test_wrong_password_is_explained_and_username_kept(client, steering_member):
    response = client.post("/sv/accounts/login/", {"username": "member", "password": "wrong"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'value="member"' in html


@pytest.mark.parametrize(
    ("language", "heading"), [("fi", "Vaihda salasana"), ("sv", "Byt lösenord")]
)
def test_password_change_page_is_in_both_languages(client, steering_member, language, heading):
    client.force_login(steering_member)
    html = client.get(f"/{language}/accounts/password_change/").content.decode()
    assert f"<h1>{heading}</h1>" in html


def test_password_change_requires_login(client):
    response = client.get("/fi/accounts/password_change/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/login/")


def test_the_login_page_offers_no_login_link_of_its_own(client):
    """Its address would nest in the link's again on every click."""
    html = client.get("/fi/accounts/login/", {"next": "/fi/"}).content.decode()
    header = element(html, "header")
    assert elements(header, "a", "Kirjaudu sisään") == []
    page = client.get("/fi/kaytannot/").content.decode()
    assert element(page, "a", href="/fi/accounts/login/?next=/fi/kaytannot/") is not None


def test_switching_language_on_the_login_page_returns_in_the_chosen_language(client):
    html = client.get("/fi/accounts/login/", {"next": "/fi/kaytannot/"}).content.decode()
    switch = element(html, "nav", class_="language-switch")
    assert "/sv/accounts/login/?next=/sv/praxis/" in [
        link.get("href") for link in elements(switch, "a")
    ]
