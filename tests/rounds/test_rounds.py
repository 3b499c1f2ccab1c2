"""A shared priority round: the coordinators list candidate priorities and practices; the
partner network (and the public, when the round is opened to it) rank them within a period;
the result, with its counts, is published and made into the regional priorities, whose page
shows how each fared."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal.roles import PARTNER_NETWORK
from practices.models import Priority
from rounds.models import Ballot, Candidate, Round
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.practices.factories import PracticeFactory, url_for

pytestmark = pytest.mark.django_db


def make_round(slug="kierros", days=(-1, 10), public=False, places=3, **fields):
    now = timezone.now()
    round_ = Round.objects.create(
        slug=slug,
        title_fi=f"Kierros {slug}",
        title_sv=f"Rundan {slug}",
        opens_at=now + datetime.timedelta(days=days[0]),
        closes_at=now + datetime.timedelta(days=days[1]),
        open_to_public=public,
        places=places,
        period_starts_on=datetime.date(2028, 1, 1),
        **fields,
    )
    for order, name in enumerate(("Kieli", "Työ", "Nuoret"), 1):
        Candidate.objects.create(
            round=round_, order=order, title_fi=name, title_sv=f"{name} sv", kind="priority"
        )
    for order, slug_ in enumerate(("mentorointi", "kielikahvila"), 1):
        practice = PracticeFactory(slug=f"{slug}-{slug_}", title_fi=slug_.capitalize())
        Candidate.objects.create(round=round_, order=order, practice=practice, kind="practice")
    return round_


def candidate(round_, name):
    return next(c for c in round_.candidates.all() if str(c.name) == name)


def places(round_, **given):
    """The form's data: {candidate name: place}."""
    data = {"website": ""}
    for name, place in given.items():
        data[f"candidate-{candidate(round_, name.replace('_', ' ')).pk}"] = str(place)
    return data


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user("kumppani", "k@example.org", "pw-kumppani")
    user.groups.add(Group.objects.get(name=PARTNER_NETWORK))
    return user


def test_the_addresses_are_in_each_language():
    assert url_for("rounds:list") == "/fi/painopistekierrokset/"
    assert url_for("rounds:list", "sv") == "/sv/prioriteringsrundor/"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_list_and_a_round_show_the_candidates(client, lang):
    round_ = make_round()
    make_round("piilossa", is_published=False)
    listing = client.get(url_for("rounds:list", lang)).content.decode()
    assert_valid_html(listing)
    assert_document_structure(listing)
    assert ("Kierros kierros" if lang == "fi" else "Rundan kierros") in listing
    assert "piilossa" not in listing
    html = client.get(url_for("rounds:detail", lang, slug=round_.slug)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)
    assert ("Työ" if lang == "fi" else "Työ sv") in html and "kierros-mentorointi/" in html
    # Not open to the public: a visitor is asked to log in, and gets no form.
    assert "/accounts/login/?next=" in html and "<select" not in html


def test_a_member_ranks_and_changes_the_ranking_while_the_round_is_open(client, member):
    round_ = make_round()
    client.force_login(member)
    url = round_.get_absolute_url()
    response = client.post(url, places(round_, Työ=1, Kieli=2, Mentorointi=1))
    assert response.status_code == 302
    ballot = Ballot.objects.get()
    assert ballot.user == member and ballot.group == "partner"
    assert {(r.candidate.name.text, r.place) for r in ballot.rankings.all()} == {
        ("Työ", 1),
        ("Kieli", 2),
        ("Mentorointi", 1),
    }
    html = client.get(url).content.decode()
    assert re.search(r'<option value="1" selected>', html)
    client.post(url, places(round_, Nuoret=1))
    assert Ballot.objects.count() == 1
    assert [r.candidate.name.text for r in Ballot.objects.get().rankings.all()] == ["Nuoret"]


def test_a_place_given_twice_is_refused_and_the_places_are_kept(client, member):
    round_ = make_round()
    client.force_login(member)
    response = client.post(round_.get_absolute_url(), places(round_, Työ=1, Kieli=1))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sija 1 on jo annettu" in html
    assert not Ballot.objects.exists()
    empty = client.post(round_.get_absolute_url(), places(round_))
    assert "Anna vähintään yksi sija." in empty.content.decode()


def test_the_public_ranks_without_an_account_only_when_the_round_is_opened_to_it(client):
    closed_to_public = make_round()
    client.post(closed_to_public.get_absolute_url(), places(closed_to_public, Työ=1))
    assert not Ballot.objects.exists()
    round_ = make_round("avoin", public=True)
    url = round_.get_absolute_url()
    assert "<select" in client.get(url).content.decode()
    client.post(url, places(round_, Työ=1))
    client.post(url, places(round_, Kieli=1))  # the same browser changes its ranking
    ballot = Ballot.objects.get()
    assert ballot.group == "public" and ballot.user is None and ballot.ranker_hash
    assert [r.candidate.name.text for r in ballot.rankings.all()] == ["Kieli"]
    client.cookies.clear()  # another browser
    client.post(url, places(round_, Työ=1))
    assert Ballot.objects.count() == 2
    robot = client.post(url, {**places(round_, Nuoret=1), "website": "x"})
    assert robot.status_code == 302 and Ballot.objects.count() == 2


def test_a_closed_round_takes_no_rankings(client, member):
    round_ = make_round(days=(-10, -1))
    client.force_login(member)
    html = client.post(round_.get_absolute_url(), places(round_, Työ=1)).content.decode()
    assert "Järjestykseen asettaminen on päättynyt." in html and not Ballot.objects.exists()


