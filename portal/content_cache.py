"""One generation number for all published content, kept in the shared cache: every save or
delete of a content model moves it on, and everything cached from the content (whole pages,
the network map's layout and analysis, facet counts) is stored with the generation it was
computed in. An entry of an older generation is never served, on any app server.

Each content app also has a generation of its own, for what is computed from that app's
models alone: the network map need not be drawn again when a practice is edited."""

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


def generation_key(scope=None):
    return f"{GENERATION_KEY}:{scope}" if scope else GENERATION_KEY


def bump(scope=None):
    """Move on the generation of all content and of the app `scope`; without a scope, of
    every app (after bulk writes that send no signals)."""
    scopes = [scope] if scope else list(COORDINATOR_APPS)
    try:
        for key in [GENERATION_KEY, *map(generation_key, scopes)]:
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


def lookup(key, scope=None):
    """(current generation, the entry's value or None when absent or of an older generation),
    in one round trip to the cache; `scope` names the one app the value comes from."""
    counter = generation_key(scope)
    found = cache.get_many([counter, key])
    generation = found.get(counter)
    if generation is None:
        cache.add(counter, _fresh_generation(), timeout=None)
        generation = cache.get(counter)
        return generation, None
    entry = found.get(key)
    if entry is not None and entry[0] == generation:
        return generation, entry[1]
    return generation, None


def store(key, generation, value, timeout=DEFAULT_TIMEOUT):
    if storing.get():
        cache.set(key, (generation, value), timeout=timeout)


def remember(key, compute, timeout=DEFAULT_TIMEOUT, scope=None):
    """compute()'s value, cached until the content changes (of the app `scope` only, when
    the value is computed from that app's models alone). Without a cache, just computed."""
    try:
        generation, value = lookup(key, scope)
    except Exception:  # A cache that does not answer must not take the page down with it.
        logger.warning("The cache did not answer; computing without it.", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        store(key, generation, value, timeout)
    return value
