"""Every change of content is on record, whoever makes it, and can be seen as a diff and
undone from the admin (portal.history)."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from practices.models import Link, Practice, Step, Theme
from tests.agreements.factories import AgreementFactory
from tests.html_elements import element, elements, text_of
from tests.monitoring import conftest as monitoring
from tests.monitoring.conftest import csv_upload
from tests.practices.factories import PracticeFactory
from tests.translated import translated

pytestmark = pytest.mark.django_db
P = Practice.Status
# The monitoring tests' municipalities, indicators and source.
region = monitoring.region


def changed_fields(html):
    """The rows of the tables of changes in a page or an entry: (field, before, after)."""
    return [
        (
            text_of(element(row, "th", scope="row")),
            text_of(element(row, "td", class_="history-old")),
            text_of(element(row, "td", class_="history-new")),
        )
        for row in elements(html, "tr")
        if elements(row, "td", class_="history-old")
    ]


@pytest.fixture(autouse=True)
def finnish():
    """Addresses and labels in Finnish, whatever an earlier test left active."""
    with translation.override("fi"):
        yield


@pytest.fixture
def themes(db):
    return [
        Theme.objects.create(slug=slug, **translated(name_fi=fi, name_sv=sv))
        for slug, fi, sv in [
            ("tyo", "Työllisyys", "Sysselsättning"),
            ("osallisuus", "Osallisuus", "Delaktighet"),
        ]
    ]


@pytest.fixture
def practice(themes):
    practice = PracticeFactory(slug="ohjaus", status=P.DRAFT)
    practice.themes.set([themes[0]])
    return practice


def form_data(practice, **fields):
    """What the admin's change form posts: the practice's own fields and its inlines."""
    data = {
        "title_fi": practice.title_fi,
        "title_sv": practice.title_sv,
        "slug": practice.slug,
        "status": practice.status,
        "summary_fi": practice.summary_fi,
        "summary_sv": practice.summary_sv,
        "themes": [t.pk for t in practice.themes.all()],
    }
    for prefix in ("steps", "assessments", "links", "attachments", "adoptions"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(fields)
    return data


def admin_url(name, *args):
    return reverse(f"admin:{name}", args=args)


def edit_in_the_admin(client, practice, **fields):
    response = client.post(
        admin_url("practices_practice_change", practice.pk), form_data(practice, **fields)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def test_an_admin_edit_is_recorded_with_its_user_both_languages_and_links(
    client, coordinator, practice, themes
):
    client.force_login(coordinator)
    edit_in_the_admin(
        client, practice, title_fi="Uusi otsikko", title_sv="Ny rubrik", themes=[themes[1].pk]
    )
    records = list(practice.history.all())
    # One change, its links included: created, themes set, the admin's save.
    latest, before = records[0], records[1]
    assert (latest.history_type, latest.history_user, latest.history_via) == (
        "~",
        coordinator,
        "admin",
    )
    assert (latest.title_fi, latest.title_sv) == ("Uusi otsikko", "Ny rubrik")
    assert (before.title_fi, before.title_sv) == ("Käytäntö ohjaus", "Praxis ohjaus")
    assert list(latest.themes.values_list("theme_id", flat=True)) == [themes[1].pk]
    assert list(before.themes.values_list("theme_id", flat=True)) == [themes[0].pk]
    assert practice.history.filter(history_user=coordinator).count() == 1


def test_the_history_page_shows_each_change_field_by_field_in_both_languages(
    client, coordinator, practice, themes
):
    client.force_login(coordinator)
    edit_in_the_admin(
        client,
        practice,
        title_sv="Ny rubrik",
        themes=[themes[1].pk],
        **{
            "steps-TOTAL_FORMS": "1",
            "steps-0-order": "1",
            "steps-0-title_fi": "Alkukartoitus",
            "steps-0-title_sv": "Kartläggning",
        },
    )
    response = client.get(admin_url("practices_practice_history", practice.pk))
    assert response.status_code == 200
    step, change, *_created = elements(response.content.decode(), "li", class_="history-entry")
    assert "Luotu: Vaihe “Alkukartoitus”" in text_of(step)
    assert ("Otsikko (ruotsi)", "Praxis ohjaus", "Ny rubrik") in changed_fields(change)
    assert ("Otsikko (suomi)", "—") in [row[:2] for row in changed_fields(step)]
    assert "Otsikko (suomi)" not in text_of(change)
    themes_link = element(change, "li", "Teemat: lisätty Osallisuus; poistettu Työllisyys")
    assert text_of(element(themes_link, "strong")) == "Teemat"
    assert "coordinator (ylläpito)" in text_of(change)


# --- Who and through what, wherever the change comes from --------------------------------

IMPORT = (
    "indicator;area;period;value;note_fi;note_sv\n"
    "tyollisyysaste;alfa;2023;61,5;Arvio;Uppskattning\n"
)


def test_the_import_command_records_its_user_and_name(region, coordinator, tmp_path):
    from django.core.management import call_command

    from monitoring.models import Observation

    file = tmp_path / "havainnot.csv"
    file.write_text(IMPORT, encoding="utf-8")
    call_command(
        "import_observations",
        str(file),
        "--user",
        "coordinator",
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    file.write_text(IMPORT.replace("61,5", "62"), encoding="utf-8")
    call_command("import_observations", str(file), stdout=io.StringIO(), stderr=io.StringIO())
    observation = Observation.objects.get(municipality__slug="alfa")
    changed, created = observation.history.all()
    assert (created.history_type, created.history_user, created.history_via) == (
        "+",
        coordinator,
        "import_observations",
    )
    assert (created.value, created.note_fi, created.note_sv) == (
        Decimal("61.5"),
        "Arvio",
        "Uppskattning",
    )
    assert (changed.history_type, changed.history_user, changed.history_via) == (
        "~",
        None,
        "import_observations",
    )
    assert changed.value == Decimal("62")


def test_an_import_in_the_admin_records_the_coordinator(client, region, coordinator):
    from monitoring.models import Observation

    client.force_login(coordinator)
    response = client.post(admin_url("monitoring_observation_import"), {"file": csv_upload(IMPORT)})
    assert response.status_code == 200
    record = Observation.history.get()
    assert (record.history_type, record.history_user, record.history_via) == (
        "+",
        coordinator,
        "admin",
    )


def test_a_comment_written_on_the_review_page_records_its_author(client, steering_member):
    from agreements.models import Comment
    from tests.agreements.factories import VersionFactory
    from tests.agreements.helpers import S, url_of

    agreement = AgreementFactory(slug="aie", title_fi="Aiesopimus", title_sv="Avsiktsförklaring")
    version = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    client.force_login(steering_member)
    client.post(url_of(version), {"section": version.sections.first().pk, "text": "Hyvä osio."})
    record = Comment.history.get()
    assert (record.history_type, record.history_user, record.text) == (
        "+",
        steering_member,
        "Hyvä osio.",
    )
    assert record.history_via.startswith("agreements:")


def test_a_practice_proposed_on_the_site_records_its_proposer_and_links(
    client, coordinator, region
):
    client.force_login(coordinator)
    response = client.post(
        "/fi/kaytannot/ehdota/",
        {
            "title": "Työnhakuklubi",
            "summary": "Viikoittainen ryhmä.",
            "description": "",
            "organisation": "Vaasan kaupunki",
            "municipalities": [region["municipalities"][0].pk],
            "contact_organisation": "",
            "email": "",
            "website": "",
        },
    )
    assert response.status_code == 302
    practice = Practice.objects.get(title_fi="Työnhakuklubi")
    (record,) = practice.history.all()
    assert (record.history_type, record.history_user, record.history_via) == (
        "+",
        coordinator,
        "practices:propose",
    )
    assert list(record.municipalities.values_list("municipality_id", flat=True)) == [
        region["municipalities"][0].pk
    ]


def test_a_change_in_a_shell_is_recorded_as_the_shells(monkeypatch, themes):
    from django.core.management import call_command

    monkeypatch.setattr("sys.argv", ["manage.py", "shell"])
    call_command(
        "shell",
        command="from practices.models import Theme; t = Theme.objects.get(slug='tyo'); "
        "t.name_sv = 'Arbete'; t.save(); t.delete()",
    )
    deleted, changed, _created = Theme.history.filter(id=themes[0].pk)
    assert (changed.history_type, changed.history_user, changed.history_via) == ("~", None, "shell")
    assert (changed.name_fi, changed.name_sv) == ("Työllisyys", "Arbete")
    assert (deleted.history_type, deleted.history_via) == ("-", "shell")


# --- Bulk writes ----------------------------------------------------------------------------


def test_the_comment_moderation_action_is_on_record(client, coordinator, steering_member):
    from agreements.models import Comment
    from tests.agreements.factories import VersionFactory
    from tests.agreements.helpers import S

    agreement = AgreementFactory(slug="aie", title_fi="Aiesopimus", title_sv="Avsiktsförklaring")
    version = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW)
    comments = [
        Comment.objects.create(
            version=version,
            section=version.sections.first(),
            author=steering_member,
            text=f"Kommentti {n}",
        )
        for n in range(2)
    ]
    client.force_login(coordinator)
    client.post(
        "/fi/admin/agreements/comment/",
        {"action": "mark_accepted", "_selected_action": [c.pk for c in comments]},
    )
    for comment in comments:
        latest = comment.history.first()
        assert (latest.history_type, latest.status, latest.history_user, latest.history_via) == (
            "~",
            "accepted",
            coordinator,
            "admin",
        )
    html = client.get(admin_url("agreements_comment_history", comments[0].pk)).content.decode()
    assert "Avoin" in html and "Hyväksytty" in html


def test_a_new_version_records_the_sections_it_copies(coordinator):
    from agreements import services
    from agreements.models import Section
    from tests.agreements.factories import VersionFactory
    from tests.agreements.helpers import S

    agreement = AgreementFactory(slug="aie", title_fi="Aiesopimus", title_sv="Avsiktsförklaring")
    version = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW, sections=3)
    draft = services.new_version(version, by=coordinator)
    records = Section.history.filter(version=draft, history_type="+")
    assert sorted(records.values_list("heading_sv", flat=True)) == [
        "Avsnitt 1",
        "Avsnitt 2",
        "Avsnitt 3",
    ]


def test_the_version_status_actions_are_on_record(client, coordinator):
    from agreements.models import Version
    from tests.agreements.factories import VersionFactory

    agreement = AgreementFactory(slug="aie", title_fi="Aiesopimus", title_sv="Avsiktsförklaring")
    version = VersionFactory(agreement=agreement, number=1, status=Version.Status.DRAFT)
    Version.objects.filter(pk=version.pk).update(review_closes_on=datetime.date(2027, 1, 31))
    client.force_login(coordinator)
    client.post(
        "/fi/admin/agreements/version/",
        {"action": "move_to_in_review", "_selected_action": [version.pk]},
    )
    latest = version.history.first()
    assert (latest.status, latest.history_user, latest.history_via) == (
        "in_review",
        coordinator,
        "admin",
    )
    html = client.get(admin_url("agreements_version_history", version.pk)).content.decode()
    assert "Luonnos" in html and "Kommentoitavana" in html


# --- The history page -----------------------------------------------------------------------


def test_the_history_page_makes_as_many_queries_for_many_changes_as_for_few(
    client, coordinator, practice, themes, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(coordinator)
    url = admin_url("practices_practice_history", practice.pk)

    def edit(number):
        practice.title_sv = f"Rubrik {number}"
        practice.save()
        practice.themes.set([themes[number % 2]])
        Step.objects.create(
            practice=practice, order=number, **translated(title_fi=f"Vaihe {number}")
        )

    edit(1)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for number in range(2, 12):
        edit(number)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_history_page_is_in_the_admins_language(client, coordinator, practice, lang):
    practice.title_sv = "Ny rubrik"
    practice.save()
    client.force_login(coordinator)
    with translation.override(lang):
        html = client.get(admin_url("practices_practice_history", practice.pk)).content.decode()
    assert {"fi": "Otsikko (ruotsi)", "sv": "Rubrik (svenska)"}[lang] in html
    assert {"fi": "Palauta tämä tila", "sv": "Återställ det här läget"}[lang] in html


# --- Restoring ------------------------------------------------------------------------------


def test_a_coordinator_restores_an_earlier_state_with_both_languages_and_links(
    client, coordinator, practice, themes
):
    client.force_login(coordinator)
    earlier = practice.history.first()
    edit_in_the_admin(
        client, practice, title_fi="Muutettu", title_sv="Ändrad", themes=[themes[1].pk]
    )
    url = admin_url(
        "practices_practice_restore", practice.pk, "practices.practice", earlier.history_id
    )
    preview = client.get(url).content.decode()
    assert ("Muutettu", "Käytäntö ohjaus") in [row[1:] for row in changed_fields(preview)]
    assert "lisätty Työllisyys; poistettu Osallisuus" in " ".join(preview.split())
    response = client.post(url)
    assert response.status_code == 302
    practice.refresh_from_db()
    assert (practice.title_fi, practice.title_sv) == ("Käytäntö ohjaus", "Praxis ohjaus")
    assert list(practice.themes.all()) == [themes[0]]
    restored = practice.history.first()
    assert (restored.history_user, restored.history_change_reason.startswith("restored:")) == (
        coordinator,
        True,
    )
    html = client.get(admin_url("practices_practice_history", practice.pk)).content.decode()
    assert "palautettu tila ajalta " in html


def test_a_deleted_practice_is_recovered_with_its_translations_links_and_rows(
    client, coordinator, practice, themes
):
    Step.objects.create(
        practice=practice, order=1, **translated(title_fi="Alkukartoitus", title_sv="Kartläggning")
    )
    Link.objects.create(
        practice=practice,
        url="https://example.fi/malli",
        **translated(title_fi="Malli", title_sv="Modell"),
    )
    practice.related.set([PracticeFactory(slug="toinen")])
    pk = practice.pk
    client.force_login(coordinator)
    response = client.post(admin_url("practices_practice_delete", pk), {"post": "yes"})
    assert response.status_code == 302 and not Practice.objects.filter(pk=pk).exists()
    changelist = client.get(admin_url("practices_practice_changelist")).content.decode()
    assert f'href="{admin_url("practices_practice_deleted")}"' in changelist
    listing = client.get(admin_url("practices_practice_deleted")).content.decode()
    assert "Käytäntö ohjaus" in listing
    deletion = Practice.history.get(id=pk, history_type="-")
    url = admin_url("practices_practice_restore", pk, "practices.practice", deletion.history_id)
    assert url in listing
    page = client.get(admin_url("practices_practice_history", pk)).content.decode()
    assert "Tämä tietue poistettiin" in page and f'href="{url}"' in page
    assert client.get("/fi/admin/practices/practice/ei-numero/history/").status_code == 404
    assert "Käytäntö ohjaus" in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    recovered = Practice.objects.get(pk=pk)
    assert (recovered.title_fi, recovered.title_sv, recovered.summary_sv) == (
        "Käytäntö ohjaus",
        "Praxis ohjaus",
        "Sammanfattning ohjaus.",
    )
    assert list(recovered.themes.all()) == [themes[0]]
    assert [p.slug for p in recovered.related.all()] == ["toinen"]
    assert [(s.title_fi, s.title_sv) for s in recovered.steps.all()] == [
        ("Alkukartoitus", "Kartläggning")
    ]
    assert [(link.title_sv, link.url) for link in recovered.links.all()] == [
        ("Modell", "https://example.fi/malli")
    ]
    assert recovered.history.first().history_user == coordinator


def test_restoring_the_text_of_a_frozen_version_is_refused_with_the_reason(client, coordinator):
    from agreements import services
    from agreements.models import Section, Version
    from tests.agreements.factories import VersionFactory

    agreement = AgreementFactory(slug="aie", title_fi="Aiesopimus", title_sv="Avsiktsförklaring")
    version = VersionFactory(agreement=agreement, number=1, status=Version.Status.DRAFT, sections=1)
    section = version.sections.get()
    earlier = section.history.first()
    section.text_fi = "Uusi teksti"
    section.save()
    services.change_status(
        version,
        Version.Status.IN_REVIEW,
        by=coordinator,
        review_closes_on=datetime.date(2027, 1, 1),
    )
    client.force_login(coordinator)
    history = admin_url("agreements_version_history", version.pk)
    assert "Uusi teksti" in client.get(history).content.decode()
    url = admin_url(
        "agreements_version_restore", version.pk, "agreements.section", earlier.history_id
    )
    response = client.post(url, follow=True)
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert messages == ["Ei palautettu: Tämä versio on lukittu: sen tekstiä ei voi muuttaa."]
    assert Section.objects.get(pk=section.pk).text_fi == "Uusi teksti"


def test_only_coordinators_restore(client, steering_member, practice):
    earlier = practice.history.first()
    client.force_login(steering_member)
    url = admin_url(
        "practices_practice_restore", practice.pk, "practices.practice", earlier.history_id
    )
    assert client.post(url).status_code in (302, 403)
    assert practice.history.count() == 2


def test_restoring_a_decision_a_signed_version_rests_on_is_refused(client, coordinator):
    from agreements import services
    from agreements.models import Decision, Version
    from tests.agreements.factories import PartyFactory, VersionFactory

    agreement = AgreementFactory(slug="aie", title_fi="Aiesopimus", title_sv="Avsiktsförklaring")
    version = VersionFactory(agreement=agreement, number=1, status=Version.Status.SENT)
    party = PartyFactory(
        agreement=agreement,
        actor__slug="kaupunki",
        actor__name_fi="Vaasan kaupunki",
        actor__name_sv="Vasa stad",
    )
    decision = Decision.objects.create(party=party, version=version)
    pending = decision.history.first()
    decision.status, decision.decided_on = "approved", datetime.date(2026, 12, 1)
    decision.save()
    services.change_status(version, Version.Status.SIGNED, by=coordinator)
    client.force_login(coordinator)
    url = admin_url(
        "agreements_version_restore", version.pk, "agreements.decision", pending.history_id
    )
    response = client.post(url, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Ei palautettu: Versio on allekirjoitettu: päätökset, joihin se perustuu, säilyvät "
        "sellaisina kuin ne kirjattiin."
    ]
    assert Decision.objects.get(pk=decision.pk).status == "approved"


def test_restoring_an_earlier_state_keeps_what_the_site_keeps_itself(client, coordinator):
    """An event restored to a state from before it was shown stays first shown when it was
    (a restore takes the fields the admin's form edits): else its followers would hear of it
    again when it is shown."""
    from events.models import Event

    starts = datetime.datetime(2030, 3, 1, 9, tzinfo=datetime.UTC)
    event = Event.objects.create(
        slug="koulutus",
        kind=Event.Kind.TRAINING,
        language=Event.Language.FINNISH,
        title_fi="Koulutus",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        is_published=False,
    )
    hidden = event.history.first()
    event.is_published = True
    event.save()
    first_shown = Event.objects.get(pk=event.pk).published_at
    assert first_shown is not None
    client.force_login(coordinator)
    url = admin_url("events_event_restore", event.pk, "events.event", hidden.history_id)
    assert client.post(url).status_code == 302
    event.refresh_from_db()
    assert not event.is_published  # what a person edits is restored …
    assert event.published_at == first_shown  # … what the site keeps is not
