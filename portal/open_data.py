"""The open data's description page, in Finnish and Swedish: the licence, the API's
addresses, each kind of record with its filters, and the schema."""

from dataclasses import dataclass

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal import open_data_catalogue, open_data_files
from portal.registry import registry


@dataclass(frozen=True)
class Filter:
    name: str
    label: str


@dataclass(frozen=True)
class Kind:
    label: str
    address: str
    record_address: str
    filters: list


def kinds(request):
    """Every kind of record in the API, with its addresses and the filters of its list."""
    found = []
    for route in registry.api_routes:
        address = request.build_absolute_uri(reverse(f"api:{route.basename}-list"))
        key = getattr(route.viewset, "lookup_field", "pk")
        filterset_class = getattr(route.viewset, "filterset_class", None)
        filters = [
            Filter(name, flt.label)
            for name, flt in (filterset_class.base_filters.items() if filterset_class else ())
        ]
        found.append(Kind(route.label, address, f"{address}<{key}>/", filters))
    return found


PERIODS = {"s": _("a second"), "m": _("a minute"), "h": _("an hour"), "d": _("a day")}


def rate_limit():
    """(requests, the period's words) of REST framework's rate, such as "120/minute"."""
    count, period = settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["api"].split("/")
    return int(count), PERIODS[period[0]]


def open_data(request):
    requests, period = rate_limit()
    return render(
        request,
        "portal/open_data.html",
        {
            "kinds": kinds(request),
            "api_root": request.build_absolute_uri(reverse("api:api-root")),
            "schema": request.build_absolute_uri(reverse("api:schema")),
            "licence": settings.SPECTACULAR_SETTINGS["LICENSE"],
            "downloads": open_data_files.downloads(),
            "catalogue": request.build_absolute_uri(reverse("api:catalogue")),
            "requests": requests,
            "period": period,
        },
    )


def download(request, name):
    """A file of the open data, drawn again first if the content changed since."""
    known = {download.name: download for download in open_data_files.downloads()}
    if name not in known:
        raise Http404
    path = open_data_files.path_of(name, request)
    response = FileResponse(
        default_storage.open(path, "rb"),
        as_attachment=True,
        filename=name,
        content_type=f"{known[name].media_type}; charset=utf-8",
    )
    response["Cache-Control"] = f"public, max-age={settings.API_MAX_AGE}"
    return response


def catalogue(request):
    """The DCAT-AP catalogue of the open data, in JSON-LD."""
    return JsonResponse(
        open_data_catalogue.catalogue(request),
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False},
    )
