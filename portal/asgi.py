"""ASGI entry point."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
application = get_asgi_application()

# As in portal.wsgi: the Finnish analyser is loaded before the first request, not by it.
from portal.search_terms import warm_up  # noqa: E402

warm_up()
