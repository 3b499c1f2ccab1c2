"""A real headless Chromium, driven by Playwright, for what only a browser shows.

Uses Debian's chromium package; where it is missing the browser tests are skipped with a
message, unless REQUIRE_BROWSER is set (as in CI), where a missing browser fails them."""

import os
import shutil

import pytest

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # This machine's network is closed: without these Chromium keeps trying to reach Google.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path():
    return (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if not executable:
        message = (
            "No Chromium found: install it with `sudo apt-get install chromium` "
            "(or set CHROMIUM_PATH) to run the browser tests."
        )
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the Django ORM calls the
    # tests make beside it are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="fi-FI")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe():
    """Runs axe-core (from the axe-playwright-python package) and returns its violations."""
    from axe_playwright_python.sync_playwright import Axe

    runner = Axe()

    def violations(page):
        # axe reads the document it starts on: one still being replaced fails mid-run.
        page.wait_for_load_state()
        results = runner.run(page)
        return [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(str(node["target"]) for node in v["nodes"])
            for v in results.response["violations"]
        ]

    return violations
