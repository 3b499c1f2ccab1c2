"""Counting attempts per visitor in the cache, which Redis shares between app servers."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


class RateLimit:
    """At most `limit` attempts per `period` seconds for each identity (an IP address, an
    e-mail address), counted in fixed windows that start at an identity's first attempt."""

    def __init__(self, name, limit, period):
        self.name, self.limit, self.period = name, limit, period

    def key(self, identity):
        # Keyed with the secret key: the cache holds no e-mail or IP addresses, nor anything
        # that can be turned back into one by trying every address.
        digest = hmac.new(
            settings.SECRET_KEY.encode(),
            str(identity).strip().lower().encode(),
            hashlib.sha256,
        ).hexdigest()
        return f"ratelimit:{self.name}:{digest}"

    def exceeded(self, *identities):
        return any(
            (cache.get(self.key(identity)) or 0) >= self.limit
            for identity in identities
            if identity
        )

    def record(self, *identities):
        for identity in filter(None, identities):
            key = self.key(identity)
            if not cache.add(key, 1, timeout=self.period):
                try:
                    cache.incr(key)
                except ValueError:  # expired between the two calls
                    cache.add(key, 1, timeout=self.period)


def client_ip(request):
    """The visitor's address. Behind the TLS-terminating proxy the deployment uses, the last
    X-Forwarded-For entry is the one that proxy added (a visitor can only prepend entries)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.TRUST_X_FORWARDED_FOR and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
