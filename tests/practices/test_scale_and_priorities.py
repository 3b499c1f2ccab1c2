"""The published evidence scale with its crosswalk, and the regional priorities."""

import datetime

import pytest
from django.utils import translation

from practices.evidence import CROSSWALK, EvidenceLevel
from practices.models import Practice, Priority, PrioritySelection
from tests.html_checks import assert_document_structure, assert_valid_html
from tests.practices.factories import PracticeFactory, assess, url_for
from tests.translated import translated

pytestmark = pytest.mark.django_db

ALL_LEVELS = [-2, -1, 0, 1, 2, 3, 4, 5]


@pytest.fixture
def rated_practices(db):
    for slug, level in [("a", 4), ("b", 4), ("c", -1), ("d", 2)]:
        assess(PracticeFactory(slug=slug), level, datetime.date(2024, 1, 1))
    PracticeFactory(slug="e")
    assess(
        PracticeFactory(slug="luonnos", status=Practice.Status.DRAFT), 4, datetime.date(2024, 1, 1)
    )


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_scale_page_has_an_anchor_and_criteria_for_every_level(client, lang):
    response = client.get(url_for("practices:evidence-scale", lang))
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override(lang):
        for level in ALL_LEVELS:
            assert f'id="level-{level}"' in html
            assert str(EvidenceLevel(level).label) in html
    assert 'id="level--1"' in html and 'id="level--2"' in html


def test_scale_page_explains_the_levels_in_finnish_and_swedish(client):
    finnish = client.get(url_for("practices:evidence-scale", "fi")).content.decode()
    swedish = client.get(url_for("practices:evidence-scale", "sv")).content.decode()
    assert "Vertailuryhmän sisältävä arviointi osoittaa myönteisiä vaikutuksia." in finnish
    assert "5 – Vahva näyttö" in finnish and "5 – Stark evidens" in swedish
    assert "Säännöt lähteistä" in finnish and "Regler för källor" in swedish


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_scale_page_has_the_crosswalk_to_three_scales(client, lang):
    html = client.get(url_for("practices:evidence-scale", lang)).content.decode()
    table = html[html.index('<table class="crosswalk-table">') : html.index("</table>")]
    assert "Kasvun tuki" in table
    assert "Early Intervention Foundation" in table
    assert "California Evidence-Based Clearinghouse" in table
    with translation.override(lang):
        for ratings in CROSSWALK.values():
            for rating in ratings:
                assert str(rating) in table
    assert table.count("<tr") == 1 + len(CROSSWALK)


def test_scale_page_counts_published_practices_per_level_and_links_to_the_list(
    client, rated_practices
):
    html = client.get(url_for("practices:evidence-scale")).content.decode()
    list_url = url_for("practices:list")
    level_four = html[html.index('id="level-4"') : html.index('id="level-3"')]
    assert "2 julkaistua käytäntöä tällä tasolla." in level_four
    assert f'href="{list_url}?evidence=4">' in level_four
    level_minus_one = html[html.index('id="level--1"') :]
    assert "1 julkaistu käytäntö tällä tasolla." in level_minus_one.split("</section>")[0]
    # The list has no filter for the findings: no link that would show something else.
    assert "?evidence=-1" not in html and "?evidence=0" not in html
    level_five = html[html.index('id="level-5"') : html.index('id="level-4"')]
    assert "0 julkaistua käytäntöä tällä tasolla." in level_five
    level_zero = html[html.index('id="level-0"') :]
    assert "1 julkaistu käytäntö tällä tasolla." in level_zero.split("</section>")[0]


@pytest.mark.parametrize("extra", [0, 12])
def test_scale_page_makes_one_query_whatever_the_number_of_practices(
    client, rated_practices, django_assert_num_queries, extra
):
    for number in range(extra):
        assess(PracticeFactory(slug=f"x{number}"), number % 5 + 1, datetime.date(2024, 1, 1))
    with django_assert_num_queries(1):
        client.get(url_for("practices:evidence-scale"))


