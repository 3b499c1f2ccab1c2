"""Identifiers a practice cannot have: the practices' own pages use those addresses."""

from functools import cache

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

PAGES_UNDER_THE_LIST = ("practices:compare", "practices:propose", "practices:feed")


@cache
def reserved_slugs():
    reserved = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            list_path = reverse("practices:list")
            for name in (*PAGES_UNDER_THE_LIST, "practices:export-csv"):
                reserved.add(reverse(name)[len(list_path) :].split("/")[0])
    return frozenset(reserved)


RESERVED_MESSAGE = _("This identifier is the address of another page; choose another one.")
