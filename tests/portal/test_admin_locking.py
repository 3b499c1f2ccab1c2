"""Every content admin is locked the same way: on each one's change page, a form posted as
it was opened saves (every kind of field carries its opened value back unchanged, inline rows
too), and one posted after someone else changed the record is refused, saying what changed."""

import datetime
import re

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from django.utils import translation

from agreements.models import Comment, Commitment, Decision, FollowUp, Version
from events.models import Event
from hearings.models import Hearing, HearingSection, PublicComment
from portal.models import ContentModel, Page
from practices.models import (
    Adoption,
    Feedback,
    Priority,
    PrioritySelection,
    TargetGroup,
    Theme,
)
from rounds.models import Candidate, Round
from tests.agreements.factories import AgreementFactory, PartyFactory, VersionFactory
from tests.monitoring.conftest import make_indicator, observe
from tests.networks.conftest import small_network  # noqa: F401 - a fixture
from tests.posted_forms import admin_form
from tests.practices.factories import PracticeFactory, SourceFactory, assess
from tests.translated import translated

pytestmark = pytest.mark.django_db

CONTENT_ADMINS = [model for model in admin.site._registry if issubclass(model, ContentModel)]
CONTENT_ADMINS_LABELS = {model._meta.label for model in CONTENT_ADMINS}


def errors_in(response):
    return re.findall(r'class="errorlist[^>]*>(.{0,300})', response.content.decode())


def record_of(model):
    return model._default_manager.order_by("pk").first()


def change_meanwhile(form, model, record):
    """Change a field the form edits, as someone else's save would, with update(); the new
    value as the form shows it: a text (in Finnish where translated), or else a choice."""
    fields = [field for field in model._meta.concrete_fields if field.name in form]
    for field in fields:
        if isinstance(field, models.TextField | models.CharField) and not field.choices:
            if not field.unique and (field.name.endswith("_fi") or f"{field.name}_fi" not in form):
                model._default_manager.filter(pk=record.pk).update(**{field.name: "Välillä."})
                return "Välillä."
    field = next(field for field in fields if field.choices)
    value, label = next(c for c in field.choices if c[0] != getattr(record, field.attname))
    model._default_manager.filter(pk=record.pk).update(**{field.name: value})
    with translation.override("fi"):
        return str(label)


