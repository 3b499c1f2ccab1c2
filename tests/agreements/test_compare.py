"""The compare page: the changes between two versions, marked in words, for those who may see
both versions."""

import datetime
import uuid

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation

from agreements.models import Version
from portal.roles import PARTNER_NETWORK
from tests.agreements.factories import (
    AgreementFactory,
    PartyFactory,
    SectionFactory,
    VersionFactory,
)
from tests.html_checks import assert_document_structure, assert_valid_html

pytestmark = pytest.mark.django_db
S = Version.Status
PURPOSE, LAW, GOALS, FOLLOW_UP = (uuid.UUID(int=n) for n in range(1, 5))
OLD = [
    (PURPOSE, ("Tarkoitus", "Syfte"), ("Sopimus ohjaa työtä.", "Avtalet styr arbetet.")),
    (LAW, ("Säädöspohja", "Rättslig grund"), ("Kotoutumislaki.", "Integrationslagen.")),
    (
        GOALS,
        ("Tavoitteet", "Mål"),
        ("Kunnat tarjoavat ohjausta.", "Kommunerna erbjuder vägledning."),
    ),
]
NEW = [
    (
        GOALS,
        ("Tavoitteet", "Mål"),
        ("Kunnat järjestävät maksutonta ohjausta.", "Kommunerna ordnar avgiftsfri vägledning."),
    ),
    (PURPOSE, ("Tarkoitus", "Syfte"), ("Sopimus ohjaa työtä.", "Avtalet styr arbetet.")),
    (FOLLOW_UP, ("Seuranta", "Uppföljning"), ("Mittarit <b>vuosittain</b>.", "Indikatorer.")),
]


def make_agreement(slug, statuses, sections=(OLD, NEW)):
    """An agreement whose versions 1, 2, … have these statuses and these sections."""
    agreement = AgreementFactory(slug=slug, title_fi="Aiesopimus", title_sv="Avsiktsförklaring")
    for number, (status, rows) in enumerate(zip(statuses, sections, strict=False), 1):
        version = VersionFactory(agreement=agreement, number=number, sections=0)
        for order, (identity, (heading_fi, heading_sv), (text_fi, text_sv)) in enumerate(rows, 1):
            SectionFactory(
                version=version,
                identity=identity,
                order=order,
                heading_fi=heading_fi,
                heading_sv=heading_sv,
                text_fi=text_fi,
                text_sv=text_sv,
            )
        # Frozen versions keep their sections: set the status once the text is in.
        Version.objects.filter(pk=version.pk).update(
            status=status, review_closes_on=datetime.date(2026, 12, 15)
        )
    return agreement


def compare_url(slug, language="fi", **query):
    with translation.override(language):
        url = reverse("agreements:compare", kwargs={"slug": slug})
    return url + "".join(
        f"{'&' if i else '?'}{key}={value}" for i, (key, value) in enumerate(query.items())
    )


@pytest.fixture
def user_in(db):
    def make(username, group=None):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def in_review(db):
    return make_agreement("aiesopimus", [S.SIGNED, S.IN_REVIEW, S.DRAFT], (OLD, NEW, NEW))


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "fi",
            [
                '<del><span class="visually-hidden" lang="fi">poistetun tekstin alku </span>'
                'tarjoavat<span class="visually-hidden" lang="fi"> poistetun tekstin loppu'
                "</span></del>",
                '<ins><span class="visually-hidden" lang="fi">lisätyn tekstin alku </span>'
                'järjestävät maksutonta<span class="visually-hidden" lang="fi"> lisätyn '
                "tekstin loppu</span></ins>",
                "1 osio lisätty",
                "1 osio poistettu",
                "1 osio siirretty",
                "1 osio muutettu",
                "Muutokset versiosta 1 versioon 2",
                "Siirretty paikalta 3 paikalle 1",
                "Poistettu",
                "Lisätty",
                "Ennallaan",
            ],
        ),
        (
            "sv",
            [
                '<del><span class="visually-hidden" lang="sv">början av borttagen text </span>'
                'erbjuder<span class="visually-hidden" lang="sv"> slut på borttagen text'
                "</span></del>",
                '<ins><span class="visually-hidden" lang="sv">början av tillagd text </span>'
                'ordnar avgiftsfri<span class="visually-hidden" lang="sv"> slut på tillagd '
                "text</span></ins>",
                "1 avsnitt tillagt",
                "1 avsnitt borttaget",
                "1 avsnitt flyttat",
                "1 avsnitt ändrat",
                "Ändringar från version 1 till version 2",
                "Flyttat från plats 3 till plats 1",
                "Borttaget",
                "Tillagt",
                "Oförändrat",
            ],
        ),
    ],
)
def test_the_page_marks_words_added_and_removed_and_counts_the_sections(
    client, coordinator, in_review, language, expected
):
    client.force_login(coordinator)
    response = client.get(compare_url("aiesopimus", language, a=1, b=2))
    assert response.status_code == 200
    html = response.content.decode()
    for text in expected:
        assert text in html
    assert_valid_html(html)
    assert_document_structure(html)


