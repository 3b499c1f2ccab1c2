"""WSGI entry point, for gunicorn: `gunicorn portal.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
application = get_wsgi_application()

# Each worker loads the Finnish analyser as it starts, before it takes a request: loaded by
# the first search or save instead, it kept that visitor waiting for seconds.
from portal.search_terms import warm_up  # noqa: E402

warm_up()
