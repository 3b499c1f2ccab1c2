"""The demo fills the links of issue 19: practices at every evidence level, a practice for
every stage of the three paths, adoptions in several municipalities, and each indicator's
practices and stages; and loading it again adds none of them twice."""

import io
import re

import pytest
from django.core.management import call_command

from monitoring.models import Indicator
from networks.models import PathStage
from practices.evidence import EvidenceLevel, source_rule_error
from practices.models import Adoption, Practice, Source

pytestmark = pytest.mark.django_db

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\w\(a\)\w")
PHONE = re.compile(r"\+?\d[\d ()-]{6,}\d")


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def link_counts():
    return {
        "practices": Practice.objects.count(),
        "sources": Source.objects.count(),
        "adoptions": Adoption.objects.count(),
        "practice municipalities": Practice.municipalities.through.objects.count(),
        "indicator practices": Indicator.practices.through.objects.count(),
        "indicator stages": Indicator.stages.through.objects.count(),
    }


def check_published_practices_cover_every_evidence_level():
    published = Practice.objects.published()
    levels = set(published.values_list("evidence_level", flat=True))
    assert levels >= set(EvidenceLevel.values), sorted(set(EvidenceLevel.values) - levels)
    assert set(EvidenceLevel.values) == set(range(-2, 6))
    rated_3_to_5 = published.filter(evidence_level__gte=EvidenceLevel.SOME_EVIDENCE)
    assert 3 <= rated_3_to_5.count() <= 5


def check_each_rating_of_evidence_rests_on_sources_that_carry_it():
    for practice in Practice.objects.published().exclude(evidence_level=EvidenceLevel.NOT_ASSESSED):
        assessment = practice.latest_assessment
        kinds = [source.kind for source in assessment.sources.all()]
        assert kinds, practice.slug
        assert source_rule_error(assessment.level, kinds) is None, practice.slug
        assert assessment.rationale_fi and assessment.rationale_sv, practice.slug
    for level in (EvidenceLevel.MODERATE_EVIDENCE, EvidenceLevel.STRONG_EVIDENCE):
        practice = Practice.objects.published().filter(evidence_level=level).first()
        kinds = set(practice.latest_assessment.sources.values_list("kind", flat=True))
        assert kinds & {Source.Kind.EVALUATION, Source.Kind.RESEARCH}, practice.slug


def check_examples_say_so_in_both_languages():
    examples = Practice.objects.filter(description_fi__startswith="Esimerkki:")
    assert examples.count() >= 5
    for practice in examples:
        assert practice.description_sv.startswith("Exempel:"), practice.slug
        assert practice.title_fi.endswith("(esimerkki)"), practice.slug
        assert practice.title_sv.endswith("(exempel)"), practice.slug
    for level in (EvidenceLevel.NO_EFFECT, EvidenceLevel.HARMFUL):
        practice = Practice.objects.published().get(evidence_level=level)
        assert practice in examples, practice.slug
    example_sources = Source.objects.filter(slug__startswith="esimerkki-")
    assert example_sources.exists()
    for source in example_sources:
        assert source.title_fi.endswith("(esimerkki)"), source.slug
        assert source.title_sv.endswith("(exempel)"), source.slug
        assert source.summary_fi.startswith("Esimerkki:"), source.slug
        assert source.summary_sv.startswith("Exempel:"), source.slug


def check_every_stage_of_the_three_paths_has_a_published_practice():
    stages = PathStage.objects.select_related("path")
    assert stages.count() >= 16
    assert {stage.path.slug for stage in stages} == {"tyollisyys", "aikuiset", "lapset-ja-nuoret"}
    for stage in stages:
        practices = stage.practices.filter(status=Practice.Status.PUBLISHED)
        assert practices.exists(), f"{stage.path.slug} {stage.order}: {stage.name_fi}"


def check_practices_for_the_stages_that_had_none_are_described_in_both_languages():
    for path, order in [
        ("tyollisyys", 4),
        ("aikuiset", 5),
        ("lapset-ja-nuoret", 2),
        ("lapset-ja-nuoret", 3),
        ("lapset-ja-nuoret", 4),
    ]:
        stage = PathStage.objects.get(path__slug=path, order=order)
        practice = stage.practices.filter(status=Practice.Status.PUBLISHED).first()
        assert practice.summary_fi and practice.summary_sv, practice.slug
        assert practice.steps.count() >= 3, practice.slug
        assert all(step.title_sv and step.description_sv for step in practice.steps.all())
        assert practice.themes.exists() and practice.target_groups.exists(), practice.slug
        assert practice.languages.exists(), practice.slug


def check_published_adoptions_span_municipalities_and_practices():
    adoptions = Adoption.objects.public()
    assert adoptions.count() >= 6
    municipalities = set(
        adoptions.exclude(municipality=None).values_list("municipality", flat=True)
    )
    assert len(municipalities) >= 4
    assert adoptions.values("practice").distinct().count() >= 3
    assert adoptions.exclude(actor=None).exists()
    assert adoptions.exclude(started_on=None).exists()
    described = adoptions.exclude(adaptation_fi="").exclude(adaptation_sv="")
    assert described.exclude(results_fi="").exclude(results_sv="").count() >= 2