def test_the_text_can_be_compared_in_the_other_language_than_the_page(
    client, coordinator, in_review
):
    client.force_login(coordinator)
    html = client.get(compare_url("aiesopimus", "fi", a=1, b=2, lang="sv")).content.decode()
    assert "ordnar avgiftsfri" in html
    assert "lisätyn tekstin alku" in html
    assert '<h3 id="change-1" lang="sv">Mål</h3>' in html


def test_the_text_is_sanitised_as_on_the_version_page(client, coordinator, in_review):
    client.force_login(coordinator)
    html = client.get(compare_url("aiesopimus", a=1, b=2)).content.decode()
    assert "Mittarit vuosittain" in html
    assert "<b>" not in html


def test_by_default_the_two_newest_versions_the_reader_may_see_are_compared(
    client, coordinator, steering_member, in_review
):
    client.force_login(steering_member)
    assert (
        "Muutokset versiosta 1 versioon 2" in client.get(compare_url("aiesopimus")).content.decode()
    )
    client.force_login(coordinator)
    # Versions 2 and 3 have the same text.
    html = client.get(compare_url("aiesopimus")).content.decode()
    assert "Muutokset versiosta 2 versioon 3" in html
    assert "0 osiota muutettu" in html


def test_the_versions_are_read_from_the_older_to_the_newer_whichever_way_they_are_chosen(
    client, coordinator, in_review
):
    client.force_login(coordinator)
    html = client.get(compare_url("aiesopimus", a=2, b=1)).content.decode()
    assert "Muutokset versiosta 1 versioon 2" in html


@pytest.mark.parametrize(
    "who, query, expected",
    [
        ("anonymous", {"a": 1, "b": 2}, "login"),
        ("outsider", {"a": 1, "b": 2}, 404),
        ("partner", {"a": 1, "b": 2}, 404),
        ("steering", {"a": 1, "b": 2}, 200),
        ("coordinator", {"a": 1, "b": 2}, 200),
        ("anonymous", {"a": 2, "b": 3}, "login"),
        ("steering", {"a": 2, "b": 3}, 404),
        ("steering", {}, 200),
        ("coordinator", {"a": 2, "b": 3}, 200),
        # Only the signed version is public: nothing to compare, nothing of the review shown.
        ("outsider", {}, 200),
    ],
)
def test_only_those_who_may_see_both_versions_see_the_comparison(
    client, user_in, coordinator, steering_member, in_review, who, query, expected
):
    users = {
        "outsider": user_in("outsider"),
        "partner": user_in("partner", PARTNER_NETWORK),
        "steering": steering_member,
        "coordinator": coordinator,
    }
    if who != "anonymous":
        client.force_login(users[who])
    url = compare_url("aiesopimus", **query)
    response = client.get(url)
    if expected == "login":
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
        assert "next=" in response.url
    else:
        assert response.status_code == expected
    if response.status_code != 200:
        assert "Sopimus ohjaa" not in response.content.decode()
    if who in ("anonymous", "outsider", "partner"):
        assert "järjestävät" not in response.content.decode()


def test_a_draft_is_compared_for_a_coordinator_only(client, user_in, coordinator):
    make_agreement("luonnos", [S.DRAFT, S.DRAFT])
    assert client.get(compare_url("luonnos")).status_code == 302
    client.force_login(user_in("steering", "Steering group"))
    assert client.get(compare_url("luonnos")).status_code == 404
    client.force_login(coordinator)
    assert client.get(compare_url("luonnos")).status_code == 200


def test_signed_versions_are_compared_for_anyone(client):
    make_agreement("julkinen", [S.SIGNED, S.SIGNED])
    response = client.get(compare_url("julkinen", "sv"))
    assert response.status_code == 200
    assert "Ändringar från version 1 till version 2" in response.content.decode()


