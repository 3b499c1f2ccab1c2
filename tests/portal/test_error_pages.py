import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import path
from pytest_django.asserts import assertInHTML

from portal.urls import urlpatterns as portal_urlpatterns

pytestmark = pytest.mark.django_db


def broken_view(request):
    raise RuntimeError("a bug")


def forbidden_view(request):
    raise PermissionDenied


urlpatterns = [
    path("fi/broken/", broken_view),
    path("sv/broken/", broken_view),
    path("fi/forbidden/", forbidden_view),
    path("sv/forbidden/", forbidden_view),
    *portal_urlpatterns,
]
handler500 = "portal.views.server_error"


@pytest.mark.parametrize(
    ("language", "heading"), [("fi", "Sivua ei löytynyt"), ("sv", "Sidan hittades inte")]
)
def test_missing_page_answers_404_in_the_language_of_the_address(client, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assertInHTML(f"<h1>{heading}</h1>", html)


@pytest.mark.parametrize(
    ("language", "heading"), [("fi", "Pääsy estetty"), ("sv", "Åtkomst nekad")]
)
def test_forbidden_page_answers_403_in_the_language_of_the_address(
    client, settings, language, heading
):
    settings.ROOT_URLCONF = __name__
    response = client.get(f"/{language}/forbidden/")
    assert response.status_code == 403
    assertInHTML(f"<h1>{heading}</h1>", response.content.decode())


@pytest.mark.parametrize(
    ("language", "heading"), [("fi", "Jokin meni vikaan"), ("sv", "Något gick fel")]
)
def test_server_error_answers_500_page_in_the_language_of_the_address(settings, language, heading):
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    response = client.get(f"/{language}/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assertInHTML(f"<h1>{heading}</h1>", html)


@pytest.mark.parametrize(
    ("language", "other", "heading"),
    [("fi", "sv", "Lomaketta ei voitu lähettää"), ("sv", "fi", "Formuläret kunde inte skickas")],
)
def test_refused_form_explains_itself_in_the_language_of_the_address(language, other, heading):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{language}/accounts/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assertInHTML(f"<h1>{heading}</h1>", html)
    assert "<style" not in html


def test_language_switch_on_a_missing_page_leads_to_the_other_home_page(client):
    html = client.get("/sv/finns-inte/").content.decode()
    assertInHTML('<a href="/fi/" lang="fi" hreflang="fi">Suomi</a>', html)
