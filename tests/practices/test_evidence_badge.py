"""The evidence level at a glance: where it sits on the five-step scale, drawn by position and
shape as well as said in words, with "no effect" and "harmful" drawn apart from the scale and
from each other; on the lists, the practice pages and the compare page."""

import datetime
import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from practices.evidence import EvidenceLevel
from tests.practices.factories import PracticeFactory, assess, url_for

pytestmark = pytest.mark.django_db


def badge(level, lang="fi"):
    with translation.override(lang):
        label = EvidenceLevel(level).label
        return render_to_string(
            "practices/includes/evidence_badge.html", {"level": level, "label": label}
        )


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_a_level_on_the_scale_fills_that_many_of_five_growing_bars(level):
    html = badge(level)
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count("<rect") == 5
    assert svg.count('class="on"') == level
    heights = [float(h) for h in re.findall(r'height="([\d.]+)"', svg)[1:]]
    assert heights == sorted(heights) and len(set(heights)) == 5
    assert 'aria-hidden="true"' in svg
    assert "evidence-badge--scale" in html
    assert str(EvidenceLevel(level).label) in html


def test_not_assessed_is_the_empty_scale_in_a_frame_of_its_own():
    html = badge(0)
    assert 'class="on"' not in html and "evidence-meter--none" in html
    assert "evidence-badge--not-assessed" in html


def test_no_effect_and_harmful_are_drawn_apart_from_the_scale_and_from_each_other():
    no_effect, harmful = badge(-1), badge(-2)
    for html in (no_effect, harmful):
        assert "evidence-meter" not in html and "evidence-badge--scale" not in html
    assert "evidence-icon--no-effect" in no_effect and "<circle" in no_effect
    assert "evidence-icon--harmful" in harmful and "<path" in harmful
    assert "evidence-badge--no-effect" in no_effect and "evidence-badge--harmful" in harmful
    assert "Arvioitu: ei vaikutusta" in no_effect
    assert "Arvioitu: haitallisia vaikutuksia" in harmful
    assert "Utvärderad: skadliga effekter" in badge(-2, "sv")


@pytest.fixture
def rated(db):
    practices = {}
    for slug, level in [("vahva", 5), ("haitta", -2), ("tyhja", -1)]:
        practices[slug] = PracticeFactory(slug=slug)
        assess(practices[slug], level, datetime.date(2025, 1, 1))
    return practices


def test_the_list_the_practice_page_and_the_compare_page_draw_the_level(client, rated):
    pages = [
        url_for("practices:list"),
        url_for("practices:detail", slug="vahva"),
        url_for("practices:compare") + "?p=vahva&p=haitta&p=tyhja",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert "evidence-meter" in html, url
    compare = client.get(pages[2]).content.decode()
    assert "evidence-icon--harmful" in compare and "evidence-icon--no-effect" in compare


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_badge_is_named_by_its_level_and_findings_look_different_without_colour(page, rated):
    page.goto(url_for("practices:compare") + "?p=vahva&p=haitta&p=tyhja")
    assert page.get_by_role("link", name="Näyttö: 5 – Vahva näyttö").count() == 1
    harmful = page.get_by_role("link", name="Näyttö: Arvioitu: haitallisia vaikutuksia")
    no_effect = page.get_by_role("link", name="Näyttö: Arvioitu: ei vaikutusta")
    style = "e => [getComputedStyle(e).borderTopStyle, getComputedStyle(e).borderTopWidth]"
    assert harmful.evaluate(style) != no_effect.evaluate(style)
    assert page.locator("svg.evidence-meter rect.on").count() == 5
