"""The portal's one cache, kept in the shared cache (Redis) so that every app server agrees.

1. **Generations.** Each content app has a number in the cache that every save, delete or
   change of links of one of its models moves on (at once, and again at commit). Whatever is
   cached is stored with the numbers of the apps it was drawn from and never served after one
   of them moved on: a coordinator's save shows at once everywhere, and a review comment
   (the agreements' discussion, a generation of its own) leaves the practice pages cached.
2. **Whole pages** for anonymous visitors (PageCacheMiddleware), per address, language and
   day. Never for a visitor with a session or a message waiting, never a response that sets
   a cookie, holds a CSRF token, is private or is not a 200, and never for an address with
   query parameters the page does not read (@query_parameters names them): each would be a
   new key, and 500 requests with a random parameter once added 20 MiB to Redis.
3. **Parts of pages** for every reader, logged in or not (cached_html, CachedListingMixin):
   HTML drawn from the content alone, where docs/performance.md shows it pays. The page
   around it (the header with the login, forms with their CSRF tokens) is drawn each time.

A cache that does not answer never takes a page down: the page is drawn without it.
Only plain data is stored (HTML, numbers), never model instances."""

import contextvars
import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import Resolver404, get_script_prefix, resolve
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re
from django.utils.safestring import mark_safe

from portal.roles import COORDINATOR_APPS

logger = logging.getLogger(__name__)

PART_SECONDS = 600
MAX_PAGE_BYTES = 4 * 1024 * 1024
MARKER = "X-Page-Cache"
# Rows that no page shows: a proposal waiting for its e-mail address to be confirmed; the
# throttles' counts; the site search's index, written with the record it indexes (whose own
# save moves its app's generation on).
NOT_SHOWN = {
    "practices.pendingproposal",
    "portal.attemptcount",
    "portal.searchentry",
    "portal.searchword",
    "portal.subscription",  # who follows what, by e-mail
    # A round's rankings: its page shows them only once the result is published, a save of
    # the round itself, after the round has closed.
    "rounds.ballot",
    "rounds.ranking",
}
# The review's discussion (its comments and the notices of them) has a generation of its
# own: the practice, network and monitoring pages show a signed agreement's commitments but
# never its comments, so a comment leaves them cached.
OWN_GENERATION = {
    "agreements.comment": "discussion",
    "agreements.historicalcomment": "discussion",  # its record of changes
    "agreements.notice": "discussion",
}
GENERATIONS = (*COORDINATOR_APPS, "discussion")
# The generations a part of the site (a URL namespace) never shows: their saves leave its
# pages cached.
NOT_SHOWN_BY = {
    "practices": {"discussion", "hearings"},
    "networks": {"discussion", "hearings", "rounds"},
    "monitoring": {"discussion", "hearings", "rounds"},
    "events": {"discussion", "hearings", "rounds"},
}
# False while a request with query parameters its page does not read is answered.
storing = contextvars.ContextVar("caching_storing", default=True)


# --- 1. Generations ----------------------------------------------------------------------


def generation_key(app):
    return f"content-generation:{app}"


def bump(app=None):
    """Moves on the generation `app` (an app's label, or "discussion"), or every generation
    (after bulk writes without signals)."""
    try:
        apps = [app] if app else GENERATIONS
        for key in map(generation_key, apps):
            try:
                cache.incr(key)
            except ValueError:
                # Never a number used before, even after the cache lost the key: a count
                # started again would make entries of an old generation current again.
                cache.add(key, time.time_ns(), timeout=None)
        now = time.time()
        cache.set_many({changed_key(app): now for app in apps}, timeout=None)
    except Exception:
        # The save itself stands; what the cache still holds expires within its timeout.
        logger.error("The cache did not answer: cached pages may lag behind.", exc_info=True)


def changed_key(app):
    return f"content-changed:{app}"


