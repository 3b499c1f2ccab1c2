"""The practices a visitor has chosen to compare, kept in their session.

The choice lives in the session, not in the address: a visitor picks practices one at a time
from the list and from practice pages, wherever they wander in between, and the pages of
everyone who has chosen nothing stay the same for all, so they are still cached whole
(portal.caching serves no one with a session cookie). The compare page's own address
(?p=a&p=b) still names a comparison that can be shared."""

import re

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode

from portal.localised import localised
from practices.models import Practice

SESSION_KEY = "compare-practices"
COMPARE_MAX = 3
# Slugs only: anything else cannot name a practice and never reaches the database.
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")
# More values than this are not looked at at all.
READ_MAX = 20


def valid_slugs(values):
    """The slugs among `values`, in order, without repeats or values that cannot be slugs."""
    chosen = []
    for value in list(values)[:READ_MAX]:
        if isinstance(value, str) and SLUG_RE.match(value) and value not in chosen:
            chosen.append(value)
    return chosen


def chosen(request):
    """The slugs the visitor has chosen, oldest first. Reads no session that does not exist:
    a visitor without a session cookie costs nothing."""
    if not hasattr(request, "session"):
        return []
    return valid_slugs(request.session.get(SESSION_KEY, []))[:COMPARE_MAX]


def keep(request, slugs):
    """Stores the choice; an empty one is removed from the session."""
    if slugs:
        request.session[SESSION_KEY] = list(slugs)[:COMPARE_MAX]
    else:
        request.session.pop(SESSION_KEY, None)


def bar(request):
    """What the list and the practice pages show of the visitor's comparison: the chosen
    practices' titles, or None for a visitor who has chosen none (and no query)."""
    chosen_slugs = chosen(request)
    if not chosen_slugs:
        return None
    found = {
        practice.slug: practice
        for practice in Practice.objects.published()
        .filter(slug__in=chosen_slugs)
        .only("slug", "title_fi", "title_sv")
    }
    return {
        "practices": [found[slug] for slug in chosen_slugs if slug in found],
        "url": compare_url(chosen_slugs),
        "max": COMPARE_MAX,
    }


def compare_url(slugs):
    url = reverse("practices:compare")
    return f"{url}?{urlencode({'p': slugs}, doseq=True)}" if slugs else url


def add_form_markers(slug):
    """The comments around a practice's "Add to comparison" in a remembered list
    (includes/compare_choice_form.html), where mark_chosen puts what this visitor sees."""
    return f"<!--compare:{slug}-->", f"<!--/compare:{slug}-->"


def mark_chosen(html, practices, request):
    """The list's HTML with each chosen practice's "Add to comparison" replaced by what says
    it is chosen and removes it: the list is remembered the same for everyone, and a visitor
    who has just added a practice lands on its row, where the change must show."""
    for practice in practices:
        start, end = add_form_markers(practice.slug)
        begins = html.find(start)
        ends = html.find(end, begins)
        if begins < 0 or ends < 0:
            continue
        chosen = render_to_string(
            "practices/includes/compare_choice_form.html",
            {
                "slug": practice.slug,
                "title": localised(practice, "title"),
                "chosen": True,
                "back_to_row": True,
            },
            request,
        )
        html = html[:begins] + chosen + html[ends + len(end) :]
    return html
