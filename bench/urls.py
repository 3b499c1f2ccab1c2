"""The portal's addresses and the floor page, which exists only under bench.settings."""

from django.urls import path

from bench.views import floor
from portal.urls import handler500  # noqa: F401
from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [path("_bench/floor", floor, name="bench-floor"), *portal_urlpatterns]
