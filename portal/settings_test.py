"""Settings for the test suite: fast, isolated, and the production security settings intact."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-" + "t" * 40)

from portal.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole pages are cached only in the tests of the page cache (override_settings).
PAGE_CACHE_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test client speaks plain HTTP; the redirect itself is tested with secure=True.
SECURE_SSL_REDIRECT = False
# Static files from the apps' folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# A test walks the whole API from one address: the rate limit is tested on its own.
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"api": "100000/minute"}}  # noqa: F405
