"""A long review page's table of contents: each section with its comment count, kept in view
beside the sections on a wide screen and a plain list before them on a phone."""

import pytest
from django.conf import settings
from django.test import Client

from agreements.models import Comment
from tests.agreements.factories import VersionFactory
from tests.agreements.helpers import S, thawed, url_of
from tests.html_checks import assert_document_structure, assert_valid_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_review(agreement, steering_member):
    version = VersionFactory(agreement=agreement, number=1, status=S.IN_REVIEW, sections=12)
    sections = list(version.sections.all())
    for section, count in ((sections[0], 3), (sections[1], 1)):
        for number in range(count):
            Comment.objects.create(
                version=version, section=section, author=steering_member, text=f"K{number}."
            )
    # Long enough that the page runs far below the screen.
    with thawed(version):
        version.sections.update(text_fi="Pitkä kappale. " * 120, text="Pitkä kappale. " * 120)
    return version


def test_the_contents_list_each_section_with_its_comment_count(
    client, long_review, steering_member
):
    client.force_login(steering_member)
    html = client.get(url_of(long_review)).content.decode()
    toc = html[
        html.index('<nav class="review-toc"') : html.index("</nav>", html.index("review-toc"))
    ]
    first, second, third = list(long_review.sections.all())[:3]
    assert (
        f'<a href="#section-{first.pk}">Osio 1</a> <span class="count">(3 kommenttia)</span>' in toc
    )
    assert (
        f'<a href="#section-{second.pk}">Osio 2</a> <span class="count">(1 kommentti)</span>' in toc
    )
    assert (
        f'<a href="#section-{third.pk}">Osio 3</a> <span class="count">(0 kommenttia)</span>' in toc
    )
    assert toc.count("<li>") == 12
    assert html.index("review-toc") < html.index(f'id="section-{first.pk}"')
    assert_valid_html(html)
    assert_document_structure(html)
    swedish = client.get(url_of(long_review, "sv")).content.decode()
    assert "Innehåll" in swedish and "(3 kommentarer)" in swedish and "(1 kommentar)" in swedish


def test_the_public_sees_the_contents_without_comment_counts(client, agreement):
    version = VersionFactory(agreement=agreement, number=1, status=S.SIGNED, sections=3)
    html = client.get(url_of(version)).content.decode()
    assert 'class="review-toc"' in html and "kommentti" not in html


def browser_page(browser, live_server, user, width):
    client = Client()
    client.force_login(user)
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}, locale="fi-FI"
    )
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    return context, context.new_page()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_contents_stay_in_view_on_a_wide_screen_and_flow_on_a_phone(
    browser, live_server, long_review, steering_member
):
    context, page = browser_page(browser, live_server, steering_member, 1280)
    page.goto(url_of(long_review))
    assert page.evaluate("document.documentElement.scrollHeight") > 5000
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight * 0.7)")
    box = page.locator(".review-toc").bounding_box()
    assert 0 <= box["y"] < 800 and box["x"] > 640  # in view, in the side column
    page.locator(".review-toc a").nth(5).click()
    assert page.evaluate("location.hash").startswith("#section-")
    context.close()

    context, page = browser_page(browser, live_server, steering_member, 375)
    page.goto(url_of(long_review))
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight * 0.7)")
    box = page.locator(".review-toc").bounding_box()
    assert box["y"] + box["height"] < 0  # scrolled away with the page: a plain list
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()