def test_with_one_version_to_see_the_page_says_there_is_nothing_to_compare(client, in_review):
    html = client.get(compare_url("aiesopimus")).content.decode()
    assert "joten vertailtavaa ei vielä ole" in html


def test_an_unknown_agreement_is_not_found(client, steering_member):
    # Anonymous visitors are sent to log in, as for an agreement they may not see.
    assert client.get(compare_url("ei-ole"))["Location"].startswith("/fi/accounts/login/")
    client.force_login(steering_member)
    assert client.get(compare_url("ei-ole")).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "?a=1&b=1",
        "?a=abc&b=2",
        "?a=99999999999999999999999&b=2",
        "?a=9&b=2",
        "?a=-1&b=2",
        "?a=1&b=2&lang=xx",
        "?a=%01&b=2",
        "?a=1&a=2&b=%E2%80%8B",
        "?lang=",
    ],
)
def test_invalid_choices_give_a_message_and_never_an_error(client, coordinator, in_review, query):
    client.force_login(coordinator)
    response = client.get(compare_url("aiesopimus") + query)
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert_valid_html(response.content.decode())


def test_choosing_the_same_version_twice_says_so(client, coordinator, in_review):
    client.force_login(coordinator)
    html = client.get(compare_url("aiesopimus", a=1, b=1)).content.decode()
    assert "Valitse kaksi eri versiota." in html
    assert "Muutokset versiosta" not in html


def test_an_unknown_version_number_is_not_found_as_a_hidden_one_is(client, coordinator, in_review):
    client.force_login(coordinator)
    assert client.get(compare_url("aiesopimus", a=1, b=99999)).status_code == 404


