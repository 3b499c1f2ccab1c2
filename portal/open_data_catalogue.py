"""The open data's DCAT-AP catalogue in JSON-LD, so that avoindata.fi (and any harvester
of DCAT-AP) finds the datasets: one dataset per kind of record, each with its API endpoint
and its CSV file, and the whole as one JSON file."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from portal import caching
from portal.open_data_files import ALL_IN_ONE
from portal.registry import registry

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
LANGUAGES = ("fi", "sv")
EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
LANGUAGE_CODES = {"fi": "FIN", "sv": "SWE"}
TITLE = _("Knowledge bank for integration – Ostrobothnia")
DESCRIPTION = _(
    "Everything the portal shows the public is also open data: practices and their evidence, "
    "sources, priorities, actors, integration paths, municipalities, indicators and signed "
    "letters of intent. Every text comes in Finnish and in Swedish."
)


def in_both_languages(text):
    """A literal per language, from a lazily translated text."""
    found = []
    for language in LANGUAGES:
        with translation.override(language):
            found.append({"@value": str(text), "@language": language})
    return found


def catalogue(request):
    absolute = request.build_absolute_uri
    licence = {"@id": settings.SPECTACULAR_SETTINGS["LICENSE"]["url"]}
    publisher = {
        "@type": "foaf:Agent",
        # The organisation that keeps the portal, where a deployment names it.
        "foaf:name": settings.OPEN_DATA_PUBLISHER or in_both_languages(TITLE),
        "foaf:homepage": {"@id": absolute("/")},
    }
    changed = caching.changed_at()
    modified = datetime.datetime.fromtimestamp(changed, tz=datetime.UTC) if changed else None
    download = reverse("api:download", kwargs={"name": ALL_IN_ONE})
    datasets = [
        dataset(route, absolute, licence, publisher, modified) for route in registry.api_routes
    ]
    return {
        "@context": CONTEXT,
        "@id": absolute(reverse("api:catalogue")),
        "@type": "dcat:Catalog",
        "dct:title": in_both_languages(TITLE),
        "dct:description": in_both_languages(DESCRIPTION),
        "dct:publisher": publisher,
        "dct:license": licence,
        "dct:language": [{"@id": EU_LANGUAGE + code} for code in LANGUAGE_CODES.values()],
        "foaf:homepage": {"@id": absolute(reverse("portal:open-data"))},
        "dct:modified": literal_time(modified),
        "dct:hasPart": {"@id": absolute(download)},
        "dcat:dataset": datasets,
    }


def dataset(route, absolute, licence, publisher, modified):
    endpoint = absolute(reverse(f"api:{route.basename}-list"))
    csv_file = absolute(reverse("api:download", kwargs={"name": f"{route.prefix}.csv"}))
    return {
        "@id": endpoint,
        "@type": "dcat:Dataset",
        "dct:identifier": route.prefix,
        "dct:title": in_both_languages(route.label),
        "dct:description": in_both_languages(route.label),
        "dct:publisher": publisher,
        "dct:license": licence,
        "dct:modified": literal_time(modified),
        "dcat:landingPage": {"@id": absolute(reverse("portal:open-data"))},
        "dcat:distribution": [
            {
                "@id": f"{endpoint}#api",
                "@type": "dcat:Distribution",
                "dcat:accessURL": {"@id": endpoint},
                "dct:format": {"@id": EU_FILE_TYPE + "JSON"},
                "dcat:mediaType": "application/json",
                "dct:license": licence,
                "dct:conformsTo": {"@id": absolute(reverse("api:schema"))},
            },
            {
                "@id": f"{csv_file}#csv",
                "@type": "dcat:Distribution",
                "dcat:accessURL": {"@id": csv_file},
                "dcat:downloadURL": {"@id": csv_file},
                "dct:format": {"@id": EU_FILE_TYPE + "CSV"},
                "dcat:mediaType": "text/csv",
                "dct:license": licence,
            },
        ],
    }


def literal_time(moment):
    moment = moment or timezone.now()
    return {"@value": moment.isoformat(timespec="seconds"), "@type": "xsd:dateTime"}
