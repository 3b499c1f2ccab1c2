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
    """The visitor's address. Behind the TLS-terminating proxy the deployment uses, the last
    X-Forwarded-For entry is the one that proxy added (a visitor can only prepend entries)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.TRUST_X_FORWARDED_FOR and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
