"""axe-core in a real browser: the pages must have no violations in either language."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_home_page_has_no_accessibility_violations(page, axe, demo_content, language):
    page.goto(f"/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    assert axe(page) == []


@pytest.mark.parametrize(
    "url",
    [
        "/fi/haku/?q=vaasa",
        "/sv/sok/?q=vasa",
        "/fi/kunnat/",
        "/sv/kommuner/vaasa/",
        "/fi/saavutettavuus/",
        "/fi/saavutettavuus/palaute/",
        "/sv/tillganglighet/respons/",
        "/sv/dataskydd/",
        "/fi/avoin-data/",
        "/sv/accounts/login/",
        "/fi/ei-ole/",
    ],
)
def test_foundation_pages_have_no_accessibility_violations(page, axe, demo_content, url):
    page.goto(url)
    assert axe(page) == []


def test_skip_link_is_first_on_the_keyboard_and_moves_focus_to_main(page):
    page.goto("/fi/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Siirry sisältöön"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_page_works_on_a_phone_without_sideways_scrolling(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.goto("/sv/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_axe_check_reports_a_real_violation(page, axe):
    """Guards the check itself: an image without a text alternative must be reported."""
    page.goto("/fi/")
    page.evaluate(
        "document.querySelector('main').appendChild(document.createElement('img')).src = 'x.png'"
    )
    assert any(violation.startswith("image-alt") for violation in axe(page))
