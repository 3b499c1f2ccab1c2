"""The practice page: the whole record in the reader's language, drafts, attachments."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pytest_django.asserts import assertInHTML

from networks.models import Actor, IntegrationPath, Language, Municipality, PathStage, SubRegion
from practices.models import (
    Attachment,
    Link,
    Practice,
    Source,
    Step,
    TargetGroup,
    Theme,
)
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.networks.factories import ActorFactory, MunicipalityFactory
from tests.practices.factories import (
    AdoptionFactory,
    PracticeFactory,
    SourceFactory,
    assess,
    url_for,
)
from tests.translated import translated

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% a tiny test document\n"


@pytest.fixture
def full_practice(db):
    """A published practice with every part of the record filled in."""
    finnish = Language.objects.create(
        code="fi", order=1, **translated(name_fi="suomi", name_sv="finska")
    )
    arabic = Language.objects.create(
        code="ar", order=5, **translated(name_fi="arabia", name_sv="arabiska")
    )
    region = SubRegion.objects.create(
        slug="seutu", **translated(name_fi="Seutu", name_sv="Regionen")
    )
    vaasa = Municipality.objects.create(
        slug="vaasa", sub_region=region, **translated(name_fi="Vaasa", name_sv="Vasa")
    )
    path = IntegrationPath.objects.create(
        slug="tyo", **translated(name_fi="Työn polku", name_sv="Arbetets väg")
    )
    stage = PathStage.objects.create(
        path=path, order=1, **translated(name_fi="Kartoitus", name_sv="Kartläggning")
    )
    actor = Actor.objects.create(
        slug="yhdistys", **translated(name_fi="Yhdistys", name_sv="Föreningen")
    )
    theme = Theme.objects.create(
        slug="tyollisyys", **translated(name_fi="Työllisyys", name_sv="Sysselsättning")
    )
    group = TargetGroup.objects.create(
        slug="kotivanhemmat", **translated(name_fi="Kotivanhemmat", name_sv="Hemmaföräldrar")
    )
    practice = PracticeFactory(
        slug="mentorointi",
        title_fi="Työmentorointi",
        title_sv="Arbetsmentorskap",
        summary_fi="Mentori tukee työnhakijaa.",
        summary_sv="En mentor stöder den arbetssökande.",
        description_fi="Kuvaus **tärkeä**.",
        description_sv="",
        aims_fi="Tavoitteena työ.",
        aims_sv="Målet är arbete.",
        results_fi="Puolet työllistyi.",
        results_sv="Hälften fick arbete.",
        resources_fi="Yksi ohjaaja.",
        resources_sv="En handledare.",
        duration_fi="Kuusi kuukautta",
        duration_sv="Sex månader",
        cost_fi="5000 euroa",
        cost_sv="",
        origin=Practice.Origin.NORDIC,
        country="Ruotsi",
        started_on=datetime.date(2021, 1, 1),
        contact_organisation="Yhdistys ry",
        contact_email="info@example.org",
        contact_url="https://example.org/yhteys",
        last_reviewed_on=datetime.date(2024, 5, 1),
        next_review_due=datetime.date(2099, 5, 1),
    )
    practice.themes.set([theme])
    practice.target_groups.set([group])
    practice.stages.set([stage])
    practice.actors.set([actor])
    practice.municipalities.set([vaasa])
    practice.languages.set([arabic, finnish])
    Step.objects.create(
        practice=practice, order=2, **translated(title_fi="Toinen vaihe", title_sv="Andra steget")
    )
    Step.objects.create(
        practice=practice,
        order=1,
        **translated(title_fi="Ensimmäinen vaihe", title_sv="Första steget"),
    )
    evaluation = SourceFactory(slug="arviointi", publisher="Itla", year=2023)
    guide = SourceFactory(slug="opas", kind=Source.Kind.GUIDE)
    practice.sources.set([guide])
    assess(practice, 2, datetime.date(2022, 3, 1), assessed_by="Ensimmäinen ryhmä")
    assess(practice, 4, datetime.date(2024, 3, 1), sources=[evaluation], assessed_by="Toinen ryhmä")
    Link.objects.create(
        practice=practice, url="https://example.org/malli", **translated(title_fi="Mallin sivu")
    )
    Attachment.objects.create(
        practice=practice,
        file=SimpleUploadedFile("opas.pdf", PDF, content_type="application/pdf"),
        **translated(title_fi="Opas PDF", title_sv="Guide PDF"),
    )
    published_friend = PracticeFactory(
        slug="kielikahvila", title_fi="Kielikahvila", title_sv="Språkcafé"
    )
    draft_friend = PracticeFactory(
        slug="luonnos-ystava", status=Practice.Status.DRAFT, title_fi="Salainen luonnos"
    )
    practice.related.set([published_friend, draft_friend])
    practice.refresh_from_db()
    return practice


def test_practice_page_shows_the_whole_record_in_finnish(client, full_practice):
    response = client.get(url_for("practices:detail", slug="mentorointi"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 lang="fi">Työmentorointi</h1>' in html
    assert "Mentori tukee työnhakijaa." in html
    scale = url_for("practices:evidence-scale")
    assert f'href="{scale}#level-4"' in html and "4 – Kohtalainen näyttö" in html
    assert "Perustelu 4" in html and "Toinen ryhmä" in html and "1.3.2024" in html
    assert "<strong>tärkeä</strong>" in html
    assert "Tavoitteena työ." in html and "Puolet työllistyi." in html
    assert html.index("Ensimmäinen vaihe") < html.index("Toinen vaihe")
    assert '<ol class="practice-steps">' in html
    assert "Kuusi kuukautta" in html and "5000 euroa" in html and "Yksi ohjaaja." in html
    assert "Pohjoismainen" in html and "Ruotsi" in html
    assert "Työllisyys" in html and "Kotivanhemmat" in html
    stage = PathStage.objects.get()
    assert f'href="{url_for("networks:path-detail", slug="tyo")}#stage-{stage.pk}"' in html
    assert f'href="{url_for("networks:actor-detail", slug="yhdistys")}"' in html
    assert f'href="{url_for("networks:municipality-detail", slug="vaasa")}"' in html
    assert html.index(">suomi<") < html.index(">arabia<")
    assert "1.1.2021" in html and "Käynnissä" in html
    assert 'href="https://example.org/malli"' in html
    attachment = Attachment.objects.get()
    assert f'href="{url_for("practices:attachment", pk=attachment.pk)}"' in html
    assert f'href="{url_for("practices:detail", slug="kielikahvila")}"' in html
    assert "Yhdistys ry" in html and "mailto:info@example.org" in html
    assert "https://example.org/yhteys" in html
    assert f'href="{url_for("practices:source-detail", slug="opas")}"' in html
    assert f'href="{url_for("practices:source-detail", slug="arviointi")}"' in html
    assert "1.5.2024" in html and "1.5.2099" in html


def test_practice_page_in_swedish_marks_text_only_in_finnish(client, full_practice):
    html = client.get(url_for("practices:detail", "sv", slug="mentorointi")).content.decode()
    assert '<h1 lang="sv">Arbetsmentorskap</h1>' in html
    assert "En mentor stöder den arbetssökande." in html
    assert "Motivering 4" in html
    assert "Denna text finns endast på finska." in html
    assert '<div class="rich-text" lang="fi"><p>Kuvaus <strong>tärkeä</strong>.</p>' in html
    assert '<span lang="fi">5000 euroa</span>' in html and "(på finska)" in html
    assert "Sysselsättning" in html and "Hemmaföräldrar" in html and ">Vasa<" in html
    assert "4 – Måttlig evidens" in html


def test_assessment_history_lists_every_assessment_newest_first(client, full_practice):
    html = client.get(url_for("practices:detail", slug="mentorointi")).content.decode()
    history = html[html.index('class="assessment-history"') :]
    assert history.index("Toinen ryhmä") < history.index("Ensimmäinen ryhmä")
    assert "2 – Teoreettisesti perusteltu" in history and "1.3.2022" in history
    assert "Perustelu 2" in history


def test_a_single_assessment_is_not_repeated_as_history(client, db):
    assess(PracticeFactory(slug="yksi"), 3, datetime.date(2024, 2, 1))
    html = client.get(url_for("practices:detail", slug="yksi")).content.decode()
    assert "Viimeisin arvio on toistaiseksi ainoa." in html
    assert 'class="assessment-history"' not in html


def test_practice_not_yet_assessed_says_so_and_links_to_the_scale(client, db):
    PracticeFactory(slug="uusi")
    html = client.get(url_for("practices:detail", slug="uusi")).content.decode()
    assert "Tämän käytännön näyttöä ei ole vielä arvioitu." in html
    assert f'href="{url_for("practices:evidence-scale")}#level-0"' in html
    assert "Ei vielä arvioitu" in html


def test_related_drafts_are_listed_only_for_coordinators(client, coordinator, full_practice):
    page = url_for("practices:detail", slug="mentorointi")
    assert "Salainen luonnos" not in client.get(page).content.decode()
    client.force_login(coordinator)
    assert "Salainen luonnos" in client.get(page).content.decode()


@pytest.mark.parametrize("status", [Practice.Status.DRAFT, Practice.Status.ARCHIVED])
def test_unpublished_practice_is_hidden_from_anonymous_visitors(client, steering_member, status):
    PracticeFactory(slug="piilossa", status=status)
    page = url_for("practices:detail", slug="piilossa")
    assert client.get(page).status_code == 404
    client.force_login(steering_member)
    assert client.get(page).status_code == 404


@pytest.mark.parametrize(
    ("status", "banner"),
    [(Practice.Status.DRAFT, "Luonnos – ei julkinen"), (Practice.Status.ARCHIVED, "Arkistoitu")],
)
def test_coordinator_previews_an_unpublished_practice_with_a_banner(
    client, coordinator, status, banner
):
    PracticeFactory(slug="piilossa", status=status)
    client.force_login(coordinator)
    response = client.get(url_for("practices:detail", slug="piilossa"))
    assert response.status_code == 200
    html = response.content.decode()
    assertInHTML(f"<strong>{banner}</strong>", html)
    assert "Lisää vertailuun" not in html


def test_published_practice_has_no_banner(client, full_practice):
    html = client.get(url_for("practices:detail", slug="mentorointi")).content.decode()
    assert "practice-status-banner" not in html


def test_unknown_practice_is_not_found(client, db):
    assert client.get(url_for("practices:detail", slug="ei-ole")).status_code == 404


def test_a_public_practice_can_be_added_to_the_comparison(client, full_practice):
    html = client.get(url_for("practices:detail", slug="mentorointi")).content.decode()
    assert f'action="{url_for("practices:compare-change")}"' in html
    assert '<input type="hidden" name="add" value="mentorointi">' in html
    assert "csrfmiddlewaretoken" not in html


def test_practice_page_survives_odd_query_strings(client, full_practice):
    page = url_for("practices:detail", slug="mentorointi")
    for query in ({"p": "\x01"}, {"p": "x" * 5000}, {"p": ["a"] * 500}, {"page": "-1"}):
        assert client.get(page, query).status_code == 200


def link_to_the_regions_work(practice, number):
    """An adoption, an indicator, a priority, a signed commitment, a published question
    answered by an organisation and an event more for the practice."""
    from events.models import Event
    from practices.models import Feedback
    from tests.links_both_ways import commit_to, indicator_for, priority_for

    AdoptionFactory(practice=practice, municipality=MunicipalityFactory(slug=f"m{number}"))
    indicator_for(practice, slug=f"i{number}")
    priority_for(practice, slug=f"p{number}")
    commit_to(practice, text=f"Sitoumus {number}")
    organisation = ActorFactory(slug=f"org{number}")
    practice.actors.add(organisation)
    Feedback.objects.create(
        practice=practice,
        text=f"Kysymys {number}?",
        language="fi",
        status=Feedback.Status.PUBLISHED,
        answer=f"Vastaus {number}.",
        answered_by=organisation,
    )
    starts = timezone.now() + datetime.timedelta(days=number)
    event = Event.objects.create(
        slug=f"e{number}",
        kind=Event.Kind.TRAINING,
        language=Event.Language.FINNISH,
        title_fi=f"Koulutus {number}",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=1),
    )
    event.practices.add(practice)


@pytest.mark.parametrize("extra", [0, 14])
def test_practice_page_makes_a_constant_number_of_queries(
    client, full_practice, django_assert_num_queries, extra
):
    practice = full_practice
    for number in range(extra):
        Step.objects.create(
            practice=practice, order=10 + number, **translated(title_fi=f"V{number}")
        )
        source = SourceFactory(slug=f"s{number}")
        practice.sources.add(source)
        assess(practice, 1, datetime.date(2020, 1, 1), sources=[source])
        Link.objects.create(practice=practice, url=f"https://example.org/{number}", title="L")
        theme = Theme.objects.create(
            slug=f"t{number}", **translated(name_fi=f"T{number}", name_sv="T")
        )
        practice.themes.add(theme)
        practice.related.add(PracticeFactory(slug=f"r{number}"))
        link_to_the_regions_work(practice, number)
    # The practice; its steps, assessments and their sources, sources, stages; the lists of
    # names; links and attachments; adoptions; signed commitments; questions and comments.
    with django_assert_num_queries(11):
        response = client.get(url_for("practices:detail", slug="mentorointi"))
    assert response.status_code == 200


@pytest.mark.parametrize("extra", [0, 14])
def test_coordinators_preview_makes_a_constant_number_of_queries(
    client, coordinator, full_practice, django_assert_max_num_queries, extra
):
    practice = full_practice
    practice.status = Practice.Status.DRAFT
    practice.save()
    for number in range(extra):
        Step.objects.create(
            practice=practice, order=10 + number, **translated(title_fi=f"V{number}")
        )
        assess(practice, 1, datetime.date(2020, 1, 1), sources=[SourceFactory(slug=f"s{number}")])
        practice.related.add(PracticeFactory(slug=f"r{number}", status=Practice.Status.DRAFT))
        link_to_the_regions_work(practice, number)
    client.force_login(coordinator)
    # PostgreSQL needs one query fewer for the logged-in user than SQLite.
    with django_assert_max_num_queries(14):
        response = client.get(url_for("practices:detail", slug="mentorointi"))
    assert response.status_code == 200


def test_attachment_downloads_as_a_file_that_is_never_a_page(client, full_practice):
    attachment = Attachment.objects.get()
    response = client.get(url_for("practices:attachment", pk=attachment.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"


def test_attachments_of_a_draft_are_only_for_coordinators(client, coordinator, full_practice):
    Practice.objects.filter(pk=full_practice.pk).update(status=Practice.Status.DRAFT)
    download = url_for("practices:attachment", pk=Attachment.objects.get().pk)
    assert client.get(download).status_code == 404
    client.force_login(coordinator)
    assert client.get(download).status_code == 200


def test_missing_attachment_or_file_is_not_found(client, full_practice):
    attachment = Attachment.objects.get()
    attachment.file.storage.delete(attachment.file.name)
    assert client.get(url_for("practices:attachment", pk=attachment.pk)).status_code == 404
    assert client.get(url_for("practices:attachment", pk=999999)).status_code == 404
    assert client.get(url_for("practices:attachment", pk=10**23)).status_code == 404


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_practice_page_is_valid_html_with_headings_in_order(
    client, coordinator, full_practice, lang
):
    for user in (None, coordinator):
        if user:
            client.force_login(user)
        response = client.get(url_for("practices:detail", lang, slug="mentorointi"))
        html = response.content.decode()
        assert_valid_html(html)
        assert_document_structure(html)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_practice_page_has_no_accessibility_violations(page, axe, full_practice, lang):
    page.goto(url_for("practices:detail", lang, slug="mentorointi"))
    assert axe(page) == []


def test_headings_written_in_the_texts_keep_the_page_in_order(client, db):
    practice = PracticeFactory(
        slug="otsikot", description_fi="# Taustaa\n\nTeksti.\n\n## Lisää\n\nLisää tekstiä."
    )
    assess(practice, 1, datetime.date(2025, 1, 1), rationale_fi="## Miksi\n\nKoska.")
    html = client.get(url_for("practices:detail", slug="otsikot")).content.decode()
    assert "<h3>Taustaa</h3>" in html and "<h4>Lisää</h4>" in html
    assert "<h4>Miksi</h4>" in html
    assert_document_structure(html)


def test_the_swedish_page_says_where_the_practice_is_used_with_the_neuter_arbetssatt(client):
    """ "Arbetssätt" is neuter: "det", not "den"."""
    practice = PracticeFactory(slug="neutrum")
    html = client.get(url_for("practices:detail", "sv", slug=practice.slug)).content.decode()
    assert "Var det används" in html
    assert "Ingen kommun har ännu registrerat att den använder det." in html
    assert "Var den används" not in html