def rank(round_, group, *rankings):
    for number, given in enumerate(rankings):
        ballot = Ballot.objects.create(round=round_, group=group, ranker_hash=f"h{group}{number}")
        for name, place in given.items():
            ballot.rankings.create(candidate=candidate(round_, name), place=place)


def test_the_result_counts_points_rankers_and_groups_and_becomes_the_priorities(
    client, coordinator
):
    round_ = make_round(days=(-10, -1), public=True)
    rank(round_, "partner", {"Työ": 1, "Kieli": 2, "Mentorointi": 1}, {"Kieli": 1, "Työ": 2})
    rank(round_, "public", {"Työ": 1, "Kielikahvila": 1})
    url = round_.get_absolute_url()
    assert "Tulos" not in client.get(url).content.decode()  # not before it is published
    client.force_login(coordinator)
    changelist = reverse("admin:rounds_round_changelist")
    client.post(changelist, {"action": "publish_result", "_selected_action": [round_.pk]})
    client.logout()
    html = client.get(url).content.decode()
    assert_valid_html(html)
    assert "3 järjestystä: 2 kumppaniverkostolta, 1 yleisöltä." in html
    # Työ: 3 + 2 + 3 = 8 points from 3 rankings, 2 first places, 2 partners and 1 public.
    row = re.search(r"<td class=\"numeric\">1</td>\s*<th scope=\"row\">\s*Työ.*?</tr>", html, re.S)
    assert row and re.findall(r'numeric">(\d+)<', row.group())[1:] == ["8", "3", "2", "2", "1"]
    client.force_login(coordinator)
    client.post(
        changelist, {"action": "make_priorities_of_the_result", "_selected_action": [round_.pk]}
    )
    made = Priority.objects.order_by("pk")
    assert [p.title_fi for p in made] == ["Työ", "Kieli"]  # Nuoret had no points
    assert made[0].starts_on == datetime.date(2028, 1, 1)
    assert {p.title_fi for p in made[0].practices.all()} == {"Mentorointi", "Kielikahvila"}
    assert candidate(round_, "Työ").priority == made[0]
    page = client.get(url_for("practices:priority-list")).content.decode()
    assert_valid_html(page)
    assert "sija 1/3, 8 pistettä 3 järjestyksestä" in page


def test_a_result_waits_for_its_round_to_close(client, coordinator):
    round_ = make_round()
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:rounds_round_changelist"),
        {"action": "publish_result", "_selected_action": [round_.pk]},
        follow=True,
    )
    assert "Tulos julkaistaan vasta" in response.content.decode()
    round_.refresh_from_db()
    assert not round_.result_published


def test_a_round_reads_as_many_queries_however_many_rankings(client, member):
    round_ = make_round(days=(-10, -1), result_published_at=timezone.now())
    rank(round_, "partner", {"Työ": 1})
    with CaptureQueriesContext(connection) as few:
        client.get(round_.get_absolute_url())
    rank(round_, "public", *[{"Kieli": 1, "Mentorointi": 2}] * 10)
    with CaptureQueriesContext(connection) as many:
        client.get(round_.get_absolute_url())
    assert len(many) == len(few)


def test_the_demo_round_chose_a_priority_that_its_page_shows(client, demo_content):
    closed = Round.objects.get(slug="painopistekierros-2025-2027")
    assert closed.result_published
    page = client.get(url_for("practices:priority-list", "sv")).content.decode()
    assert "Vald i den gemensamma prioriteringsrundan" in page
    assert Round.objects.get(slug="painopistekierros-2028-2030").is_open()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_ranking_in_a_browser_has_no_accessibility_violations(page, axe):
    round_ = make_round(public=True)
    page.goto(url_for("rounds:list"))
    assert axe(page) == []
    with page.expect_navigation():
        page.get_by_role("link", name="Kierros kierros").click()
    assert axe(page) == []
    page.get_by_label("Työ").select_option("1")
    page.get_by_label("Mentorointi").select_option("1")
    with page.expect_navigation():
        page.get_by_role("button", name="Tallenna järjestykseni").click()
    assert "Järjestyksesi tallennettiin" in page.content()
    assert axe(page) == []
    assert Ballot.objects.filter(round=round_).count() == 1


def test_the_privacy_notice_says_what_a_ranking_keeps(client):
    finnish = client.get(url_for("portal:privacy")).content.decode()
    swedish = client.get(url_for("portal:privacy", "sv")).content.decode()
    assert "Painopistekierrosten järjestykset" in finnish and "round_ranker" in finnish
    assert "Rangordningar i prioriteringsrundor" in swedish


def test_the_priorities_page_reads_every_round_in_one_query(client):
    for slug in ("eka", "toka"):
        round_ = make_round(slug, days=(-10, -1), result_published_at=timezone.now())
        rank(round_, "partner", {"Työ": 1, "Kieli": 2}, {"Työ": 1})
        for name in ("Työ", "Kieli"):
            priority = Priority.objects.create(
                slug=f"{slug}-{name.lower()}",
                title_fi=name,
                title_sv=name,
                starts_on=datetime.date(2028, 1, 1),
            )
            Candidate.objects.filter(pk=candidate(round_, name).pk).update(priority=priority)
    html = client.get(url_for("practices:priority-list")).content.decode()
    # Työ: 3 + 3 points, first of three in each round; Kieli 2 points, second.
    assert html.count("sija 1/3, 6 pistettä 2 järjestyksestä") == 2
    assert html.count("sija 2/3, 2 pistettä 1 järjestyksestä") == 2
