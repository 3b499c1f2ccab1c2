"""Whole responses of anonymous GET pages, cached per language and full address in the shared
cache and served again until the content changes (portal.content_cache), by any app server.

A visitor with a session (logged in, or with a message waiting) never gets a cached page; a
response that sets a cookie, carries a CSRF token, says it is private or is not a plain 200
is never stored.

Nor is a page whose address has a query parameter the page does not read, nor any part of it
(portal.fragments): each such address would be a new key, and 500 requests with a random
parameter added 538 keys and 20 MiB to Redis. A page reads its FilterSet's parameters and
its page number, and those it names with @query_parameters."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

from portal import content_cache
from portal.roles import COORDINATOR_APPS

MAX_BYTES = 4 * 1024 * 1024
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
MARKER = "X-Page-Cache"
UNKNOWN_PARAMETERS = "has_unknown_query_parameters"


def query_parameters(*names, form=None):
    """Names the query parameters a view reads, `form`'s fields among them."""
    known = frozenset(names) | frozenset(form.base_fields if form else ())

    def declare(view):
        view.query_parameters = known
        return view

    return declare


def known_parameters(view):
    known = set(getattr(view, "query_parameters", ()))
    view_class = getattr(view, "view_class", None)
    if view_class is not None:
        filterset_class = getattr(view_class, "filterset_class", None)
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        if getattr(view_class, "paginate_by", None):
            known.add(view_class.page_kwarg)
    return known


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def may_use_cache(request):
    """Only an anonymous visitor's GET: without a session cookie there is no login to lose
    and no message to show."""
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


# The content apps a part of the site (a URL namespace) never shows: a save in one of them
# leaves that part's pages cached. Every other page shows any app's content.
NOT_SHOWN_BY = {"practices": {"agreements"}, "networks": {"agreements"}}


def page_apps(request):
    """The content apps whose saves expire the page."""
    language = get_language_from_path(request.path_info)
    try:
        with translation.override(language):
            namespace = resolve(request.path_info).namespace
    except Resolver404:
        namespace = ""
    hidden = NOT_SHOWN_BY.get(namespace, set())
    return tuple(app for app in COORDINATOR_APPS if app not in hidden)


def page_key(request):
    # The date, because some pages show what is in force today (roles, ongoing practices).
    return content_cache.key_for(
        "page",
        get_language_from_path(request.path_info) or "",
        request.build_absolute_uri(),
        timezone.localdate().isoformat(),
    )


def may_store(request, response):
    if getattr(request, UNKNOWN_PARAMETERS, False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # The page holds a CSRF token: it belongs to one visitor.
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        d.split("=")[0].strip().lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & UNCACHEABLE_DIRECTIVES and len(response.content) <= MAX_BYTES


def frozen(response):
    return (response.status_code, list(response.items()), response.content)


def thawed(entry):
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Sits below the security middleware (which still redirects to HTTPS and adds its
    headers) and above the session: a cached page is answered without touching either."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # What the view stores in the cache is stored unless process_view finds parameters
        # the view does not read.
        storing = content_cache.storing.set(True)
        try:
            return self.answer(request)
        finally:
            content_cache.storing.reset(storing)

    def process_view(self, request, view, view_args, view_kwargs):
        if set(request.GET) - known_parameters(view):
            setattr(request, UNKNOWN_PARAMETERS, True)
            content_cache.storing.set(False)

    def answer(self, request):
        if not (enabled() and may_use_cache(request)):
            return self.get_response(request)
        key = page_key(request)
        try:
            generation, entry = content_cache.lookup(key, page_apps(request))
        except Exception:  # A cache that does not answer must not take the site down.
            content_cache.logger.warning("The page cache did not answer.", exc_info=True)
            return self.get_response(request)
        if entry is not None:
            response = thawed(entry)
            response[MARKER] = "hit"
            return response
        response = self.get_response(request)
        if may_store(request, response):
            content_cache.store(key, generation, frozen(response), settings.PAGE_CACHE_SECONDS)
            response[MARKER] = "miss"
        return response