@pytest.fixture
def one_of_each(request, steering_member):
    """A record of every content model, most fields filled, linked as in the portal."""
    network = request.getfixturevalue("small_network")
    target_group = TargetGroup.objects.create(
        slug="nuoret", **translated(name_fi="Nuoret", name_sv="Unga")
    )
    source = SourceFactory(
        slug="selvitys", year=2024, language=network["languages"][0], url="https://example.org/s"
    )
    practice = PracticeFactory(
        slug="kielikahvila",
        description_fi="Ensimmäinen kappale.\n\nToinen kappale.",
        started_on=datetime.date(2023, 5, 1),
    )
    practice.target_groups.add(target_group)
    practice.actors.set(network["actors"][:2])
    practice.stages.set(network["stages"][:1])
    practice.steps.create(
        order=1, **translated(title_fi="Alku", title_sv="Början", description_fi="Eka.\nToka.")
    )
    practice.links.create(
        url="https://example.org/", **translated(title_fi="Sivu", title_sv="Sida")
    )
    practice.attachments.create(
        file=SimpleUploadedFile("malli.pdf", b"%PDF-1.4"),
        **translated(title_fi="Malli", title_sv="Modell"),
    )
    assess(practice, 3, datetime.date(2025, 1, 31), sources=[source])
    priority = Priority.objects.create(
        slug="tyo",
        starts_on=datetime.date(2025, 1, 1),
        **translated(title_fi="Työ", title_sv="Arbete"),
    )
    PrioritySelection.objects.create(priority=priority, practice=practice, reason="Toimii.")
    Adoption.objects.create(
        practice=practice,
        municipality=network["municipalities"][0],
        **translated(adaptation_fi="Sovellettu.", adaptation_sv="Anpassad."),
    )
    indicator = make_indicator(
        "tyollisyysaste",
        Theme.objects.create(slug="t", **translated(name_fi="Työ", name_sv="Arbete")),
        source,
    )
    observe(indicator, 2024, "61.5", municipality=network["municipalities"][0], note_fi="Arvio")
    agreement = AgreementFactory(
        slug="aiesopimus", title_fi="Aiesopimus", title_sv="Avsiktsförklaring"
    )
    party = PartyFactory(
        agreement=agreement,
        actor__slug="liitto",
        actor__name_fi="Liitto",
        actor__name_sv="Förbundet",
    )
    version = VersionFactory(agreement=agreement, number=1, status=Version.Status.DRAFT)
    commitment = Commitment.objects.create(
        version=version, party=party, **translated(text_fi="Sitoutuu.", text_sv="Förbinder sig.")
    )
    commitment.practices.add(practice)
    FollowUp.objects.create(
        commitment=commitment, indicator=indicator, baseline_year=2023, target_value=65
    )
    Decision.objects.create(party=party, version=version, body="Hallitus")
    section = version.sections.first()
    Comment.objects.create(version=version, section=section, author=steering_member, text="Hyvä.")
    Page.objects.get_or_create(
        key="privacy", defaults=translated(title_fi="Tietosuoja", title_sv="Dataskydd")
    )
    Feedback.objects.create(practice=practice, text="Kuinka monta?", language="fi", answer="Kolme.")
    event = Event.objects.create(
        slug="koulutus",
        kind=Event.Kind.TRAINING,
        language=Event.Language.BOTH,
        starts_at=datetime.datetime(2027, 3, 1, 9, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2027, 3, 1, 12, tzinfo=datetime.UTC),
        capacity=10,
        **translated(title_fi="Koulutus", title_sv="Utbildning", agenda_fi="1. Avaus"),
    )
    event.practices.add(practice)
    event.versions.add(version)
    event.materials.add(source)
    under_review = VersionFactory(agreement=agreement, number=2, status=Version.Status.IN_REVIEW)
    hearing = Hearing.objects.create(
        slug="kuuleminen",
        version=under_review,
        opens_at=datetime.datetime(2027, 3, 1, 9, tzinfo=datetime.UTC),
        closes_at=datetime.datetime(2027, 4, 1, 9, tzinfo=datetime.UTC),
        **translated(title_fi="Kuuleminen", title_sv="Hörande", introduction_fi="Kerro."),
    )
    opened = HearingSection.objects.create(
        hearing=hearing,
        section=under_review.sections.first(),
        **translated(plain_summary_fi="Selkeästi.", plain_summary_sv="Lättläst."),
    )
    PublicComment.objects.create(
        section=opened, text="Hyvä.", language="fi", status="published", answer="Kiitos."
    )
    ranked = Round.objects.create(
        slug="kierros",
        opens_at=datetime.datetime(2027, 3, 1, 9, tzinfo=datetime.UTC),
        closes_at=datetime.datetime(2027, 4, 1, 9, tzinfo=datetime.UTC),
        **translated(title_fi="Kierros", title_sv="Rundan", introduction_fi="Järjestä."),
    )
    Candidate.objects.create(round=ranked, **translated(title_fi="Kieli", title_sv="Språk"))
    Candidate.objects.create(round=ranked, kind="practice", practice=practice)


def test_every_content_admin_saves_an_unchanged_form_and_refuses_a_stale_one(
    one_of_each, coordinator, client
):
    client.force_login(coordinator)
    checked = set()
    for model in CONTENT_ADMINS:
        record = record_of(model)
        name = model._meta.model_name
        url = reverse(f"admin:{model._meta.app_label}_{name}_change", args=[record.pk])
        form = admin_form(client, url, name)
        assert form["opened_revision"] == str(record.revision), model
        saved = client.post(url, form)
        assert saved.status_code == 302, (model, errors_in(saved))

        form = admin_form(client, url, name)
        changed = change_meanwhile(form, model, record)
        refused = client.post(url, form)
        assert refused.status_code == 200, model
        html = refused.content.decode()
        assert "Joku muu tallensi tähän muutoksen" in html, model
        assert f"→ ”{changed}”" in html, model
        checked.add(model._meta.label)
    assert checked == CONTENT_ADMINS_LABELS
