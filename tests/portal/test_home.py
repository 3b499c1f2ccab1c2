import pytest

from portal.models import Page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "title"),
    [("fi", "Kotoutumisen tietopankki"), ("sv", "Kunskapsbanken för integration")],
)
def test_home_says_what_the_portal_is_for_in_each_language(client, language, title):
    html = client.get(f"/{language}/").content.decode()
    assert f'<h1 lang="{language}">{title}</h1>' in html


def test_home_text_edited_in_the_admin_is_shown(client, coordinator):
    client.force_login(coordinator)
    home = Page.objects.get(key=Page.Key.HOME)
    response = client.post(
        f"/fi/admin/portal/page/{home.pk}/change/",
        {
            "title_fi": "Uusi otsikko",
            "title_sv": "Ny rubrik",
            "lead_fi": "Uusi johdanto.",
            "lead_sv": "Ny ingress.",
            "body_fi": "- ensimmäinen\n- toinen",
            "body_sv": "",
        },
    )
    assert response.status_code == 302
    client.logout()
    html = client.get("/fi/").content.decode()
    assert "Uusi otsikko" in html and "Uusi johdanto." in html
    assert "<li>ensimmäinen</li>" in html
    assert "Ny ingress." in client.get("/sv/").content.decode()


def test_home_leads_to_the_parts_of_the_portal(client):
    html = client.get("/fi/").content.decode()
    assert 'href="/fi/kunnat/"' in html


def test_footer_links_to_accessibility_statement_and_privacy_notice(client):
    html = client.get("/sv/").content.decode()
    assert '<a href="/sv/tillganglighet/">Tillgänglighetsutlåtande</a>' in html
    assert '<a href="/sv/dataskydd/">Dataskyddsbeskrivning</a>' in html


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/fi/saavutettavuus/", "Saavutettavuusseloste"),
        ("/sv/tillganglighet/", "Tillgänglighetsutlåtande"),
        ("/fi/tietosuoja/", "Tietosuojaseloste"),
        ("/sv/dataskydd/", "Dataskyddsbeskrivning"),
    ],
)
def test_statement_pages_are_published_in_both_languages(client, url, heading):
    response = client.get(url)
    assert response.status_code == 200
    assert heading in response.content.decode()


def test_home_makes_a_constant_number_of_queries(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get("/fi/")
