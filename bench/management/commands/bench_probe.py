import json
from importlib import import_module

import django
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from bench.pages import clients, member, pages
from portal import caching


def member_session():
    """A logged-in session of the steering group's member, for wrk's Cookie header."""
    user = member()
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


def database_version():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
        cursor.execute("SELECT sqlite_version()")
        return f"SQLite {cursor.fetchone()[0]}"


class Command(BaseCommand):
    help = "The benchmark's pages as JSON: address, status, size and queries of a cold request."

    @override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"])
    def handle(self, *args, **options):
        anonymous, logged_in = clients()
        results = []
        for page in pages():
            client = logged_in if page.member else anonymous
            client.get(page.url)  # Warms what each process loads once (content types, …).
            caching.bump()  # …but not the content caches: a cold request is counted.
            with CaptureQueriesContext(connection) as queries:
                response = client.get(page.url)
            body = b"".join(response) if response.streaming else response.content
            results.append(
                {
                    **page.as_dict(),
                    "status": response.status_code,
                    "bytes": len(body),
                    "queries": len(queries),
                }
            )
        versions = {"django": django.get_version(), "database": database_version()}
        self.stdout.write(
            json.dumps({"pages": results, "member_cookie": member_session(), "versions": versions})
        )
