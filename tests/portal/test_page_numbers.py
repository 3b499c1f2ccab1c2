"""A page number in a list's address that leads nowhere shows a page of the list, not "page
not found": no number at all the first page, one past the end the last, in the practice,
source and actor lists alike (as the site search does)."""

import re

import pytest
from django.urls import reverse

LISTS = ["practices:list", "practices:source-list", "networks:actor-list"]


def current_page(html):
    """The page the pagination marks as the current one, 1 for a list of one page."""
    found = re.search(r'aria-current="page"[^>]*>\s*(\d+)', html)
    return int(found.group(1)) if found else 1


@pytest.mark.django_db
@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("asked", ["abc", "-1", "1.5", "0", "", "9" * 30])
def test_a_page_that_is_no_page_number_shows_the_first(client, demo_content, name, asked):
    response = client.get(f"{reverse(name)}?page={asked}")
    assert response.status_code == 200
    assert current_page(response.content.decode()) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("name", LISTS)
def test_a_page_past_the_end_shows_the_last(client, demo_content, name):
    last = client.get(f"{reverse(name)}?page=last")
    assert last.status_code == 200
    past = client.get(f"{reverse(name)}?page=99999")
    assert past.status_code == 200
    number = current_page(last.content.decode())
    assert current_page(past.content.decode()) == number
    # The same records as the last page's, in the same order.
    records = linked_records(past.content.decode(), reverse(name))
    assert records
    assert records == linked_records(last.content.decode(), reverse(name))


def linked_records(html, list_address):
    """The addresses of the list's records that the page links to, in order."""
    main = html.split('<main id="main"', 1)[1]
    return re.findall(rf'href="({re.escape(list_address)}[\w-]+/)"', main)
