"""Until networks and the review page move onto portal.caching (being reworked), their calls
in the old names."""

from django.template.loader import render_to_string

from portal import caching
from portal.roles import COORDINATOR_APPS


def cached_value(name, parts, compute, *, scope=None):
    return caching.remembered(name, parts, compute, apps=(scope,) if scope else COORDINATOR_APPS)


def cached_html(name, parts, draw, *, scope=None):
    return caching.cached_html(name, parts, draw, apps=(scope,) if scope else COORDINATOR_APPS)


def filter_form_html(request, form, heading, heading_id, *, scope=None):
    return cached_html(
        f"filter-form-{heading_id}",
        (request.path, sorted(request.GET.lists())),
        lambda: render_to_string(
            "includes/filter_form.html",
            {"form": form, "form_heading": heading, "form_heading_id": heading_id},
            request,
        ),
        scope=scope,
    )
