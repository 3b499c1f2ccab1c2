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


def test_one_address_gets_at_most_three_reset_emails_an_hour(client, steering_member):
    """Eight requests in a row sent eight e-mails. Over the limit the visitor sees the same
    page as always, and no e-mail goes out."""
    for number in range(8):
        response = ask_for_reset(client, "member@example.org", address=f"198.51.100.{number}")
        assert response.status_code == 302
        assert response["Location"] == "/fi/accounts/password_reset/done/"
    assert len(mail.outbox) == 3
    assert {tuple(message.to) for message in mail.outbox} == {("member@example.org",)}


def test_one_visitor_gets_at_most_ten_reset_emails_sent_an_hour(client, db):
    from django.contrib.auth import get_user_model

    for number in range(12):
        get_user_model().objects.create_user(f"user{number}", f"user{number}@example.org", "pw")
    for number in range(12):
        response = ask_for_reset(client, f"user{number}@example.org", address="198.51.100.7")
        assert response["Location"] == "/fi/accounts/password_reset/done/"
    assert len(mail.outbox) == 10
    ask_for_reset(client, "user11@example.org", address="198.51.100.8")
    assert len(mail.outbox) == 11


def test_the_limits_count_addresses_without_an_account_alike(client, steering_member):
    """Whether an account has the address makes no difference to what is counted or shown."""
    answers = [
        ask_for_reset(client, email, address="198.51.100.9")
        for email in ["nobody@example.org"] * 4 + ["member@example.org"] * 4
    ]
    assert {answer["Location"] for answer in answers} == {"/fi/accounts/password_reset/done/"}
    assert len(mail.outbox) == 3
    done = client.get("/fi/accounts/password_reset/done/").content.decode()
    assert "Jos osoitteella on käyttäjätunnus, linkki uuden salasanan" in done


def test_the_limits_hold_behind_a_proxy_whatever_the_visitor_forges(client, db, settings):
    from django.contrib.auth import get_user_model

    settings.TRUSTED_PROXY_HOPS = 1
    for number in range(12):
        get_user_model().objects.create_user(f"user{number}", f"user{number}@example.org", "pw")
        client.post(
            "/fi/accounts/password_reset/",
            {"email": f"user{number}@example.org"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 198.51.100.7",
        )
    assert len(mail.outbox) == 10
