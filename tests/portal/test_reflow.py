"""Every page reflows on a 320 px screen without sideways scrolling (WCAG 1.4.10): every page
of the sitemap in both languages, the pages reached by searching, filtering and comparing,
and the pages only members see, each as the role that may see it. A wide table may scroll
inside its own region; the page may not. The same walk checks every <time datetime> value.

One browser and one page walk all the addresses: a page per address would take minutes."""

import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from agreements import services
from agreements.models import Comment, Version
from tests.html_checks import VALID_DATETIME, datetime_attributes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTH = 320
SLUG = "pohjanmaan-kotoutumisen-aiesopimus"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# What holds the page wider than the screen, for the failure message.
WIDEST = """(width) => [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.scroll-region'))
    .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || ''))"""


@pytest.fixture
def site(settings):
    """The demo, with version 4 open for the steering group's comments, a member's comment on
    it and version 5 started as the coordinators' draft."""
    settings.DEMO_USERS_ALLOWED = True
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    users = get_user_model().objects
    coordinator, member = users.get(username="koordinaattori"), users.get(username="ohjausryhma")
    sent = Version.objects.get(agreement__slug=SLUG, number=3)
    review = services.change_status(
        services.new_version(sent, by=coordinator),
        Version.Status.IN_REVIEW,
        by=coordinator,
        review_closes_on=timezone.localdate() + timezone.timedelta(days=14),
    )
    comment = Comment.objects.create(
        version=review, section=review.sections.first(), author=member, text="Hyvä alku."
    )
    services.new_version(review, by=coordinator)
    return {"coordinator": coordinator, "member": member, "comment": comment}


def sitemap_paths():
    root = ET.fromstring(Client().get("/sitemap.xml").content)
    return [loc.text.split("testserver", 1)[1] for loc in root.iter(f"{SITEMAP}loc")]


def public_paths():
    """Pages not in the sitemap that anyone reaches: searching, filtering, comparing."""
    paths = []
    for code in ("fi", "sv"):
        with translation.override(code):
            practices = reverse("practices:list")
            compare = reverse("practices:compare")
            paths += [
                f"{practices}?q=ty%C3%B6llisyys&theme=tyollisyys&sort=evidence",
                f"{compare}?p=hyva-alku-alkukartoitus-ja-suunnitelma"
                "&p=tyopaikkamentoreiden-valmennus&p=kotopaikka2-viisivaiheinen-tyollistymismalli",
                compare,
                reverse("practices:propose"),
                reverse(
                    "practices:propose-adoption",
                    kwargs={"slug": "hyva-alku-alkukartoitus-ja-suunnitelma"},
                ),
                reverse("hearings:report", kwargs={"slug": "aiesopimus-kevat-2026"}),
                f"{reverse('portal:search')}?q=vaasa",
                reverse("portal:accessibility-feedback"),
                reverse("networks:map"),
                reverse("login"),
                reverse("password_reset"),
                reverse(
                    "monitoring:indicator-detail", kwargs={"slug": "tyollisyysaste-vieraskieliset"}
                )
                + "?compare=1&municipality=vaasa&municipality=mustasaari&sub_region=k5",
                f"/{code}/ei-ole/",
            ]
    return paths


def member_paths(comment):
    """What the steering group's members read and write."""
    version = {"slug": SLUG, "number": comment.version.number}
    own = {**version, "pk": comment.pk}
    paths = []
    for code in ("fi", "sv"):
        with translation.override(code):
            paths += [
                reverse("agreements:agreement-list"),
                reverse("agreements:agreement-detail", kwargs={"slug": SLUG}),
                reverse("agreements:version-detail", kwargs=version),
                reverse("agreements:compare", kwargs={"slug": SLUG}),
                reverse("agreements:compare", kwargs={"slug": SLUG}) + "?a=1&b=4",
                reverse("agreements:follow-up", kwargs={"slug": SLUG}),
                reverse("agreements:comment-edit", kwargs=own),
                reverse("agreements:comment-withdraw", kwargs=own),
                reverse("agreements:comment-reply", kwargs=own),
                reverse("agreements:version-export", kwargs=version)
                + f"?format=print&lang={code}&comments=on",
                reverse("password_change"),
            ]
    return paths


def coordinator_paths():
    """The pages the coordinators see besides the admin: the drafts."""
    with translation.override("fi"):
        return [
            reverse("agreements:version-detail", kwargs={"slug": SLUG, "number": 5}),
            reverse("agreements:compare", kwargs={"slug": SLUG}) + "?a=4&b=5",
        ]


def log_in(context, live_server, user):
    context.clear_cookies()
    if user is None:
        return
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )


def test_every_page_reflows_at_320_px_without_sideways_scrolling(browser, live_server, site):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": WIDTH, "height": 800}, locale="fi-FI"
    )
    page = context.new_page()
    walks = [
        (None, sitemap_paths() + public_paths()),
        (site["member"], member_paths(site["comment"])),
        (site["coordinator"], coordinator_paths()),
    ]
    wide, invalid, answers = {}, {}, {}
    for user, paths in walks:
        log_in(context, live_server, user)
        for path in paths:
            response = page.goto(path)
            answers[path] = response.status
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > WIDTH:
                wide[path] = (width, page.evaluate(WIDEST, WIDTH))
            bad = [v for v in datetime_attributes(page.content()) if not VALID_DATETIME.match(v)]
            if bad:
                invalid[path] = bad
    context.close()
    assert len(answers) > 150
    assert {path: status for path, status in answers.items() if status != 200} == {
        "/fi/ei-ole/": 404,
        "/sv/ei-ole/": 404,
    }
    assert wide == {}
    assert invalid == {}
