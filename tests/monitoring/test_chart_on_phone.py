"""On a phone the indicator's chart fits the screen whole, every year to the last one, with
text as large as the page's; wider screens get the wide drawing."""

import pytest

from tests.monitoring.conftest import observe
from tests.practices.factories import url_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ten_years(region):
    rate = region["indicators"][0]
    alfa = region["municipalities"][0]
    for year in range(2015, 2025):
        observe(rate, year, f"{50 + year % 7}.5")
        observe(rate, year, f"{48 + year % 5}.0", municipality=alfa)
    return url_for("monitoring:indicator-detail", slug=rate.slug) + "?compare=1&municipality=alfa"


@pytest.mark.parametrize("width", [320, 375])
def test_on_a_phone_the_whole_chart_is_on_the_screen(browser, live_server, ten_years, width):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}
    )
    page = context.new_page()
    page.goto(ten_years)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    chart = page.get_by_role("img", name="Työllisyysaste", exact=True)
    assert chart.count() == 1
    box = chart.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    last_year = chart.locator("text.x-tick").last
    assert last_year.text_content() == "2024"
    label = last_year.bounding_box()
    assert label["x"] + label["width"] <= width
    # The year labels are as large as the page's small print, not shrunk to a third.
    assert label["height"] >= 11
    context.close()


def test_a_wide_screen_gets_the_wide_drawing(browser, live_server, ten_years):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(ten_years)
    chart = page.get_by_role("img", name="Työllisyysaste", exact=True)
    assert chart.count() == 1
    assert chart.get_attribute("viewBox").startswith("0 0 760 ")
    assert chart.locator("text.x-tick").count() == 10
    context.close()
