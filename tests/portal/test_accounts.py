import pytest

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
