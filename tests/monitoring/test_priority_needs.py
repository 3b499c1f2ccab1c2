"""A regional priority names the indicators and stages it answers, and its page shows how
they move: each indicator's latest figure in the whole region with its trend, each stage's
gaps today."""

import datetime

import pytest

from practices.models import Priority
from tests.html_elements import element, text_of
from tests.monitoring.conftest import observe
from tests.networks.factories import IntegrationPathFactory, PathStageFactory
from tests.practices.factories import url_for
from tests.translated import translated

pytestmark = pytest.mark.django_db


def make_priority(slug):
    return Priority.objects.create(
        slug=slug,
        starts_on=datetime.date(2025, 1, 1),
        **translated(title_fi=f"Painopiste {slug}", title_sv=f"Prioritet {slug}"),
    )


@pytest.fixture
def answered(region):
    """A priority followed by the employment rate (up from 60 to 61.5 in the region) and
    answering a stage that nobody serves in the region's three municipalities."""
    rate, _unemployed = region["indicators"]
    observe(rate, 2022, "60")
    observe(rate, 2023, "61.5")
    priority = make_priority("tyo")
    rate.priorities.add(priority)
    stage = PathStageFactory(
        path=IntegrationPathFactory(slug="polku", name_fi="Polku", name_sv="Vägen"),
        name_fi="Koulu",
        name_sv="Skola",
    )
    priority.stages.add(stage)
    return priority


@pytest.mark.parametrize(
    ("lang", "figure", "gaps"),
    [
        (
            "fi",
            "61,5 % (2023) ↑ noussut 1,5 edellisestä luvusta (2022): parempaan suuntaan",
            "aukkoja 3 kunnassa tänään",
        ),
        (
            "sv",
            "61,5 % (2023) ↑ ökat med 1,5 från föregående siffra (2022): till det bättre",
            "luckor i 3 kommuner i dag",
        ),
    ],
)
def test_a_priority_shows_how_its_indicators_and_stages_move(client, answered, lang, figure, gaps):
    html = client.get(url_for("practices:priority-list", lang)).content.decode()
    section = text_of(element(html, "section", id="tyo"))
    assert figure in section
    assert gaps in section


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_indicator_and_the_stage_show_the_priority_back(client, answered, region, lang):
    rate = region["indicators"][0]
    priority_url = url_for("practices:priority-list", lang) + "#tyo"
    indicator = client.get(url_for("monitoring:indicator-detail", lang, slug=rate.slug))
    assert f'href="{priority_url}"' in indicator.content.decode()
    stage = answered.stages.get()
    path = client.get(url_for("networks:path-detail", lang, slug=stage.path.slug))
    assert f'href="{priority_url}"' in path.content.decode()


@pytest.mark.parametrize("extra", [0, 8])
def test_the_priorities_page_stays_at_nine_queries(
    client, answered, region, django_assert_num_queries, extra
):
    rate, unemployed = region["indicators"]
    for number in range(extra):
        priority = make_priority(f"lisa-{number}")
        priority.stages.add(PathStageFactory())
        unemployed.priorities.add(priority)
        rate.priorities.add(priority)
    # Priorities, selections, stages; the indicators' links and the region's figures; the
    # municipalities and the counts of actors per stage; the priority rounds' results; the
    # events on the priorities.
    with django_assert_num_queries(9):
        client.get(url_for("practices:priority-list"))
