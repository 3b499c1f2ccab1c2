"""Every column of the admin's lists is in view on a laptop's screen, beside the menu and the
filters: dates are short, and headers, dates and linked records wrap."""

import datetime

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import translation

from agreements.models import Commitment, Party, Version
from networks.models import Actor
from tests.agreements.factories import AgreementFactory
from tests.monitoring.conftest import make_indicator
from tests.practices.factories import PracticeFactory, SourceFactory, assess

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONTENT_APPS = ("portal", "networks", "practices", "monitoring", "agreements")


@pytest.fixture
def long_names(coordinator):
    from practices.models import Theme

    theme = Theme.objects.create(
        slug="t", name="Alkuvaiheen ohjaus ja neuvonta", name_fi="Alkuvaiheen ohjaus ja neuvonta"
    )
    source = SourceFactory(slug="lahde")
    for number in range(3):
        make_indicator(
            f"kotoutumiskoulutuksen-aloittaneet-{number}",
            theme,
            source,
            name_fi="Kotoutumiskoulutuksen aloittaneet työikäiset maahanmuuttajat",
        )
        practice = PracticeFactory(
            slug=f"kaytanto-{number}",
            title_fi="Järjestöjen ja julkisen sektorin yhteistoimintasopimus",
        )
        assess(practice, 2, datetime.date(2025, 3, 10))
    agreement = AgreementFactory(slug="aie", title_fi="Pohjanmaan kotoutumisen aiesopimus")
    version = Version.objects.create(agreement=agreement, number=1)
    actor = Actor.objects.create(
        slug="liitto", name="Pohjanmaan liitto", name_fi="Pohjanmaan liitto"
    )
    party = Party.objects.create(agreement=agreement, actor=actor)
    Commitment.objects.create(
        version=version, party=party, text="Kutsuu koolle ohjausryhmän vuosittain."
    )
    return coordinator


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_column_of_every_admin_list_is_in_view_at_1280_px(
    browser, live_server, long_names, language
):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"/{language}/admin/login/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", "pw-coordinator")
    page.click("input[type=submit]")
    cut = {}
    for model in admin.site._registry:
        if model._meta.app_label not in CONTENT_APPS:
            continue
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"
        with translation.override(language):
            page.goto(reverse(name))
        if page.locator("#result_list").count() == 0:
            continue
        # A header cell's padding may pass the edge; its text may not.
        hidden = page.evaluate(
            """() => {
                const results = document.querySelector('#changelist .results');
                const edge = results.getBoundingClientRect().right;
                return [...document.querySelectorAll('#result_list thead th .text')]
                    .filter(e => e.getBoundingClientRect().right > edge + 1)
                    .map(e => e.textContent.trim());
            }"""
        )
        if hidden:
            cut[model._meta.label] = hidden
    context.close()
    assert cut == {}
