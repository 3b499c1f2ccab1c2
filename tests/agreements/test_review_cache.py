"""What is each reader's own on the review page, drawn for each request: their CSRF token,
and the link to edit only their own comments. The compare page's form is kept in the cache
per set of versions the reader may see."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from agreements.models import Comment
from portal.roles import STEERING_GROUP
from tests.agreements.helpers import url_of

pytestmark = pytest.mark.django_db

EDIT_LINK = "Muokkaa tai peru kommenttisi"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def second_member(db):
    user = get_user_model().objects.create_user("toinen", "toinen@example.org", "pw-toinen")
    user.groups.add(Group.objects.get(name=STEERING_GROUP))
    return user


def member_client(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def test_only_the_author_gets_the_link_to_edit_their_comment(
    versions, steering_member, second_member
):
    version = versions["steering"]
    Comment.objects.create(
        version=version, section=version.sections.first(), author=steering_member, text="Oma."
    )
    author, other = member_client(steering_member), member_client(second_member)
    url = url_of(version)
    assert EDIT_LINK not in other.get(url).content.decode()
    assert author.get(url).content.decode().count(EDIT_LINK) == 1
    assert EDIT_LINK not in other.get(url).content.decode()


def test_a_form_drawn_for_one_member_sends_for_another(versions, steering_member, second_member):
    version = versions["steering"]
    url = url_of(version)
    member_client(steering_member).get(url)
    other = member_client(second_member, enforce_csrf_checks=True)
    html = other.get(url).content.decode()
    token = TOKEN.search(html.split('<section id="section-', 1)[1]).group(1)
    section = version.sections.first()
    response = other.post(
        url, {"csrfmiddlewaretoken": token, "section": section.pk, "text": "Toisen kommentti."}
    )
    assert response.status_code == 302
    assert Comment.objects.get().author == second_member


def test_a_new_comment_shows_at_once_to_the_others(versions, steering_member, second_member):
    version = versions["steering"]
    url = url_of(version)
    reader = member_client(second_member)
    reader.get(url)
    member_client(steering_member).post(
        url, {"section": version.sections.first().pk, "text": "Juuri kirjoitettu."}
    )
    assert "Juuri kirjoitettu." in reader.get(url).content.decode()


def test_the_compare_form_drawn_for_a_coordinator_never_offers_drafts_to_others(
    versions, coordinator, steering_member
):
    url = reverse("agreements:compare", kwargs={"slug": versions["draft"].agreement.slug})
    draft_option = f'<option value="{versions["draft"].number}"'
    assert draft_option in member_client(coordinator).get(url).content.decode()
    html = member_client(steering_member).get(url).content.decode()
    assert f'<option value="{versions["signed"].number}"' in html
    assert draft_option not in html