def changed_at(apps=COORDINATOR_APPS):
    """When the content of `apps` last changed (a POSIX time), or None if the cache does not
    answer. A time the cache lost counts as now: later than the change, never earlier."""
    keys = [changed_key(app) for app in apps]
    try:
        times = cache.get_many(keys)
        for key in set(keys) - set(times):
            cache.add(key, time.time(), timeout=None)
            times[key] = cache.get(key)
    except Exception:
        logger.warning("The cache did not answer.", exc_info=True)
        return None
    known = [moment for moment in times.values() if moment is not None]
    return max(known) if known else None


def content_changed(app=None):
    """Moves the generation on at once (the same transaction's later reads miss) and again
    at commit (no app server keeps what it read in between)."""
    bump(app)
    transaction.on_commit(lambda: bump(app))


def _is_content(model):
    meta = model._meta
    return meta.app_label in COORDINATOR_APPS and meta.label_lower not in NOT_SHOWN


def generation_of(model):
    return OWN_GENERATION.get(model._meta.label_lower, model._meta.app_label)


def _saved_or_deleted(sender, **kwargs):
    if _is_content(sender):
        content_changed(generation_of(sender))


def _links_changed(sender, action, **kwargs):
    if action.startswith("post_") and _is_content(sender):
        content_changed(generation_of(sender))


def connect_signals():
    """Every content model's writes, whoever makes them: the admin, the services, a shell."""
    post_save.connect(_saved_or_deleted, dispatch_uid="caching-save")
    post_delete.connect(_saved_or_deleted, dispatch_uid="caching-delete")
    m2m_changed.connect(_links_changed, dispatch_uid="caching-links")


# --- The one key builder, and the lookup --------------------------------------------------


def key_for(kind, *parts):
    """The key of an entry: its kind, the language, the site's prefix, the day (some pages
    show what is in force today) and what the entry depends on."""
    words = (kind, translation.get_language(), get_script_prefix(), timezone.localdate(), *parts)
    digest = hashlib.sha256("\x1f".join(map(str, words)).encode()).hexdigest()
    return f"content:{digest[:40]}"


def lookup(key, apps=GENERATIONS):
    """(the apps' current generations, the entry or None), in one round trip."""
    counters = [generation_key(app) for app in apps]
    found = cache.get_many([*counters, key])
    for counter in counters:
        if found.get(counter) is None:
            cache.add(counter, time.time_ns(), timeout=None)
            found[counter] = cache.get(counter)
            found.pop(key, None)
    generation = tuple(found[counter] for counter in counters)
    entry = found.get(key)
    if entry is not None and entry[0] == generation:
        return generation, entry[1]
    return generation, None


def store(key, generation, value, timeout=PART_SECONDS):
    if storing.get():
        cache.set(key, (generation, value), timeout=timeout)


# --- 2. Whole pages -----------------------------------------------------------------------


def query_parameters(*names, form=None):
    """Names the query parameters a view reads, `form`'s fields among them."""
    known = frozenset(names) | frozenset(form.base_fields if form else ())

    def declare(view):
        view.query_parameters = known
        return view

    return declare


def _known_parameters(view):
    known = set(getattr(view, "query_parameters", ()))
    # A Django class-based view, or a REST framework viewset (the open data).
    view_class = getattr(view, "view_class", None) or getattr(view, "cls", None)
    known |= set(getattr(view_class, "query_parameters", ()))
    if filterset_class := getattr(view_class, "filterset_class", None):
        known |= set(filterset_class.base_filters)
    if getattr(view_class, "paginate_by", None):
        known.add(view_class.page_kwarg)
    return known


def _is_anonymous_get(request):
    """Without a session cookie there is no login to lose and no message to show."""
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _page_apps(request):
    """The content apps whose saves expire the page."""
    try:
        namespace = resolve(request.path_info).namespace
    except Resolver404:
        namespace = ""
    hidden = NOT_SHOWN_BY.get(namespace, set())
    return tuple(app for app in GENERATIONS if app not in hidden)


