"""The parts of a page drawn from the content alone (a practice's record, a path's stages,
a list's filters and results), kept as HTML in the shared cache until the content changes.

Whole pages are cached for anonymous visitors only (portal.page_cache); these parts serve
everyone, logged in or not, and the rest of the page (the header with the login, forms with
their CSRF tokens) is drawn for each request. Each part is stored with the content
generation it was drawn in (portal.content_cache), so a coordinator's save shows at once on
every app server; the first request after a save draws it again."""

from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from portal import content_cache


def fragment_key(name, parts):
    # The day too: some parts show what is in force today (roles, ongoing practices).
    return content_cache.key_for(
        "fragment",
        name,
        translation.get_language(),
        get_script_prefix(),
        timezone.localdate().isoformat(),
        *parts,
    )


def cached_value(name, parts, compute, *, scope=None):
    """compute()'s value for the part `name` of the record or state `parts`, computed once
    per language and content generation (of the app `scope` alone, when only its models
    are shown)."""
    return content_cache.remember(fragment_key(name, parts), compute, scope=scope)


def cached_html(name, parts, render_html, *, scope=None):
    """render_html()'s HTML, as cached_value keeps it."""
    html = cached_value(name, parts, lambda: str(render_html()), scope=scope)
    # The HTML comes from our own templates, which escaped what they show.
    return mark_safe(html)  # noqa: S308


def filter_form_html(request, form, heading, heading_id, *, scope=None):
    """A GET form of filters (includes/filter_form.html) as HTML, drawn once per address:
    Django draws each select and its options through templates, which cost more than
    the rest of a page whose other parts are cached. Its choices are content (paths,
    networks, …), so it is kept per content generation like the rest."""
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


class CachedListingMixin:
    """For a list view (a FilterView) whose filters, results and pages depend on its address
    alone: that part of the page, `listing_template_name`, is drawn once per address and
    content generation and shown as {{ listing }} in the page's template.

    listing_facts() names what the rest of the page needs from the listing (the page
    number in the title); page_context() what it draws for each request outside it."""

    listing_template_name = None

    def get(self, request, *args, **kwargs):
        parts = (type(self).__name__, request.path, sorted(request.GET.lists()))
        listing = cached_value(
            "listing", parts, lambda: self.draw_listing(request, *args, **kwargs)
        )
        context = {**listing["facts"], "listing": mark_safe(listing["html"])}  # noqa: S308
        return render(request, self.template_name, {**context, **self.page_context(request)})

    def draw_listing(self, request, *args, **kwargs):
        context = super().get(request, *args, **kwargs).context_data
        return {
            "html": render_to_string(self.listing_template_name, context, request),
            "facts": self.listing_facts(context),
        }

    def listing_facts(self, context):
        return {}

    def page_context(self, request):
        return {}
