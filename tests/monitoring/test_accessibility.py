"""axe-core in a real browser on the monitoring pages, in Finnish and in Swedish, and the
chart as assistive technology meets it: one picture with its name."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/fi/indikaattorit/",
    "/sv/indikatorer/",
    "/fi/indikaattorit/tyollisyysaste-vieraskieliset/",
    "/sv/indikatorer/tyottomat-ulkomaan-kansalaiset/?compare=1&municipality=narpio&sub_region=k5",
    "/fi/indikaattorit/jarjestotoimintaan-osallistuneet/?municipality=helsinki",
    "/fi/kunnat/vaasa/",
    "/sv/kommuner/kaskinen/",
]


@pytest.mark.parametrize("url", PAGES)
def test_monitoring_pages_have_no_accessibility_violations(page, axe, demo_content, url):
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == url[1:3]
    assert axe(page) == []


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/fi/indikaattorit/tyollisyysaste-vieraskieliset/", "Vieraskielisten työllisyysaste"),
        (
            "/sv/indikatorer/vieraskielisten-osuus-vaestosta/",
            "Andelen personer med främmande modersmål",
        ),
    ],
)
def test_the_chart_is_one_named_picture_with_its_description(page, demo_content, url, name):
    page.goto(url)
    chart = page.get_by_role("img", name=name, exact=True)
    assert chart.count() == 1
    description = chart.get_attribute("aria-describedby")
    assert "2019" in page.locator(f"#{description}").text_content()


def test_areas_are_chosen_with_the_keyboard_and_the_form_without_javascript(
    browser, live_server, demo_content
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    keyboard_page = context.new_page()
    keyboard_page.goto("/fi/indikaattorit/tyollisyysaste-vieraskieliset/")
    keyboard_page.get_by_label("Vaasa", exact=True).focus()
    keyboard_page.keyboard.press("Space")
    keyboard_page.get_by_role("button", name="Näytä").press("Enter")
    keyboard_page.wait_for_url("**municipality=vaasa**")
    assert keyboard_page.get_by_role("columnheader", name="Vaasa", exact=True).count() == 1
    context.close()


def test_the_admin_import_pages_have_no_accessibility_violations(
    page, axe, demo_content, coordinator
):
    page.goto("/sv/accounts/login/")
    page.get_by_label("Användarnamn").fill("coordinator")
    page.get_by_label("Lösenord").fill("pw-coordinator")
    page.get_by_role("button", name="Logga in").click()
    for url in (
        "/sv/admin/monitoring/observation/import/",
        "/fi/admin/monitoring/observation/import/format/",
    ):
        page.goto(url)
        assert axe(page) == [], url
