"""Addresses of many records of one kind, reversed once.

Django's reverse() walks the URL resolver on each call (about 50 µs here): a page listing a
thousand actors spent more on it than on its queries. A slug fills one place in its
pattern, so the address is reversed once around a marker and each slug put in its place.
"""

from collections.abc import Callable

from django.urls import reverse

# A valid slug that no real one equals: the <slug:> converter accepts it and does not quote it.
MARKER = "slug-marker-0f3a9"


def by_slug(view_name: str) -> Callable[[str], str]:
    """A function from a slug to the address of `view_name` for it, in the active language."""
    before, after = reverse(view_name, kwargs={"slug": MARKER}).split(MARKER)
    return lambda slug: f"{before}{slug}{after}"
