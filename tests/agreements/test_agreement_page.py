"""The agreement's page: its versions, its parties' commitments and where each party stands
on the version sent to their decision-making."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agreements import services
from agreements.models import Commitment, Decision
from networks.models import IntegrationPath
from portal.roles import STEERING_GROUP
from practices.models import Practice
from tests.agreements.factories import PartyFactory, VersionFactory
from tests.agreements.helpers import (
    FOUND,
    LOGIN,
    NOT_FOUND,
    S,
    agreement_url,
    assert_outcome,
    log_in,
    thawed,
    url_of,
)
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.translated import translated

pytestmark = pytest.mark.django_db
D = Decision.Status


@pytest.fixture
def sent_out(agreement):
    """Version 2 sent to the parties; version 1 approved earlier by one of them."""
    first = VersionFactory(agreement=agreement, number=1, status=S.SUPERSEDED)
    second = VersionFactory(agreement=agreement, number=2, status=S.SENT)
    parties = {
        "city": PartyFactory(
            agreement=agreement,
            actor__slug="kaupunki",
            actor__name_fi="Kaupunki",
            actor__name_sv="Staden",
            order=1,
        ),
        "county": PartyFactory(
            agreement=agreement,
            actor__slug="alue",
            actor__name_fi="Hyvinvointialue",
            actor__name_sv="Välfärdsområdet",
            order=2,
        ),
        "ngo": PartyFactory(
            agreement=agreement,
            actor__slug="yhdistys",
            actor__name_fi="Yhdistys",
            actor__name_sv="Föreningen",
            order=3,
        ),
        "school": PartyFactory(
            agreement=agreement,
            actor__slug="opisto",
            actor__name_fi="Opisto",
            actor__name_sv="Institutet",
            order=4,
        ),
    }
    Decision.objects.create(
        party=parties["city"],
        version=second,
        status=D.APPROVED,
        decided_on=datetime.date(2026, 6, 15),
        minutes_url="https://kaupunki.example.fi/poytakirja-15-6",
        **translated(body_fi="Kaupunginhallitus", body_sv="Stadsstyrelsen"),
    )
    Decision.objects.create(
        party=parties["county"],
        version=first,
        status=D.APPROVED,
        decided_on=datetime.date(2026, 3, 2),
    )
    Decision.objects.create(
        party=parties["ngo"],
        version=second,
        status=D.DECLINED,
        decided_on=datetime.date(2026, 7, 1),
    )
    return {"first": first, "second": second, **parties}


def rows(html):
    """The decision table's rows as text, party first."""
    table = html.split('class="responsive-table decisions-table"')[1].split("</table>")[0]
    return [" ".join(row.split()) for row in table.split("<tr>")[2:]]


def test_the_table_shows_each_partys_decision_on_the_version_sent_out(client, sent_out):
    html = client_page(client, sent_out)
    city, county, ngo, school = rows(html)
    assert "Kaupunki" in city and "Hyväksytty" in city and "Kaupunginhallitus" in city
    assert "15.6.2026" in city and 'href="https://kaupunki.example.fi/poytakirja-15-6"' in city
    assert "Hylätty" in ngo and "1.7.2026" in ngo
    assert "Ei vielä päätetty" in school


def test_approving_an_earlier_version_does_not_count_for_the_one_sent_out(client, sent_out):
    county = rows(client_page(client, sent_out))[1]
    assert "Ei vielä päätetty" in county
    assert "Aiempi päätös versiosta 1 (2.3.2026): Hyväksytty. Se ei koske tätä versiota." in county


def test_the_page_lists_the_parties_that_still_have_to_decide(client, sent_out):
    html = client_page(client, sent_out)
    still = html.split('id="still-to-decide"')[1].split("</ul>")[0]
    assert "Hyvinvointialue" in still and "Opisto" in still
    assert "Kaupunki" not in still and "Yhdistys" not in still
    assert "1 osapuoli hyväksyi" in html and "1 osapuoli hylkäsi" in html
    assert "2 osapuolta ei ole vielä päättänyt" in html