@pytest.mark.parametrize("size", [2, 12])
def test_the_page_makes_the_same_number_of_queries_whatever_the_size(
    client, coordinator, django_assert_max_num_queries, size
):
    old = [(uuid.uuid4(), (f"Osa {n}", f"Del {n}"), ("teksti", "text")) for n in range(size)]
    new = [(identity, heading, ("uusi teksti", "ny text")) for identity, heading, _ in old]
    make_agreement("koko", [S.SIGNED] * size, [old, new] * (size // 2))
    client.force_login(coordinator)
    url = compare_url("koko", a=1, b=2)
    client.get(url)
    # At most this many, for any size (PostgreSQL needs one fewer than SQLite).
    with django_assert_max_num_queries(QUERIES):
        assert client.get(url).status_code == 200


# Session, user, the user's groups and permissions, agreement, versions, sections.
QUERIES = 7


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_compare_page_has_no_accessibility_violations(page, axe, live_server, language):
    agreement = make_agreement("saavutettava", [S.SIGNED, S.IN_REVIEW])
    coordinator = get_user_model().objects.create_user("koordinaattori", "k@example.org", "pw")
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    client = Client()
    client.force_login(coordinator)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(compare_url(agreement.slug, language, a=1, b=2))
    assert page.locator("ins").count() > 0
    assert axe(page) == []


def test_the_page_opens_without_errors_before_anything_is_chosen(
    client, coordinator, steering_member, in_review
):
    client.force_login(steering_member)
    for url in (compare_url("aiesopimus"), compare_url("aiesopimus", "sv")):
        html = client.get(url).content.decode()
        assert "errorlist" not in html and 'aria-invalid="true"' not in html
    # With one version to see, there is nothing to choose and nothing to complain about.
    make_agreement("yksi", [S.SIGNED])
    html = client.get(compare_url("yksi")).content.decode()
    assert "errorlist" not in html and "vaaditaan" not in html
    assert "joten vertailtavaa ei vielä ole" in html
    # A choice the reader made is checked, and its errors shown.
    html = client.get(compare_url("aiesopimus", a=1, b=1)).content.decode()
    assert "errorlist" in html


def test_the_form_shows_the_two_newest_versions_as_its_choice(client, coordinator, in_review):
    client.force_login(coordinator)
    html = client.get(compare_url("aiesopimus")).content.decode()
    assert '<option value="2" selected>' in html and '<option value="3" selected>' in html


MARKDOWN_OLD = [(PURPOSE, ("Tarkoitus", "Syfte"), ("Sopimus **ohjaa** työtä.", "Avtalet."))]
MARKDOWN_NEW = [
    (PURPOSE, ("Tarkoitus", "Syfte"), ("Sopimus **ohjaa** kuntien työtä.\n\n- Vaasa", "Avtalet."))
]


def test_the_text_is_compared_as_the_version_page_shows_it(client, coordinator):
    make_agreement("md", [S.SIGNED, S.SIGNED], (MARKDOWN_OLD, MARKDOWN_NEW))
    html = client.get(compare_url("md", a=1, b=2)).content.decode()
    assert "**" not in html
    assert "<strong>ohjaa</strong>" in html
    assert "kuntien" in html[html.index("<ins>") :]
    assert "<li><ins>" in html
    assert_valid_html(html)
    assert_document_structure(html)


def commit(version, party, text_fi, text_sv="", practices=()):
    from agreements.models import Commitment

    commitment = Commitment.objects.create(
        version=version, party=party, text=text_fi, text_fi=text_fi, text_sv=text_sv
    )
    commitment.practices.set(practices)
    return commitment


@pytest.fixture
def committed(db):
    return make_committed()


def make_committed(extra=0):
    """Two signed versions with three parties' commitments, and `extra` more in the second."""
    from tests.practices.factories import PracticeFactory

    # Drafts while their commitments are written: a frozen version never becomes a draft again.
    agreement = make_agreement("sitoumukset", [S.DRAFT, S.DRAFT])
    old, new = agreement.versions.order_by("number")
    parties = {}
    for order, (slug, name_fi, name_sv) in enumerate(
        [("vaasa", "Vaasan kaupunki", "Vasa stad"), ("vamia", "Vamia", "Vamia"), ("k5", "K5", "K5")]
    ):
        parties[slug] = PartyFactory(
            agreement=agreement,
            actor__slug=slug,
            actor__name_fi=name_fi,
            actor__name_sv=name_sv,
            order=order,
        )
    mentoring = PracticeFactory(slug="mentorointi", title_fi="Mentorointi", title_sv="Mentorskap")
    commit(old, parties["vaasa"], "Vaasa tarjoaa ohjausta.", "Vasa erbjuder vägledning.")
    commit(new, parties["vaasa"], "Vaasa tarjoaa maksutonta ohjausta.", "Vasa erbjuder vägledning.")
    commit(old, parties["vamia"], "Vamia järjestää kursseja.")
    commit(new, parties["vamia"], "Vamia järjestää kursseja.", practices=[mentoring])
    commit(new, parties["k5"], "K5 seuraa työllisyyttä.")
    for number in range(extra):
        commit(new, parties["vaasa"], f"Lisäsitoumus {number}.")
    agreement.versions.update(status=S.SIGNED)
    return agreement


def test_each_partys_commitments_are_compared_word_by_word(client, committed):
    html = client.get(compare_url("sitoumukset", a=1, b=2)).content.decode()
    part = html[html.index('id="commitments-heading"') :]
    assert part.index("Vaasan kaupunki") < part.index("Vamia") < part.index("K5")
    vaasa = part[part.index("Vaasan kaupunki") : part.index(">Vamia<")]
    assert "Sitoumuksia muutettu" in vaasa
    assert "maksutonta" in vaasa[vaasa.index("<ins>") :]
    vamia = part[part.index(">Vamia<") : part.index(">K5<")]
    assert "Mentorointi" in vamia[vamia.index("<ins>") :]
    assert "Sitoumuksia lisätty" in part[part.index(">K5<") :]
    assert "Yhden osapuolen sitoumukset muuttuivat" not in html
    assert "3 osapuolen sitoumukset muuttuivat" in html
    assert_valid_html(html)
    assert_document_structure(html)
    swedish = client.get(compare_url("sitoumukset", "sv", a=1, b=2)).content.decode()
    # Vaasa's Swedish text did not change: compared in Swedish, its commitments did not.
    assert "Åtagandena oförändrade" in swedish
    assert "Mentorskap" in swedish[swedish.index("<ins>") :]


@pytest.mark.parametrize("extra", [0, 8])
def test_comparing_commitments_makes_the_same_number_of_queries_whatever_their_number(
    client, db, django_assert_num_queries, extra
):
    from portal import caching

    make_committed(extra)
    client.get(compare_url("sitoumukset", a=1, b=2))
    caching.bump()  # the changes are drawn again: the cold request is counted
    with django_assert_num_queries(COLD_QUERIES):
        client.get(compare_url("sitoumukset", a=1, b=2))


# Agreement, versions, sections, parties, and per version: commitments, their practices,
# paths and indicators.
COLD_QUERIES = 12
