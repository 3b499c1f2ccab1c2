"""Counting attempts per visitor in the database, which every app server shares, so that
the limits hold whether the cache (Redis) answers or not."""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from portal.models import AttemptCount


class RateLimit:
    """At most `limit` attempts per `period` seconds for each identity (an IP address, an
    e-mail address), counted in fixed windows that start at an identity's first attempt."""

    def __init__(self, name, limit, period):
        self.name, self.limit, self.period = name, limit, period

    def key(self, identity):
        # Keyed with the secret key: the table holds no e-mail or IP addresses, nor anything
        # that can be turned back into one by trying every address.
        digest = hmac.new(
            settings.SECRET_KEY.encode(),
            str(identity).strip().lower().encode(),
            hashlib.sha256,
        ).hexdigest()
        return f"ratelimit:{self.name}:{digest}"

    def exceeded(self, *identities):
        keys = [self.key(identity) for identity in identities if identity]
        return bool(keys) and (
            AttemptCount.objects.filter(
                key__in=keys, count__gte=self.limit, expires_at__gt=timezone.now()
            ).exists()
        )

    def record(self, *identities):
        now = timezone.now()
        # Windows that have passed are forgotten, whoever they counted.
        AttemptCount.objects.filter(expires_at__lte=now).delete()
        for identity in filter(None, identities):
            key = self.key(identity)
            if AttemptCount.objects.filter(key=key).update(count=F("count") + 1):
                continue
            _count, created = AttemptCount.objects.get_or_create(
                key=key, defaults={"expires_at": now + datetime.timedelta(seconds=self.period)}
            )
            if not created:  # Another request counted the first attempt meanwhile.
                AttemptCount.objects.filter(key=key).update(count=F("count") + 1)

    def forget(self, *identities):
        AttemptCount.objects.filter(
            key__in=[self.key(identity) for identity in identities if identity]
        ).delete()


def client_ip(request):
    """The visitor's address: the entry of X-Forwarded-For that the nearest of the trusted
    proxies (TRUSTED_PROXY_HOPS, counted from the right) appended, as each proxy appends the
    address it was reached from and a visitor can only write what comes before. Without
    trusted proxies, the address the request came from."""
    hops = settings.TRUSTED_PROXY_HOPS
    entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    entries = [entry for entry in entries if entry]
    if hops > 0 and entries:
        # Fewer entries than proxies: the request passed fewer of them, and the first one
        # it did pass wrote the leftmost entry.
        return entries[-min(hops, len(entries))]
    return request.META.get("REMOTE_ADDR", "")
