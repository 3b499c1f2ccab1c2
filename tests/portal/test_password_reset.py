"""Password reset by e-mail: the whole way through, and what it does to the login limits."""

import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db

THROTTLED = "Liian monta epäonnistunutta kirjautumisyritystä"


def ask_for_reset(client, email, address="192.0.2.1", language="fi"):
    return client.post(
        f"/{language}/accounts/password_reset/", {"email": email}, REMOTE_ADDR=address
    )


def reset_link(message):
    return re.search(r"https?://testserver(/\S+/accounts/reset/\S+/)", message.body).group(1)


def set_new_password(client, link, password):
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    return client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
    )


def test_a_member_resets_the_password_from_the_emailed_link(client, steering_member):
    response = ask_for_reset(client, "member@example.org")
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    response = set_new_password(client, reset_link(mail.outbox[0]), "Uusi-salasana-2027")
    assert response.status_code == 302
    response = client.post(
        "/fi/accounts/login/", {"username": "member", "password": "Uusi-salasana-2027"}
    )
    assert response.status_code == 302


def test_a_reset_lets_the_owner_past_the_failures_counted_for_the_username(client, steering_member):
    for number in range(5):
        client.post(
            "/fi/accounts/login/",
            {"username": "member", "password": "wrong"},
            REMOTE_ADDR=f"203.0.113.{number}",
        )
    response = client.post("/fi/accounts/login/", {"username": "member", "password": "pw-member"})
    assert THROTTLED in response.content.decode()
    ask_for_reset(client, "member@example.org")
    set_new_password(client, reset_link(mail.outbox[0]), "Uusi-salasana-2027")
    response = client.post(
        "/fi/accounts/login/", {"username": "member", "password": "Uusi-salasana-2027"}
    )
    assert response.status_code == 302
