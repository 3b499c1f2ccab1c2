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


@pytest.mark.parametrize("practice_count", [1, 12])
def test_home_makes_a_constant_number_of_queries(client, django_assert_num_queries, practice_count):
    from practices.models import Practice

    for number in range(practice_count):
        Practice.objects.create(
            title=f"P{number}",
            title_fi=f"P{number}",
            summary="S",
            summary_fi="S",
            slug=f"p{number}",
            status="published",
        )
    with django_assert_num_queries(2):
        client.get("/fi/")


def test_home_shows_the_newest_published_practices_only(client):
    from practices.models import Practice

    Practice.objects.create(
        title="Uusi malli",
        title_fi="Uusi malli",
        title_sv="Ny modell",
        summary="Tiivis.",
        summary_fi="Tiivis.",
        summary_sv="Kort.",
        slug="uusi",
        status="published",
    )
    Practice.objects.create(
        title="Luonnos", title_fi="Luonnos", summary="S", summary_fi="S", slug="luonnos"
    )
    html = client.get("/sv/").content.decode()
    assert '<a href="/sv/praxis/uusi/" lang="sv">Ny modell</a>' in html
    assert "Luonnos" not in html