def test_a_version_in_preparation_shows_no_decisions(client, agreement, steering_member):
    VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    client.force_login(steering_member)
    html = client.get(agreement_url(agreement)).content.decode()
    assert "Yhtään versiota ei ole vielä lähetetty osapuolten päätöksentekoon." in html


def test_commitments_name_their_published_practices_and_paths(client, sent_out):
    path = IntegrationPath.objects.create(
        slug="tyollisyys", order=1, **translated(name_fi="Työllisyyden polku", name_sv="Vägen")
    )
    published = Practice.objects.create(
        slug="julkaistu",
        status=Practice.Status.PUBLISHED,
        **translated(title_fi="Julkaistu käytäntö", title_sv="Publicerad", summary_fi="…"),
    )
    draft = Practice.objects.create(
        slug="luonnos", **translated(title_fi="Luonnoskäytäntö", title_sv="Utkast", summary_fi="…")
    )
    with thawed(sent_out["second"]):
        commitment = Commitment.objects.create(
            version=sent_out["second"],
            party=sent_out["city"],
            **translated(
                text_fi="Tarjoaa ohjausta kahdella kielellä.", text_sv="Erbjuder vägledning."
            ),
        )
    commitment.practices.set([published, draft])
    commitment.paths.set([path])
    html = client_page(client, sent_out)
    assert "Tarjoaa ohjausta kahdella kielellä." in html
    assert f'href="{published.get_absolute_url()}"' in html
    assert "Luonnoskäytäntö" not in html
    assert f'href="{path.get_absolute_url()}"' in html
    html = client_page(client, sent_out, lang="sv")
    assert "Erbjuder vägledning." in html and "Parterna och deras åtaganden" in html


def client_page(client, sent_out, lang="fi"):
    # The version sent out is visible to the steering group (its audience).
    member, created = get_user_model().objects.get_or_create(username="lukija")
    if created:
        member.groups.add(Group.objects.get(name=STEERING_GROUP))
    client.force_login(member)
    response = client.get(agreement_url(sent_out["first"].agreement, lang))
    assert response.status_code == 200
    return response.content.decode()


AGREEMENT_PAGE_MATRIX = {
    # (only a draft, in review for the steering group, a signed version)
    "anonymous": (LOGIN, LOGIN, FOUND),
    "outsider": (NOT_FOUND, NOT_FOUND, FOUND),
    "steering": (NOT_FOUND, FOUND, FOUND),
    "partner": (NOT_FOUND, NOT_FOUND, FOUND),
    "coordinator": (FOUND, FOUND, FOUND),
}


@pytest.mark.parametrize(
    ("who", "status", "expected"),
    [
        pytest.param(who, status, expected, id=f"{who}-{status}")
        for who, row in AGREEMENT_PAGE_MATRIX.items()
        for status, expected in zip((S.DRAFT, S.IN_REVIEW, S.SIGNED), row, strict=True)
    ],
)
def test_the_agreement_page_is_shown_to_those_who_may_see_a_version_of_it(
    client, agreement, users, who, status, expected
):
    VersionFactory(agreement=agreement, number=1, status=status)
    PartyFactory(
        agreement=agreement,
        actor__slug="kaupunki",
        actor__name_fi="Sopijakaupunki",
        actor__name_sv="Avtalsstaden",
    )
    log_in(client, users[who])
    response = client.get(agreement_url(agreement))
    assert_outcome(response, expected)
    assert ("Sopijakaupunki" in response.content.decode()) == (expected == FOUND)


