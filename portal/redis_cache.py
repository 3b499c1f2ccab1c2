"""Django's Redis cache backend, for which a Redis that does not answer is an empty cache.

With Django's own backend every cache call raises while Redis is down, the session
middleware's read of a cached_db session among them, so every request with a session cookie
answered 500. Here a call that cannot reach Redis is a miss (a read) or is left undone (a
write): sessions come from the database, pages and their parts are drawn afresh.

After a failure the process leaves Redis alone for RETRY_SECONDS, so that a Redis that is gone
costs one attempt per process in that time rather than one per call, and logs the outage once
when it starts and once when Redis answers again. The keys written or deleted meanwhile are
deleted in Redis before anything is read from it again: Redis may come back with what it held
(after a network failure, or a restart from its dump file), and a session logged out during
the outage must not come back with it, nor a page kept from before a coordinator's save."""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
RETRY_SECONDS = 5
# Beyond this many keys written during one outage, the whole cache is emptied instead.
MAX_KEYS_TO_FORGET = 10_000
DEFAULT_OPTIONS = {
    # A Redis that does not answer holds a request for a second at most, not for minutes.
    "socket_connect_timeout": 1,
    "socket_timeout": 1,
    # A connection Redis closed (it restarted) is opened again once, not taken for an outage.
    "retry_on_error": [RedisConnectionError],
}
_MISSING = object()


class Outage:
    """What this process knows of one Redis being out of reach; its threads share it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.retry_at = None  # None while Redis answers.
        self.started_at = 0.0
        self.keys = set()
        self.empty_all = False

    def remember(self, keys):
        if len(self.keys) + len(keys) > MAX_KEYS_TO_FORGET:
            self.empty_all = True
            self.keys.clear()
        elif not self.empty_all:
            self.keys.update(keys)


_outages = {}


def redacted(location):
    """The address without the password that a Redis URL may hold."""
    parts = urlsplit(location)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    return f"{parts.scheme}://{parts.hostname}:{parts.port or 6379}{parts.path}"


class FaultTolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        options = {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}
        self.retry_seconds = options.pop("RETRY_SECONDS", RETRY_SECONDS)
        super().__init__(server, {**params, "OPTIONS": options})
        self._location = ", ".join(redacted(server) for server in self._servers)
        self._outage = _outages.setdefault(tuple(self._servers), Outage())

    # Reads: a miss.

    def get(self, key, default=None, version=None):
        return self._read(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._read({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._read(False, super().has_key, key, version)

    # Writes: left undone, and the key remembered.

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._write([key], version, False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._write([key], version, None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._write([key], version, False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._write([key], version, False, super().delete, key, version)

    def incr(self, key, delta=1, version=None):
        value = self._write([key], version, _MISSING, super().incr, key, delta, version)
        if value is _MISSING:
            # What Django's backends say of a key they do not hold.
            raise ValueError(f"Key '{key}' not found: the cache does not answer.")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # The keys that were not stored.
        return self._write(
            list(data), version, list(data), super().set_many, data, timeout, version
        )

    def delete_many(self, keys, version=None):
        self._write(list(keys), version, None, super().delete_many, keys, version)

    def clear(self):
        if not self._reachable():
            self._outage.empty_all = True
            return False
        try:
            return super().clear()
        except UNREACHABLE as error:
            self._went_down(error)
            self._outage.empty_all = True
            return False

    # The outage.

    def _read(self, miss, call, *args):
        if not self._reachable():
            return miss
        try:
            return call(*args)
        except UNREACHABLE as error:
            self._went_down(error)
            return miss

    def _write(self, keys, version, miss, call, *args):
        if self._reachable():
            try:
                return call(*args)
            except UNREACHABLE as error:
                self._went_down(error)
        # Not written (or perhaps written, when the answer was lost): forget it when Redis
        # is back.
        made = [self.make_and_validate_key(key, version=version) for key in keys]
        with self._outage.lock:
            self._outage.remember(made)
        return miss

    def _reachable(self):
        """False while Redis is taken to be out of reach. Once RETRY_SECONDS have passed,
        one thread tries again by deleting what was written meanwhile."""
        outage = self._outage
        if outage.retry_at is None:
            return True
        if time.monotonic() < outage.retry_at:
            return False
        with outage.lock:
            if outage.retry_at is None:
                return True  # Another thread found Redis back.
            try:
                self._forget_what_was_written(outage)
            except UNREACHABLE:
                outage.retry_at = time.monotonic() + self.retry_seconds
                return False
            logger.warning(
                "The cache (Redis at %s) answers again after %.0f seconds; %s.",
                self._location,
                time.monotonic() - outage.started_at,
                "it was emptied"
                if outage.empty_all
                else f"the {len(outage.keys)} keys written meanwhile were deleted",
            )
            outage.retry_at, outage.keys, outage.empty_all = None, set(), False
        return True

    def _forget_what_was_written(self, outage):
        client = self._cache.get_client(None, write=True)
        client.ping()
        if outage.empty_all:
            client.flushdb()
            return
        keys = list(outage.keys)
        for start in range(0, len(keys), 1000):
            client.delete(*keys[start : start + 1000])

    def _went_down(self, error):
        outage = self._outage
        with outage.lock:
            first = outage.retry_at is None
            outage.retry_at = time.monotonic() + self.retry_seconds
            if first:
                outage.started_at = time.monotonic()
        if first:
            logger.error(
                "The cache (Redis at %s) does not answer: %s. The portal goes on without it "
                "(sessions from the database, pages drawn afresh) and tries again every %s "
                "seconds.",
                self._location,
                error,
                self.retry_seconds,
            )
