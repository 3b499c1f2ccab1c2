"""axe-core finds nothing on the agreement pages, in either language, with the demo letter of
intent and a fourth version open for comments."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from agreements import services
from agreements.models import Comment, Version

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SLUG = "pohjanmaan-kotoutumisen-aiesopimus"


@pytest.fixture
def open_review(settings):
    """The demo, with version 4 started from version 3 and open for the steering group."""
    settings.DEMO_USERS_ALLOWED = True
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    coordinator = get_user_model().objects.get(username="koordinaattori")
    member = get_user_model().objects.get(username="ohjausryhma")
    sent = Version.objects.get(agreement__slug=SLUG, number=3)
    draft = services.new_version(sent, by=coordinator)
    version = services.change_status(
        draft,
        Version.Status.IN_REVIEW,
        by=coordinator,
        review_closes_on=timezone.localdate() + timezone.timedelta(days=14),
    )
    comment = Comment.objects.create(
        version=version, section=version.sections.first(), author=member, text="Hyvä alku."
    )
    return {"version": version, "member": member, "comment": comment}


def log_in_browser(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def pages(language, comment):
    kwargs = {"slug": SLUG}
    version = {"slug": SLUG, "number": 4}
    with translation.override(language):
        return [
            reverse("agreements:agreement-list"),
            reverse("agreements:agreement-detail", kwargs=kwargs),
            reverse("agreements:version-detail", kwargs=version),
            reverse("agreements:version-detail", kwargs={"slug": SLUG, "number": 2}),
            reverse("agreements:compare", kwargs=kwargs) + "?a=1&b=2",
            reverse("agreements:version-export", kwargs=version) + "?format=pdf",
            reverse("agreements:version-export", kwargs=version)
            + f"?format=print&lang={language}&comments=on",
            reverse("agreements:comment-edit", kwargs={**version, "pk": comment.pk}),
            reverse("agreements:comment-withdraw", kwargs={**version, "pk": comment.pk}),
            reverse("agreements:comment-reply", kwargs={**version, "pk": comment.pk}),
            reverse("agreements:follow-up", kwargs=kwargs),
        ]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_agreement_pages_have_no_accessibility_violations(
    page, axe, live_server, open_review, language
):
    log_in_browser(page, live_server, open_review["member"])
    found = {}
    for url in pages(language, open_review["comment"]):
        assert page.goto(url).status == 200, url
        assert page.locator("html").get_attribute("lang") == language
        found[url] = axe(page)
    assert found == {url: [] for url in found}


def test_a_comment_is_written_with_the_keyboard_alone(page, live_server, open_review):
    log_in_browser(page, live_server, open_review["member"])
    with translation.override("fi"):
        page.goto(open_review["version"].get_absolute_url())
    textarea = page.locator("textarea[name=text]").nth(1)
    textarea.focus()
    page.keyboard.type("Näppäimistöllä kirjoitettu.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**#comment-*")
    assert Comment.objects.filter(text="Näppäimistöllä kirjoitettu.").exists()
    assert page.locator(":target").inner_text().count("Näppäimistöllä kirjoitettu.") == 1


def test_a_signed_version_is_public_without_its_comments(page, axe, live_server, open_review):
    signed = Version.objects.get(agreement__slug=SLUG, number=3)
    Comment.objects.create(
        version=signed,
        section=signed.sections.first(),
        author=open_review["member"],
        text="Vain ohjausryhmälle.",
    )
    Version.objects.filter(pk=signed.pk).update(status=Version.Status.SIGNED)
    with translation.override("fi"):
        url = signed.get_absolute_url()
    assert page.goto(url).status == 200
    assert page.locator(".stage h2").first.inner_text() == signed.sections.first().heading_fi
    assert "Vain ohjausryhmälle." not in page.content()
    assert axe(page) == []