def check_adoptions_put_their_municipality_on_the_practice():
    """Those in use are on the practice's "in use in" list; the one that ended is not."""
    adoptions = Adoption.objects.public().exclude(municipality=None)
    in_use = adoptions.in_use()
    ended = adoptions.exclude(pk__in=in_use)
    assert in_use.exists() and ended.exists()
    for adoption in in_use:
        assert adoption.practice.municipalities.filter(pk=adoption.municipality_id).exists()
    for adoption in ended:
        assert not adoption.practice.municipalities.filter(pk=adoption.municipality_id).exists()


def check_adoptions_name_organisations_and_examples_say_so():
    adoptions = Adoption.objects.select_related("practice")
    assert adoptions.filter(adaptation_fi__startswith="Esimerkki:").exists()
    for adoption in adoptions:
        assert adoption.contact_organisation, adoption
        texts = [
            adoption.contact_organisation,
            adoption.adaptation_fi,
            adoption.adaptation_sv,
            adoption.results_fi,
            adoption.results_sv,
        ]
        for text in texts:
            assert not EMAIL.search(text or ""), adoption
            assert not PHONE.search(text or ""), adoption
        if adoption.practice.description_fi.startswith("Esimerkki:"):
            assert adoption.adaptation_fi.startswith("Esimerkki:"), adoption
            assert adoption.adaptation_sv.startswith("Exempel:"), adoption


def check_every_indicator_has_practices_and_stages():
    indicators = Indicator.objects.all()
    assert indicators.count() >= 6
    for indicator in indicators:
        assert indicator.practices.filter(status=Practice.Status.PUBLISHED).exists(), indicator
        assert indicator.stages.exists(), indicator


def check_indicators_are_linked_to_the_practices_that_aim_at_them():
    employment = Indicator.objects.get(slug="tyollisyysaste-vieraskieliset")
    assert employment.practices.filter(
        slug="kotopaikka2-viisivaiheinen-tyollistymisen-malli"
    ).exists()
    assert set(employment.practices.values_list("themes__slug", flat=True)) >= {"tyollisyys"}
    assert employment.stages.filter(path__slug="tyollisyys").exists()

    assessment = Indicator.objects.get(slug="arviointi-kahdessa-kuukaudessa")
    assert assessment.practices.filter(slug="hyva-alku-alkukartoitus-ja-suunnitelma").exists()
    assert set(assessment.stages.values_list("path__slug", "order")) == {
        ("tyollisyys", 2),
        ("aikuiset", 2),
    }
    # Read from above through the reverse relation, as the practice page does.
    hyva_alku = Practice.objects.get(slug="hyva-alku-alkukartoitus-ja-suunnitelma")
    assert hyva_alku.indicators.filter(pk=assessment.pk).exists()


# One load of the demo for each group of checks: a load takes seconds, and the checks of a
# group read the same records.


def test_the_demo_practices_cover_every_level_and_stage_in_both_languages(demo_content):
    check_published_practices_cover_every_evidence_level()
    check_each_rating_of_evidence_rests_on_sources_that_carry_it()
    check_examples_say_so_in_both_languages()
    check_every_stage_of_the_three_paths_has_a_published_practice()
    check_practices_for_the_stages_that_had_none_are_described_in_both_languages()


def test_the_demo_adoptions_span_municipalities_and_practices(demo_content):
    check_published_adoptions_span_municipalities_and_practices()
    check_adoptions_put_their_municipality_on_the_practice()
    check_adoptions_name_organisations_and_examples_say_so()


def test_the_demo_indicators_are_linked_to_practices_and_stages(demo_content):
    check_every_indicator_has_practices_and_stages()
    check_indicators_are_linked_to_the_practices_that_aim_at_them()


def test_loading_the_demo_twice_adds_no_practice_source_adoption_or_link():
    output = load_demo()
    assert "adoptions" in output
    assert "links to practices and path stages added" in output
    before = link_counts()
    assert before["adoptions"] >= 6 and before["indicator practices"] >= 6
    output = load_demo()
    assert link_counts() == before
    assert "0 links to practices and path stages added" in output


def test_loading_the_demo_again_keeps_a_coordinators_removals():
    load_demo()
    practice = Practice.objects.get(slug="tyopainotteinen-kotoutumiskoulutus")
    adoptions = practice.adoptions.order_by("pk")
    assert adoptions.count() >= 2
    removed = adoptions.first()
    removed_where = (removed.municipality_id, removed.actor_id)
    removed.delete()
    employment = Indicator.objects.get(slug="tyollisyysaste-vieraskieliset")
    employment.practices.remove(practice)
    employment.stages.clear()

    load_demo()
    assert not practice.adoptions.filter(
        municipality_id=removed_where[0], actor_id=removed_where[1]
    ).exists()
    assert not employment.practices.filter(pk=practice.pk).exists()
    # An indicator left without stages gets the demo's again: as when the links were new.
    assert employment.stages.exists()