def _may_store(request, response):
    if not storing.get() or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # It belongs to one visitor: a cookie, or a form's CSRF token.
    if getattr(getattr(request, "user", None), "is_authenticated", False):
        return False
    directives = {
        d.split("=")[0].strip().lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    private = directives & {"private", "no-cache", "no-store"}
    return not private and len(response.content) <= MAX_PAGE_BYTES


class PageCacheMiddleware:
    """Sits below the security middleware (which still redirects to HTTPS and adds its
    headers) and above the session: a cached page is answered without touching either.
    The locale middleware has not run yet, so the key's language is the one the address
    names (i18n_patterns)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = storing.set(True)
        try:
            return self._answer(request)
        finally:
            storing.reset(token)

    def process_view(self, request, view, view_args, view_kwargs):
        if set(request.GET) - _known_parameters(view):
            storing.set(False)  # Neither the page nor any part drawn for it is kept.

    def _answer(self, request):
        if getattr(settings, "PAGE_CACHE_SECONDS", 0) <= 0 or not _is_anonymous_get(request):
            return self.get_response(request)
        language = translation.get_language_from_path(request.path_info) or ""
        with translation.override(language or None):
            key = key_for("page", request.build_absolute_uri())
            apps = _page_apps(request)
        try:
            generation, entry = lookup(key, apps)
        except Exception:  # A cache that does not answer must not take the site down.
            logger.warning("The page cache did not answer.", exc_info=True)
            return self.get_response(request)
        if entry is not None:
            status, headers, content = entry
            response = HttpResponse(content, status=status, headers=dict(headers))
            response[MARKER] = "hit"
            return response
        response = self.get_response(request)
        if _may_store(request, response):
            entry = (response.status_code, list(response.items()), response.content)
            store(key, generation, entry, settings.PAGE_CACHE_SECONDS)
            response[MARKER] = "miss"
        return response


# --- 3. Parts of pages --------------------------------------------------------------------


def remembered(name, parts, compute, *, apps=COORDINATOR_APPS):
    """compute()'s value (plain data: HTML, numbers), kept per language, day and `parts`
    until the content of `apps` changes (by default every app's but the discussion's: a
    part that shows comments names "discussion" itself). Without a cache, just computed."""
    key = key_for("part", name, *parts)
    try:
        generation, value = lookup(key, apps)
    except Exception:  # A cache that does not answer must not take the page down with it.
        logger.warning("The cache did not answer; computing without it.", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        store(key, generation, value, PART_SECONDS)
    return value


def cached_html(name, parts, draw, *, apps=COORDINATOR_APPS):
    """draw()'s HTML, remembered as above."""
    html = remembered(name, parts, lambda: str(draw()), apps=apps)
    # Our own templates' HTML, which escaped what they show.
    return mark_safe(html)  # noqa: S308


class CachedListingMixin:
    """For a FilterView whose filters, results and pages depend on its address alone: that
    part of the page, `listing_template_name`, is remembered per address and shown as
    {{ listing }}. listing_facts() names what the rest of the page needs from it (the page
    number in the title); page_context() what is drawn for each request outside it."""

    listing_template_name = None

    def get(self, request, *args, **kwargs):
        parts = (type(self).__name__, request.path, sorted(request.GET.lists()))
        listing = remembered("listing", parts, lambda: self._draw(request, *args, **kwargs))
        page = self.page_context(request)
        html = self.personalised(listing["html"], page)
        context = {**listing["facts"], "listing": mark_safe(html)}  # noqa: S308
        return render(request, self.template_name, {**context, **page})

    def _draw(self, request, *args, **kwargs):
        context = super().get(request, *args, **kwargs).context_data
        return {
            "html": render_to_string(self.listing_template_name, context, request),
            "facts": self.listing_facts(context),
        }

    def listing_facts(self, context):
        return {}

    def page_context(self, request):
        return {}

    def personalised(self, html, page_context):
        """The remembered listing as this visitor sees it (with page_context's facts about
        them): the same for everyone unless a view says otherwise."""
        return html
