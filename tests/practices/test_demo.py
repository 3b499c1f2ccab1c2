import io
import re

import pytest
from django.core.management import call_command

from practices.evidence import EvidenceLevel, source_rule_error
from practices.models import (
    Assessment,
    Practice,
    Priority,
    PrioritySelection,
    Source,
    Step,
    TargetGroup,
    Theme,
)

pytestmark = pytest.mark.django_db

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\w\(a\)\w")
KOTOPAIKKA2 = "kotopaikka2-viisivaiheinen-tyollistymisen-malli"
PRACTICE_TEXT_FIELDS = [
    f"{field}_{code}"
    for field in ("title", "summary", "description", "aims", "results", "resources")
    for code in ("fi", "sv")
] + ["contact_organisation"]


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    models = [Theme, TargetGroup, Source, Practice, Step, Assessment, Priority, PrioritySelection]
    result = {model.__name__: model.objects.count() for model in models}
    for field in (
        "themes",
        "target_groups",
        "stages",
        "actors",
        "municipalities",
        "languages",
        "sources",
        "related",
    ):
        result[f"Practice.{field}"] = getattr(Practice, field).through.objects.count()
    result["Assessment.sources"] = Assessment.sources.through.objects.count()
    return result


def test_demo_has_a_dozen_published_practices_titled_and_summarised_in_both_languages():
    load_demo()
    published = Practice.objects.published()
    assert published.count() >= 12
    for practice in published:
        assert practice.missing_for_publishing() == [], practice.slug
        assert practice.title == practice.title_fi
        assert practice.summary_fi != practice.summary_sv
        assert practice.themes.exists(), practice.slug


def test_demo_keeps_a_draft_to_show_the_preview():
    load_demo()
    assert Practice.objects.filter(status=Practice.Status.DRAFT).exists()


def test_kotopaikka2_model_has_its_five_steps_in_order():
    load_demo()
    practice = Practice.objects.get(slug=KOTOPAIKKA2)
    steps = list(practice.steps.order_by("order"))
    assert [step.order for step in steps] == [1, 2, 3, 4, 5]
    assert [step.title_fi for step in steps] == [
        "Maahanmuuttajien ja työnantajien rekrytointi",
        "Osaamisen kartoitus ja ohjaus",
        "Työpaikkamentoreiden valmennus",
        "Työnantajat ja maahanmuuttajat kohtaavat",
        "Perehtyminen työpaikalla",
    ]
    assert all(step.title_sv and step.description_sv for step in steps)


def test_kotopaikka2_names_no_ostrobothnian_municipality_but_says_where_it_ran():
    load_demo()
    practice = Practice.objects.get(slug=KOTOPAIKKA2)
    assert not practice.municipalities.exists()
    assert "Äänekoski" in practice.description_fi and "Äänekoski" in practice.description_sv
    assert (practice.started_on.year, practice.ended_on.year) == (2020, 2022)


def test_every_demo_assessment_rests_on_sources_that_can_carry_its_level():
    load_demo()
    assessments = Assessment.objects.prefetch_related("sources")
    assert assessments.count() >= 5
    for assessment in assessments:
        kinds = [source.kind for source in assessment.sources.all()]
        assert source_rule_error(assessment.level, kinds) is None, assessment
        assert assessment.rationale_fi and assessment.rationale_sv
        assert assessment.assessed_by


def test_demo_has_a_practice_not_yet_assessed_and_one_with_an_assessment_history():
    load_demo()
    not_assessed = Practice.objects.published().filter(evidence_level=EvidenceLevel.NOT_ASSESSED)
    assert not_assessed.exists()
    assert not Assessment.objects.filter(practice__in=not_assessed).exists()

    practice = Practice.objects.get(slug="hyva-alku-alkukartoitus-ja-suunnitelma")
    history = list(practice.assessments.order_by("assessed_on"))
    assert len(history) == 2
    older, newer = history
    assert older.level < newer.level
    assert practice.latest_assessment == newer
    assert practice.evidence_level == newer.level


def test_every_practice_shows_the_level_of_its_latest_assessment():
    load_demo()
    for practice in Practice.objects.filter(assessments__isnull=False).distinct():
        latest = practice.assessments.order_by("-assessed_on", "-pk").first()
        assert (practice.latest_assessment, practice.evidence_level) == (latest, latest.level)


def test_only_example_practices_claim_evidence_of_effect_or_a_finding():
    # The seeds report no evaluated results: levels 4 and 5 and the two findings are shown
    # only on practices marked as examples, with ratings that say so.
    load_demo()
    claims = Assessment.objects.filter(
        level__gte=EvidenceLevel.MODERATE_EVIDENCE
    ) | Assessment.objects.filter(level__lt=EvidenceLevel.NOT_ASSESSED)
    assert claims.exists()
    for assessment in claims.select_related("practice"):
        assert assessment.practice.title_fi.endswith("(esimerkki)"), assessment
        assert assessment.practice.title_sv.endswith("(exempel)"), assessment
        assert assessment.rationale_fi.startswith("Esimerkki"), assessment
        assert assessment.rationale_sv.startswith("Exempel"), assessment


def test_demo_sources_cover_norms_monitoring_research_and_guides():
    load_demo()
    kinds = set(Source.objects.values_list("kind", flat=True))
    assert {Source.Kind.NORM, Source.Kind.MONITORING, Source.Kind.RESEARCH} <= kinds
    assert Source.Kind.GUIDE in kinds
    act = Source.objects.get(slug="kotoutumislaki-681-2023")
    assert act.url == "https://www.finlex.fi/fi/laki/alkup/2023/20230681"
    assert act.language.code == "fi"
    assert not Source.objects.filter(title_sv="").exists()


def test_demo_has_two_priorities_with_selections_and_reasons_in_both_languages():
    load_demo()
    priorities = Priority.objects.all()
    assert priorities.count() == 2
    for priority in priorities:
        assert priority.title_fi and priority.title_sv
        assert "maahanmuuttajien kanssa" in priority.selected_by_fi
        selections = priority.selections.all()
        assert selections.count() >= 3
        for selection in selections:
            assert selection.reason_fi and selection.reason_sv
            assert selection.practice.status == Practice.Status.PUBLISHED


def test_demo_shows_practices_due_for_review_without_all_being_overdue():
    load_demo()
    overdue = Practice.objects.review_overdue()
    assert 1 <= overdue.count() < Practice.objects.count()


def test_demo_practices_hold_no_email_address():
    load_demo()
    assert not Practice.objects.exclude(contact_email="").exists()
    assert not Practice.objects.exclude(proposed_by_email="").exists()
    for practice in Practice.objects.all():
        for field in PRACTICE_TEXT_FIELDS:
            assert not EMAIL.search(getattr(practice, field) or ""), (practice.slug, field)


def test_loading_the_demo_twice_leaves_every_count_unchanged():
    output = load_demo()
    assert "Practices demo:" in output
    before = counts()
    load_demo()
    assert counts() == before


def test_loading_the_demo_again_keeps_a_coordinators_edits():
    load_demo()
    Practice.objects.filter(slug=KOTOPAIKKA2).update(title_sv="Kotopaikka2 (redigerad)")
    Step.objects.filter(practice__slug=KOTOPAIKKA2, order=5).delete()
    PrioritySelection.objects.filter(practice__slug=KOTOPAIKKA2).delete()
    load_demo()
    practice = Practice.objects.get(slug=KOTOPAIKKA2)
    assert practice.title_sv == "Kotopaikka2 (redigerad)"
    assert practice.steps.count() == 4
    assert not practice.selections.exists()
