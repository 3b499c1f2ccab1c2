"""axe-core in a real browser on the network import's admin pages."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_network_import_pages_have_no_accessibility_violations(
    page, axe, small_network, coordinator
):
    page.goto("/sv/accounts/login/")
    page.get_by_label("Användarnamn").fill("coordinator")
    page.get_by_label("Lösenord").fill("pw-coordinator")
    page.get_by_role("button", name="Logga in").click()
    for url in ("/sv/admin/networks/actor/import/", "/fi/admin/networks/actor/import/format/"):
        page.goto(url)
        assert axe(page) == [], url
    # A file with an error: the result lists it, in a table that axe checks too.
    page.goto("/fi/admin/networks/actor/import/")
    page.get_by_label("Tiedostossa on").select_option("ties")
    page.locator("input[type=file]").set_input_files(
        files=[
            {"name": "ties.csv", "mimeType": "text/csv", "buffer": b"source;target;kind\nx;y;z\n"}
        ]
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Tarkista ja tuo").click()
    assert page.get_by_role("alert").count() >= 1
    assert axe(page) == []
