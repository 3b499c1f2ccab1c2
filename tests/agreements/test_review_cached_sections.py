"""The review page's sections with their comments, a cached part: drawn once for the readers
who see the same, never showing one reader's edit links to another, new at once after a
comment, and kept apart per filter."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from agreements.models import Comment
from portal.roles import STEERING_GROUP
from tests.agreements.helpers import url_of

pytestmark = pytest.mark.django_db

EDIT_LINK = "Muokkaa tai peru kommenttisi"


def member(name):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=STEERING_GROUP))
    return user


@pytest.fixture
def second_member(db):
    return member("toinen")


def reader(user):
    client = Client()
    client.force_login(user)
    return client


def comment_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url).content.decode()
    reads = [q["sql"] for q in queries.captured_queries if '"agreements_comment"' in q["sql"]]
    return page, reads


def test_a_second_reader_gets_the_comment_lists_without_reading_the_comments(
    versions, steering_member, second_member
):
    version = versions["steering"]
    section = version.sections.first()
    Comment.objects.create(version=version, section=section, author=steering_member, text="Eka.")
    # Two readers without comments of their own see the same lists.
    first, first_reads = comment_queries(reader(second_member), url_of(version))
    second, second_reads = comment_queries(reader(member("kolmas")), url_of(version))
    assert "Eka." in first and "Eka." in second
    # The first drew them (the comments and their replies read); the second asked only
    # whether it wrote any itself.
    assert len(first_reads) >= 2
    assert len(second_reads) == 1 and "LIMIT 1" in second_reads[0]


def test_only_the_author_sees_the_link_to_edit_their_comment_whoever_read_first(
    versions, steering_member, second_member
):
    version = versions["steering"]
    section = version.sections.first()
    Comment.objects.create(version=version, section=section, author=steering_member, text="Oma.")
    other, author = reader(second_member), reader(steering_member)
    assert EDIT_LINK not in other.get(url_of(version)).content.decode()
    assert EDIT_LINK in author.get(url_of(version)).content.decode()
    assert EDIT_LINK not in other.get(url_of(version)).content.decode()


def test_a_new_comment_shows_at_once_to_a_reader_whose_lists_were_cached(
    versions, steering_member, second_member
):
    version = versions["steering"]
    section = version.sections.first()
    other = reader(second_member)
    assert "Uusi kommentti." not in other.get(url_of(version)).content.decode()
    posted = {"section": section.pk, "text": "Uusi kommentti."}
    reader(steering_member).post(url_of(version), posted)
    page = other.get(url_of(version)).content.decode()
    assert "Uusi kommentti." in page and "(1 kommentti)" in page


def test_the_filtered_lists_are_kept_apart_from_the_whole(versions, steering_member):
    version = versions["steering"]
    first, last = version.sections.first(), version.sections.last()
    Comment.objects.create(version=version, section=first, author=steering_member, text="Alku.")
    Comment.objects.create(version=version, section=last, author=steering_member, text="Loppu.")
    client = reader(steering_member)
    assert "Alku." in client.get(url_of(version)).content.decode()
    filtered = client.get(url_of(version), {"section": last.pk}).content.decode()
    assert "Loppu." in filtered and "Alku." not in filtered
    assert "Alku." in client.get(url_of(version)).content.decode()


def test_filters_not_understood_show_their_own_errors_each_time(versions, steering_member):
    # The forms are cached with the sections, except when the filters were not understood:
    # the errors name what was typed.
    version = versions["steering"]
    client = reader(steering_member)
    client.get(url_of(version))
    for typed in ("nonsense", "rubbish"):
        page = client.get(url_of(version), {"status": typed}).content.decode()
        assert "Joitakin rajauksia ei tunnistettu" in page
        assert typed in page
    assert "Joitakin rajauksia ei tunnistettu" not in client.get(url_of(version)).content.decode()


def test_the_chosen_filter_is_shown_selected_from_the_cache(versions, steering_member):
    version = versions["steering"]
    last = version.sections.last()
    url = f"{url_of(version)}?section={last.pk}"
    for client in (reader(steering_member), reader(member("kolmas"))):
        page, reads = comment_queries(client, url)
        assert f'<option value="{last.pk}" selected>' in page
    # The second reader's page came from the cache: no comments read, only its own check.
    assert len(reads) == 1 and "LIMIT 1" in reads[0]
