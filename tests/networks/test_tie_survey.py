"""The tie survey: a coordinator sends an actor's organisation a private link, the
organisation answers without an account, and the answer changes the ties and roles only
when a coordinator approves it."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from networks import surveys
from networks.models import Actor, Role, Tie, TieSurvey
from tests.html_checks import unmarked
from tests.html_elements import element, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey_link(small_network, coordinator):
    city = small_network["actors"][0]
    survey, token = surveys.new_survey(
        city, timezone.now() + datetime.timedelta(days=30), coordinator
    )
    return survey, f"/fi/verkostokysely/{token}/"


def answer_form(client, link):
    """The form's fields as a browser would post them, left as they are."""
    html = client.get(link).content.decode()
    data = {}
    for name, value in re.findall(
        r'<input type="radio" name="([^"]+)" value="([^"]+)"[^>]*checked', html
    ):
        data[name] = value
    for name in re.findall(r'<select name="([^"]+)"', html):
        selected = re.search(
            rf'<select name="{name}".*?<option value="([^"]*)"[^>]*selected', html, re.S
        )
        data[name] = selected.group(1) if selected else ""
    return data


def test_a_coordinator_makes_a_survey_and_sends_its_link(client, coordinator, small_network):
    city = small_network["actors"][0]
    client.force_login(coordinator)
    response = client.post(
        "/fi/admin/networks/tiesurvey/add/",
        {
            "actor": city.pk,
            "expires_at_0": "31.12.2099",
            "expires_at_1": "12:00:00",
            "send_to": "kaupunki@example.org",
        },
        follow=True,
    )
    html = response.content.decode()
    links = re.findall(
        r'href="(http://testserver/(?:fi/verkostokysely|sv/natverksenkat)/[^"]+)"', html
    )
    assert len(links) == 2
    survey = TieSurvey.objects.get()
    token = links[0].rstrip("/").rsplit("/", 1)[1]
    assert survey.token_hash == surveys.hashed(token) and token not in survey.token_hash
    assert mail.outbox[0].to == ["kaupunki@example.org"]
    assert links[0] in mail.outbox[0].body and links[1] in mail.outbox[0].body


def test_the_organisation_answers_and_nothing_changes_until_approved(
    client, survey_link, small_network, coordinator
):
    survey, link = survey_link
    city, office, association, employer = small_network["actors"]
    tie = Tie.objects.get(source=city, target=office)
    page = client.get(link)
    assert page["Cache-Control"].count("no-store") == 1 and "private" in page["Cache-Control"]
    assert "Työvoimatoimisto" in page.content.decode()
    data = answer_form(client, link)
    data[f"tie_{tie.pk}"] = "end"
    # The day it ended is missing: refused in words, the choice kept.
    refused = client.post(link, data).content.decode()
    assert "Anna päivä, jolloin se päättyi." in refused
    assert re.search(rf'name="tie_{tie.pk}" value="end"[^>]*checked', refused)
    data[f"tie_{tie.pk}_ended"] = "2025-06-30"
    data["new_tie_1_target"] = str(employer.pk)
    data["new_tie_1_kind"] = "cooperates"
    data["respondent"] = "Kotoutumiskoordinaattori"
    thanks = client.post(link, data)
    assert "vastaukset on vastaanotettu" in thanks.content.decode()
    survey.refresh_from_db()
    assert survey.status == TieSurvey.Status.ANSWERED
    tie.refresh_from_db()
    assert tie.valid_to is None
    assert not Tie.objects.filter(source=city, target=employer).exists()
    # The link answers once.
    assert "on jo lähetetty" in client.get(link).content.decode()

    client.force_login(coordinator)
    change_page = client.get(f"/fi/admin/networks/tiesurvey/{survey.pk}/change/").content.decode()
    assert "Työvoimatoimisto" in change_page and "Kotoutumiskoordinaattori" in change_page
    client.post(
        "/fi/admin/networks/tiesurvey/",
        {"action": "approve", "_selected_action": [survey.pk]},
    )
    tie.refresh_from_db()
    assert tie.valid_to == datetime.date(2025, 6, 30)
    assert Tie.objects.get(source=city, target=employer).kind == "cooperates"
    survey.refresh_from_db()
    assert (survey.status, survey.decided_by) == (TieSurvey.Status.APPROVED, coordinator)


def test_a_rejected_answer_changes_nothing(client, survey_link, small_network, coordinator):
    survey, link = survey_link
    city = small_network["actors"][0]
    role = Role.objects.filter(actor=city, valid_to__isnull=True).first()
    data = answer_form(client, link)
    data[f"role_{role.pk}"] = "end"
    data[f"role_{role.pk}_ended"] = "2025-01-31"
    client.post(link, data)
    client.force_login(coordinator)
    client.post(
        "/fi/admin/networks/tiesurvey/", {"action": "reject", "_selected_action": [survey.pk]}
    )
    role.refresh_from_db()
    assert role.valid_to is None
    survey.refresh_from_db()
    assert survey.status == TieSurvey.Status.REJECTED


def test_an_expired_link_says_so_and_an_unknown_one_is_not_found(client, survey_link):
    survey, link = survey_link
    TieSurvey.objects.filter(pk=survey.pk).update(expires_at=timezone.now())
    response = client.get(link.replace("/fi/", "/sv/").replace("verkostokysely", "natverksenkat"))
    assert response.status_code == 410
    assert "Länken har gått ut" in response.content.decode()
    assert client.get("/fi/verkostokysely/ei-tallaista/").status_code == 404


def test_the_survey_page_is_valid_private_and_keeps_out_of_search_engines(client, survey_link):
    from tests.html_checks import assert_document_structure, assert_valid_html

    survey, link = survey_link
    html = client.get(link).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_survey_page_has_no_accessibility_violations(page, axe, survey_link):
    survey, link = survey_link
    page.goto(link.replace("/fi/verkostokysely/", "/sv/natverksenkat/"))
    assert axe(page) == []
    # The answers left as they are: the thanks page, once the browser has loaded it.
    with page.expect_navigation():
        page.get_by_role("button", name="Skicka svaren").click()
    assert "Tack" in page.locator("main").text_content()
    assert axe(page) == []


def test_the_new_tie_lists_read_the_actors_once_grouped_by_type(client, survey_link):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.networks.factories import ActorFactory

    survey, link = survey_link
    with CaptureQueriesContext(connection) as before:
        client.get(link)
    ActorFactory.create_batch(5, actor_type="ngo")
    with CaptureQueriesContext(connection) as after:
        html = client.get(link).content.decode()
    actor_reads = [q for q in after.captured_queries if 'FROM "networks_actor"' in q["sql"]]
    # The other actors, once for the three new-tie rows (the survey reads its own with it).
    assert len(actor_reads) == 1
    assert len(after) == len(before)
    first_select = re.search(r'<select name="new_tie_1_target".*?</select>', html, re.S).group()
    assert '<optgroup label="Järjestö tai yhdistys">' in first_select
    # Every other actor, and the empty choice.
    assert first_select.count("<option") == Actor.objects.count()


def test_the_survey_marks_the_respondents_name_for_browsers_to_fill_in(client, survey_link):
    _survey, link = survey_link
    html = client.get(link).content.decode()
    assert unmarked(html) == []
    assert 'name="respondent"' in html


def test_the_survey_says_that_the_name_and_the_comment_may_be_left_empty(client, survey_link):
    _survey, link = survey_link
    html = client.get(link).content.decode()
    for name in ("respondent", "comment"):
        label = element(html, "label", for_=f"id_{name}")
        assert text_of(label).endswith("(vapaaehtoinen):"), text_of(label)
