"""/api/v1/: the router over every app's registered viewsets, the OpenAPI schema, and the
API's root, which lists the kinds of record. Outside the language prefixes: every text is
given in both languages."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework import routers

from portal import open_data
from portal.registry import registry

app_name = "api"


class Router(routers.DefaultRouter):
    include_format_suffixes = False


router = Router(trailing_slash=True)
for route in registry.api_routes:
    router.register(route.prefix, route.viewset, basename=route.basename)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("catalogue.jsonld", open_data.catalogue, name="catalogue"),
    path("downloads/<str:name>", open_data.download, name="download"),
    *router.urls,
]