def test_an_unknown_agreement_is_not_found(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/fi/sopimukset/ei-ole/").status_code == 404


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_agreement_page_is_valid_html_with_headings_in_order(client, sent_out, lang):
    html = client_page(client, sent_out, lang)
    assert_valid_html(html)
    assert_document_structure(html)


def test_the_page_makes_the_same_number_of_queries_with_more_parties(
    client, agreement, coordinator, django_assert_max_num_queries
):
    version = VersionFactory(agreement=agreement, number=1, status=S.SENT)
    path = IntegrationPath.objects.create(slug="polku", **translated(name_fi="Polku"))

    def add_party(number):
        party = PartyFactory(
            agreement=agreement,
            actor__slug=f"osapuoli-{number}",
            actor__name_fi=f"Osapuoli {number}",
            actor__name_sv="Part",
        )
        Decision.objects.create(
            party=party, version=version, status=D.APPROVED, decided_on=datetime.date(2026, 6, 1)
        )
        with thawed(version):
            commitment = Commitment.objects.create(
                version=version, party=party, **translated(text_fi="Sitoumus")
            )
        commitment.paths.set([path])

    add_party(0)
    client.force_login(coordinator)
    client.get(agreement_url(agreement))
    with django_assert_max_num_queries(10), CaptureQueriesContext(connection) as one:
        assert client.get(agreement_url(agreement)).status_code == 200
    for number in range(1, 6):
        add_party(number)
    with CaptureQueriesContext(connection) as six:
        client.get(agreement_url(agreement))
    assert len(six) == len(one)


@pytest.fixture
def signed(sent_out, coordinator):
    """Version 2 signed once every party decided on it; the association declined."""
    for party in ("county", "school"):
        Decision.objects.create(
            party=sent_out[party],
            version=sent_out["second"],
            status=D.APPROVED,
            decided_on=datetime.date(2026, 8, 1),
        )
    services.change_status(sent_out["second"], S.SIGNED, by=coordinator)
    return sent_out


@pytest.mark.parametrize(
    ("lang", "signers", "not_signing", "status"),
    [
        ("fi", "3 osapuolta allekirjoitti", "1 osapuoli hylkäsi eikä allekirjoita", "Hylätty"),
        ("sv", "3 parter undertecknade", "1 part avböjde och undertecknar inte", "Avböjd"),
    ],
)
def test_a_party_that_declined_is_shown_as_not_signing(
    client, signed, lang, signers, not_signing, status
):
    html = client_page(client, signed, lang)
    counts = " ".join(html.split('class="decision-counts"')[1].split("</ul>")[0].split())
    assert signers in counts and f"{not_signing}: " in counts
    assert ("Yhdistys" if lang == "fi" else "Föreningen") in counts
    party = html.split('id="party-')[3]
    assert {
        "fi": "Hylkäsi version 2 eikä allekirjoita sitä.",
        "sv": "Avböjde version 2 och undertecknar den inte.",
    }[lang] in party
    ngo = rows(html)[2]
    assert status in ngo and ("ei allekirjoita" if lang == "fi" else "undertecknar inte") in ngo
    version_page = client.get(url_of(signed["second"], lang)).content.decode()
    counts = " ".join(version_page.split('class="decision-counts"')[1].split("</ul>")[0].split())
    assert signers in counts and not_signing in counts
    assert "hyväksyi" not in counts and "godkände" not in counts


def test_a_commitments_link_shows_it_as_its_own_version_has_it(client, agreement, steering_member):
    """A practice's page links to a signed version's commitment; a member, who sees a newer
    draft on the agreement's page by default, still lands on the signed wording."""
    signed = VersionFactory(agreement=agreement, number=1, status=S.SIGNED)
    draft = VersionFactory(agreement=agreement, number=2, status=S.IN_REVIEW)
    party = PartyFactory(agreement=agreement)
    with thawed(signed):
        kept = Commitment.objects.create(
            version=signed, party=party, **translated(text_fi="Allekirjoitettu lupaus.")
        )
    with thawed(draft):
        Commitment.objects.create(version=draft, party=party, **translated(text_fi="Uusi luonnos."))
    client.force_login(steering_member)

    by_default = client.get(agreement_url(agreement)).content.decode()
    linked = client.get(kept.page_url()).content.decode()
    unknown = client.get(agreement_url(agreement) + "?version=99").content.decode()

    assert "Uusi luonnos." in by_default and "Allekirjoitettu lupaus." not in by_default
    assert "Allekirjoitettu lupaus." in linked and "Uusi luonnos." not in linked
    assert f'id="party-{party.pk}"' in linked
    assert "Näytä ne uusimman version 2 mukaisina." in linked
    assert "Uusi luonnos." in unknown