@pytest.fixture
def priorities(db):
    strong = PracticeFactory(slug="vahva", title_fi="Vahva käytäntö", title_sv="Stark praxis")
    assess(strong, 5, datetime.date(2024, 1, 1))
    weak = PracticeFactory(slug="heikko", title_fi="Heikko käytäntö", title_sv="Svag praxis")
    draft = PracticeFactory(
        slug="luonnos-2", status=Practice.Status.DRAFT, title_fi="Luonnoskäytäntö"
    )
    work = Priority.objects.create(
        slug="tyollisyys-2024",
        starts_on=datetime.date(2024, 1, 1),
        ends_on=datetime.date(2025, 12, 31),
        **translated(
            title_fi="Työllisyys",
            title_sv="Sysselsättning",
            description_fi="Työhön **nopeammin**.",
            description_sv="Snabbare i arbete.",
            selected_by_fi="Verkoston toimijat ja maahanmuuttajat",
            selected_by_sv="Nätverkets aktörer och invandrare",
        ),
    )
    PrioritySelection.objects.create(
        priority=work, practice=strong, **translated(reason_fi="Vahva näyttö.", reason_sv="")
    )
    PrioritySelection.objects.create(priority=work, practice=weak, reason="")
    PrioritySelection.objects.create(priority=work, practice=draft, reason="")
    Priority.objects.create(
        slug="osallisuus",
        starts_on=datetime.date(2026, 1, 1),
        **translated(title_fi="Osallisuus", title_sv="Delaktighet"),
    )
    return work


def test_priorities_page_shows_each_priority_with_its_selected_practices(client, priorities):
    response = client.get(url_for("practices:priority-list"))
    assert response.status_code == 200
    html = response.content.decode()
    section = html[html.index('id="tyollisyys-2024"') :]
    assert "Työllisyys</h2>" in section
    assert "1.1.2024–31.12.2025" in section
    assert "Verkoston toimijat ja maahanmuuttajat" in section
    assert "<strong>nopeammin</strong>" in section
    assert f'href="{url_for("practices:detail", slug="vahva")}"' in section
    assert "Heikko käytäntö" in section and "Vahva näyttö." in section
    assert "5 – Vahva näyttö" in section and "Ei vielä arvioitu" in section
    assert "Luonnoskäytäntö" not in html
    assert '<a href="#osallisuus"' in html
    assert html.index('id="osallisuus"') < html.index('id="tyollisyys-2024"')


def test_priorities_page_reads_in_swedish_with_fallbacks_marked(client, priorities):
    html = client.get(url_for("practices:priority-list", "sv")).content.decode()
    assert "Sysselsättning</h2>" in html and "Stark praxis" in html
    assert "Nätverkets aktörer och invandrare" in html
    assert '<span lang="fi">Vahva näyttö.</span>' in html


@pytest.mark.parametrize("extra", [0, 10])
def test_priorities_page_makes_a_constant_number_of_queries(
    client, priorities, django_assert_num_queries, extra
):
    for number in range(extra):
        PrioritySelection.objects.create(
            priority=priorities, practice=PracticeFactory(slug=f"p{number}")
        )
        Priority.objects.create(
            slug=f"extra{number}",
            starts_on=datetime.date(2020, 1, 1),
            **translated(title_fi=f"P{number}", title_sv=f"P{number}"),
        )
    # The priorities, their selections and their stages; the indicators that follow them;
    # the priority rounds' results; the events on the priorities.
    with django_assert_num_queries(6):
        client.get(url_for("practices:priority-list"))


def test_priorities_page_without_priorities_says_so(client, db):
    html = client.get(url_for("practices:priority-list")).content.decode()
    assert "Alueellisia painopisteitä ei ole vielä julkaistu." in html


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("name", ["practices:evidence-scale", "practices:priority-list"])
def test_scale_and_priorities_are_valid_html_with_headings_in_order(
    client, rated_practices, priorities, lang, name
):
    html = client.get(url_for(name, lang)).content.decode()
    assert_valid_html(html)
    assert_document_structure(html)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("name", ["practices:evidence-scale", "practices:priority-list"])
def test_scale_and_priorities_have_no_accessibility_violations(
    page, axe, rated_practices, priorities, lang, name
):
    page.goto(url_for(name, lang))
    assert axe(page) == []
