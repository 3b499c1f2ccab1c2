"""The demo's monitoring content: example indicators for the 15 municipalities over several
years, imported from the committed file in the documented format."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from monitoring.demo import OBSERVATIONS_FILE
from monitoring.models import Indicator, Observation
from networks.models import Municipality, SubRegion

pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_the_demo_has_example_indicators_each_from_a_source_of_the_knowledge_bank():
    assert "Monitoring demo: 6 indicators" in load_demo()
    indicators = Indicator.objects.select_related("source", "theme")
    assert 4 <= indicators.count() <= 6
    for indicator in indicators:
        assert indicator.is_example, indicator.slug
        assert indicator.source.get_absolute_url()
        assert indicator.name_fi and indicator.name_sv and indicator.unit_sv
        assert indicator.definition_fi and indicator.definition_sv
    assert {i.theme.slug for i in indicators} >= {"tyollisyys", "osallisuus"}
    assert {i.better for i in indicators} == set(Indicator.Better.values)


def test_the_demo_has_figures_for_all_15_municipalities_the_sub_regions_and_the_region():
    load_demo()
    observations = Observation.objects.all()
    assert set(observations.values_list("municipality", flat=True)) - {None} == set(
        Municipality.objects.values_list("pk", flat=True)
    )
    assert Municipality.objects.count() == 15
    assert set(observations.values_list("sub_region", flat=True)) - {None} == set(
        SubRegion.objects.values_list("pk", flat=True)
    )
    region_years = set(observations.for_region().values_list("year", flat=True))
    assert {2019, 2025} <= region_years
    kinds = set(observations.values_list("period_kind", flat=True))
    assert kinds == {"year", "quarter"}


def test_the_demo_file_is_in_the_documented_format_and_imports_cleanly(tmp_path):
    load_demo()
    count = Observation.objects.count()
    out = io.StringIO()
    call_command(
        "import_observations", str(OBSERVATIONS_FILE), "--dry-run", stdout=out, stderr=io.StringIO()
    )
    lines = OBSERVATIONS_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "indicator;area;period;value;note_fi;note_sv"
    assert f"0 created, 0 updated, {len(lines) - 1} unchanged" in out.getvalue()
    assert count == len(lines) - 1


def test_loading_the_demo_twice_changes_nothing_and_keeps_a_coordinators_edits():
    load_demo()
    observation = (
        Observation.objects.for_region()
        .filter(indicator__slug="tyottomat-ulkomaan-kansalaiset")
        .first()
    )
    Observation.objects.filter(pk=observation.pk).update(value=1)
    Indicator.objects.filter(slug="tyollisyysaste-vieraskieliset").update(name_sv="Ändrad")
    before = Observation.objects.count()
    assert "0 example observations imported" in load_demo()
    assert Observation.objects.count() == before
    observation.refresh_from_db()
    assert observation.value == 1
    assert Indicator.objects.get(slug="tyollisyysaste-vieraskieliset").name_sv == "Ändrad"


@pytest.mark.parametrize(("lang", "text"), [("fi", "Esimerkkilukuja"), ("sv", "Exempelsiffror")])
def test_every_demo_page_with_figures_says_they_are_examples(client, lang, text):
    load_demo()
    with translation.override(lang):
        pages = [reverse("monitoring:indicator-list")]
        pages += [indicator.get_absolute_url() for indicator in Indicator.objects.all()]
        pages.append(reverse("networks:municipality-detail", kwargs={"slug": "vaasa"}))
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert text in response.content.decode(), page
