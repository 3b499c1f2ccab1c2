"""A page number in a list's address that leads nowhere shows a page of the list, not "page
not found": no number at all the first page, a number out of range the last (Django's
Paginator.get_page), in the practice, source and actor lists alike."""

import re

import pytest
from django.urls import reverse

from networks.views import ActorListView
from practices.views.catalogue import PracticeListView
from practices.views.sources import SourceListView

LISTS = ["practices:list", "practices:source-list", "networks:actor-list"]


@pytest.fixture(autouse=True)
def pages_of_four(monkeypatch):
    """The demo fits one page of 25; pages of four give each list several, so that the
    first and the last differ."""
    for view in (PracticeListView, SourceListView, ActorListView):
        monkeypatch.setattr(view, "paginate_by", 4)


def current_page(html):
    """The page the pagination marks as the current one ("Sivu 2 / 6"), 1 for a list of
    one page."""
    found = re.search(r'<span aria-current="page">[^<\d]*(\d+)', html)
    return int(found.group(1)) if found else 1


@pytest.mark.django_db
@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("asked", ["abc", "1.5", "", "x1"])
def test_a_page_that_is_no_page_number_shows_the_first(client, demo_content, name, asked):
    response = client.get(f"{reverse(name)}?page={asked}")
    assert response.status_code == 200
    assert current_page(response.content.decode()) == 1
    first = client.get(f"{reverse(name)}?page=1").content.decode()
    assert linked_records(response.content.decode(), reverse(name)) == linked_records(
        first, reverse(name)
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("asked", ["99999", "9" * 30, "0", "-1"])
def test_a_page_number_out_of_range_shows_the_last(client, demo_content, name, asked):
    last = client.get(f"{reverse(name)}?page=last")
    assert last.status_code == 200
    past = client.get(f"{reverse(name)}?page={asked}")
    assert past.status_code == 200
    number = current_page(last.content.decode())
    assert number > 1
    assert current_page(past.content.decode()) == number
    # The same records as the last page's, in the same order.
    records = linked_records(past.content.decode(), reverse(name))
    assert records
    assert records == linked_records(last.content.decode(), reverse(name))


def linked_records(html, list_address):
    """The addresses of the list's records that the page links to, in order."""
    main = html.split('<main id="main"', 1)[1]
    return re.findall(rf'href="({re.escape(list_address)}[\w-]+/)"', main)
