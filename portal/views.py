from django.conf import settings
from django.db import DatabaseError, connections
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal import page_cache
from portal.models import Page
from portal.registry import registry
from portal.search import MAX_QUERY_LENGTH, normalise_query, search_everything


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
    return render(request, "portal/page.html", {"page": get_object_or_404(Page, key=key)})


@page_cache.query_parameters("q")
def search(request):
    raw_query = request.GET.get("q", "")
    query = normalise_query(raw_query)
    context = {
        "query": query,
        "site_search_query": query,
        "groups": [],
        "max_length": MAX_QUERY_LENGTH,
    }
    if len(raw_query) > MAX_QUERY_LENGTH:
        context["notice"] = _("Your search was shortened to its first %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    if query:
        context["groups"] = search_everything(query)
    return render(request, "portal/search.html", context)


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
