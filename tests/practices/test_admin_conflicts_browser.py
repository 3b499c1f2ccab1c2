"""Two coordinators in real browsers: the one refused sees the other's change inside the
language tab it belongs to, and a text whose line breaks the browser sent as CRLF does not
count as changed by anyone."""

import pytest
from django.urls import reverse

from practices.models import Practice
from tests.practices.factories import PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def logged_in(browser, live_server, username, password):
    context = browser.new_context(base_url=live_server.url, locale="fi-FI")
    page = context.new_page()
    page.goto("/fi/accounts/login/")
    page.get_by_label("Käyttäjätunnus").fill(username)
    page.get_by_label("Salasana").fill(password)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url("**/fi/")
    return page


def test_the_refused_coordinator_sees_the_change_in_its_language_tab(
    browser, live_server, coordinator, django_user_model
):
    other = django_user_model.objects.create_user("toinen", password="pw-toinen", is_staff=True)
    other.groups.set(coordinator.groups.all())
    practice = PracticeFactory(
        slug="kielikahvila",
        summary_sv="Gammal sammanfattning.",
        description_fi="Ensimmäinen kappale.\n\nToinen kappale.",
    )
    url = reverse("admin:practices_practice_change", args=[practice.pk])
    mine = logged_in(browser, live_server, "coordinator", "pw-coordinator")
    theirs = logged_in(browser, live_server, "toinen", "pw-toinen")
    mine.goto(url)
    theirs.goto(url)

    theirs.locator("a[href='#tab_id_summary_sv']").click()
    theirs.locator("#id_summary_sv").fill("Deras sammanfattning.")
    theirs.locator("input[name=_save]").click()
    theirs.wait_for_url("**/practice/")

    mine.locator("#id_cost_fi").fill("Maksuton")
    mine.locator("input[name=_save]").click()
    mine.wait_for_load_state()
    summary = mine.locator(".errorlist.nonfield")
    assert "Tiivistelmä [sv]: ”Gammal sammanfattning.” → ”Deras sammanfattning.”" in (
        summary.text_content()
    )
    # The description's line breaks came back as CRLF: not a change of anyone's.
    assert "Kuvaus" not in summary.text_content()
    tab = mine.locator("li", has=mine.locator("a[href='#tab_id_summary_sv']"))
    assert "ui-tab-has-errors" in tab.get_attribute("class")
    panel = mine.locator("#tab_id_summary_sv")
    assert panel.is_visible()
    assert "Nyt: ”Deras sammanfattning.”" in panel.text_content()
    assert mine.locator("#id_cost_fi").input_value() == "Maksuton"

    # Merged by hand: their summary taken over, this one's cost kept.
    mine.locator("#id_summary_sv").fill("Deras sammanfattning.")
    mine.locator("input[name=_save]").click()
    mine.wait_for_url("**/practice/")
    practice.refresh_from_db()
    assert (practice.summary_sv, practice.cost_fi) == ("Deras sammanfattning.", "Maksuton")
    assert practice.description_fi == "Ensimmäinen kappale.\n\nToinen kappale."
    assert Practice.objects.get(pk=practice.pk).revision == 3
