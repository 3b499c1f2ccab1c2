"""A generation number per content app, kept in the shared cache: every save or delete of
one of the app's models moves it on, and everything cached from the content (whole pages,
the network map's layout and analysis) is stored with the generations of the apps it was
computed from. An entry of older generations is never served, on any app server; a
review comment (agreements) leaves the practice pages cached, and the network map is not
drawn again when a practice is edited."""

import contextvars
import hashlib
import logging
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from portal.roles import COORDINATOR_APPS

logger = logging.getLogger(__name__)
GENERATION_KEY = "content-generation"
DEFAULT_TIMEOUT = 600
# Rows that no page shows: a proposal waits there until its e-mail address is confirmed; the
# throttles count attempts there.
NOT_SHOWN = {"practices.pendingproposal", "portal.attemptcount"}
# False while a request with query parameters its page does not read is answered: what it
# computes is not kept (see portal.page_cache).
storing = contextvars.ContextVar("content_cache_storing", default=True)


def _fresh_generation():
    # Never a number used before, even when the cache lost the key (a restart, an eviction):
    # a restarted count would make entries of an old generation current again.
    return time.time_ns()


def generation_key(app):
    return f"{GENERATION_KEY}:{app}"


def bump(scope=None):
    """Move on the generation of the app `scope`; without a scope, of every app (after bulk
    writes that send no signals)."""
    try:
        for key in map(generation_key, [scope] if scope else COORDINATOR_APPS):
            try:
                cache.incr(key)
            except ValueError:
                cache.add(key, _fresh_generation(), timeout=None)
    except Exception:
        # The save itself stands; what the cache still holds expires within its timeout.
        logger.error("The cache did not answer: cached pages may lag behind.", exc_info=True)


def content_changed(scope=None):
    """Content was saved or deleted. Moves the generations on at once (so the same
    transaction's later reads miss) and again at commit (so that no app server keeps what it
    read between the first move and the commit)."""
    bump(scope)
    transaction.on_commit(lambda: bump(scope))


def is_content(model):
    return model._meta.app_label in COORDINATOR_APPS and model._meta.label_lower not in NOT_SHOWN


def _saved_or_deleted(sender, **kwargs):
    if is_content(sender):
        content_changed(sender._meta.app_label)


def _links_changed(sender, action, **kwargs):
    if action.startswith("post_") and is_content(sender):
        content_changed(sender._meta.app_label)


def connect_signals():
    """Every content app's models, their many-to-many links included, whoever writes them:
    the admin, the services, the import, a shell."""
    post_save.connect(_saved_or_deleted, dispatch_uid="content-cache-save")
    post_delete.connect(_saved_or_deleted, dispatch_uid="content-cache-delete")
    m2m_changed.connect(_links_changed, dispatch_uid="content-cache-links")


def key_for(*parts):
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return f"content:{digest[:40]}"


def lookup(key, apps=COORDINATOR_APPS):
    """(the current generations of `apps`, the entry's value or None when absent or computed
    in other generations), in one round trip to the cache."""
    counters = [generation_key(app) for app in apps]
    found = cache.get_many([*counters, key])
    missing = [counter for counter in counters if found.get(counter) is None]
    for counter in missing:
        cache.add(counter, _fresh_generation(), timeout=None)
        found[counter] = cache.get(counter)
    generation = tuple(found[counter] for counter in counters)
    entry = found.get(key)
    if not missing and entry is not None and entry[0] == generation:
        return generation, entry[1]
    return generation, None


def store(key, generation, value, timeout=DEFAULT_TIMEOUT):
    if storing.get():
        cache.set(key, (generation, value), timeout=timeout)


def remember(key, compute, timeout=DEFAULT_TIMEOUT, scope=None):
    """compute()'s value, cached until the content changes (of the app `scope` only, when
    the value is computed from that app's models alone). Without a cache, just computed."""
    try:
        generation, value = lookup(key, (scope,) if scope else COORDINATOR_APPS)
    except Exception:  # A cache that does not answer must not take the page down with it.
        logger.warning("The cache did not answer; computing without it.", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        store(key, generation, value, timeout)
    return value
