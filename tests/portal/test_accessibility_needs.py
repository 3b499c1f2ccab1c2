"""axe-core in a real browser on the pages that lead from a need to a practice (issue 19):
the gap page, a municipality's needs, an indicator, a practice's page and the form that
tells where a practice is in use, in both languages."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from networks.models import Municipality, PathStage
from practices.models import Practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def addresses(language):
    municipality = Municipality.objects.order_by("slug").first()
    stage = PathStage.objects.order_by("pk").first()
    practice = Practice.objects.published().order_by("pk").first()
    indicator = stage.indicators.first()  # the demo links every indicator to stages
    with translation.override(language):
        gap = urlencode({"municipality": municipality.slug, "stage": stage.pk, "language": "sv"})
        urls = [
            f"{reverse('networks:gap')}?{gap}",
            reverse("monitoring:municipality-needs", kwargs={"slug": municipality.slug}),
            practice.get_absolute_url(),
            reverse("practices:propose-adoption", kwargs={"slug": practice.slug}),
            indicator.get_absolute_url(),
        ]
    return urls


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_pages_from_a_need_to_a_practice_have_no_accessibility_violations(
    page, axe, demo_content, language
):
    for url in addresses(language):
        page.goto(url)
        assert page.locator("html").get_attribute("lang") == language, url
        assert axe(page) == [], url
