"""Settings for `make bench` and `make loadtest`: the production settings on loopback HTTP,
with the floor view and the data generator. Never used by a deployment."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-" + "b" * 40)
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("DJANGO_SECURE_HSTS_SECONDS", "0")
os.environ.setdefault("DJANGO_TRUSTED_PROXY_HOPS", "0")
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
# wrk sends the API thousands of requests a second from one address.
os.environ.setdefault("DJANGO_API_RATE", "1000000/second")

from pathlib import Path  # noqa: E402

from portal.settings import *  # noqa: E402,F403
from portal.settings import INSTALLED_APPS, STATIC_ROOT  # noqa: E402

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
ROOT_URLCONF = "bench.urls"
# wrk and the probes speak plain HTTP on loopback: cookies must travel over it.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The bench's own test collects the static files into a folder of its own, as on a fresh clone.
STATIC_ROOT = Path(os.environ.get("BENCH_STATIC_ROOT", STATIC_ROOT))
# BENCH_CACHE=off: every cache off (Django's DummyCache), to measure the pages cold.
if os.environ.get("BENCH_CACHE") == "off":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
