from django.conf import settings
from django.db import DatabaseError, connections
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal import accessibility, caching
from portal.models import Page
from portal.ratelimit import client_ip
from portal.registry import registry
from portal.search import kind_named, search_everything
from portal.searchable import MAX_QUERY_LENGTH, normalise_query


def home(request):
    return render(
        request,
        "portal/home.html",
        {
            "page": Page.objects.filter(key=Page.Key.HOME).first(),
            "sections": registry.sections,
            "blocks": [
                (block.template_name, block.context(request)) for block in registry.home_blocks
            ],
        },
    )


def page(request, key):
    page = get_object_or_404(Page, key=key)
    context = {"page": page}
    if key == Page.Key.ACCESSIBILITY:
        context["authority"] = accessibility.AUTHORITY.get(get_language(), None)
    return render(request, "portal/page.html", context)


def accessibility_feedback(request):
    """The accessibility statement's feedback form: e-mailed to the coordinators, kept
    nowhere in the portal; rate-limited per visitor, with a honeypot for robots."""
    statement = Page.objects.filter(key=Page.Key.ACCESSIBILITY).first()
    initial = {"page": request.GET.get("page", "")[:500]}
    form = accessibility.FeedbackForm(request.POST or None, initial=initial)
    context = {"form": form, "statement": statement}
    if request.method != "POST":
        return render(request, "portal/accessibility_feedback.html", context)
    visitor = client_ip(request)
    if accessibility.FEEDBACK.exceeded(visitor):
        # The bound form shows again what was typed, so nothing is lost while waiting.
        context["too_many"] = True
        return render(request, "portal/accessibility_feedback.html", context, status=429)
    if form.is_spam():
        # Robots are answered as people are, so that they learn nothing from the answer.
        accessibility.FEEDBACK.record(visitor)
        return redirect("portal:accessibility-feedback-sent")
    if not form.is_valid():
        return render(request, "portal/accessibility_feedback.html", context)
    if not accessibility.send_feedback(statement, form.cleaned_data, get_language()):
        form.add_error(
            None,
            _(
                "We could not send your feedback just now. Please try again later: what you "
                "wrote is kept below."
            ),
        )
        return render(request, "portal/accessibility_feedback.html", context, status=503)
    accessibility.FEEDBACK.record(visitor)
    return redirect("portal:accessibility-feedback-sent")


def accessibility_feedback_sent(request):
    return render(request, "portal/accessibility_feedback_sent.html")


@caching.query_parameters("q", "kind", "page")
def search(request):
    raw_query = request.GET.get("q", "")
    query = normalise_query(raw_query)
    context = {"query": query, "site_search_query": query, "max_length": MAX_QUERY_LENGTH}
    if len(raw_query) > MAX_QUERY_LENGTH:
        context["notice"] = _("Your search was shortened to its first %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    if query:
        kind = kind_named(request.GET.get("kind", ""))
        kind_key = kind.key if kind else ""
        page_number = _page_number(request.GET.get("page")) if kind else 1
        context["results"] = caching.cached_html(
            "site-search",
            (query, kind_key, page_number),
            lambda: draw_search_results(query, kind_key, page_number),
        )
    return render(request, "portal/search.html", context)


def _page_number(value):
    # A page that does not exist shows the last one (Paginator.get_page); one that is no
    # number at all, the first: one cached entry for each page that exists.
    return int(value) if (value or "").isdigit() and 0 < len(value) < 6 else 1


def draw_search_results(query, kind_key="", page_number=1):
    """The results of the site search, kept for everyone who searches the same words (the
    same kind, the same page): cold, the search's queries were most of the page."""
    results = search_everything(query, kind_key, page_number)
    return render_to_string("portal/search_results.html", {"results": results})


@require_GET
def opensearch_description(request):
    """The OpenSearch description of the site search in the page's language, so that a
    browser offers to search the portal from its address bar."""
    return render(
        request,
        "portal/opensearch.xml",
        {"search_url": request.build_absolute_uri(reverse("portal:search"))},
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )


@never_cache
@require_GET
def healthz(request):
    """200 while the database answers, 503 when it does not: for load balancers."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "up"})


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        *(f"Disallow: /{code}/admin/" for code, _name in settings.LANGUAGES),
        *(f"Disallow: /{code}/accounts/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request):
    """A 500 page that renders without the database or context processors: they may be what
    failed."""
    template = loader.get_template("500.html")
    return HttpResponse(template.render({}), status=500)
