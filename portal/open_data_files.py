"""Everything public as files: one JSON file, and a CSV per kind of record, drawn with the
API's own serializers so the files say exactly what the API says.

The files are kept in the default storage under the content generations they were drawn
from, and drawn again on the first download after any save: a download never serves what
the pages no longer show. A `ready` file, written last, marks a complete set."""

import datetime
import hashlib
import io
import json
import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone, translation
from rest_framework.request import Request

from portal import caching
from portal.csv_export import write_csv
from portal.registry import registry

logger = logging.getLogger(__name__)

FOLDER = "open-data"
ALL_IN_ONE = "kotoutumisen-tietopankki.json"
READY = "ready"
LIST_SEPARATOR = ", "  # between the keys of linked records in one CSV cell


@dataclass(frozen=True)
class Download:
    name: str
    media_type: str
    label: str  # the kind of record, or "" for the file of everything


def downloads():
    """The files, in the order the description page lists them."""
    files = [Download(ALL_IN_ONE, "application/json", "")]
    files += [
        Download(f"{route.prefix}.csv", "text/csv", route.label) for route in registry.api_routes
    ]
    return files


def folder():
    """The folder of the current content generations' files; a new one each time when the
    cache does not know them (it does not answer): drawn again rather than stale."""
    try:
        generation, _entry = caching.lookup(caching.key_for("open-data"), caching.COORDINATOR_APPS)
    except Exception:
        logger.warning("The cache did not answer: the open data is drawn again.", exc_info=True)
        generation = (None,)
    if None in generation:
        generation = (uuid.uuid4(),)
    # And the day: what is in force today (roles, priorities) is part of the content.
    digest = hashlib.sha256(repr((generation, timezone.localdate())).encode()).hexdigest()[:16]
    return f"{FOLDER}/{digest}"


def path_of(name, request=None):
    """The stored file `name` of the current content, drawing the set first if needed."""
    current = folder()
    if not default_storage.exists(f"{current}/{READY}"):
        draw_all(current, request)
    return f"{current}/{name}"


def records(route, request):
    """Every public record of a kind, as its API endpoint gives them, in its order."""
    # Whole records, not a list's brief ones: every record as its own address gives it.
    view = route.viewset(request=request, format_kwarg=None, kwargs={}, action="download")
    serializer_class = view.get_serializer_class()
    return serializer_class(view.get_queryset(), many=True, context={"request": request}).data


def draw_all(target, http_request=None):
    """Draws the JSON file and every CSV file into `target`, then marks the set ready and
    forgets the sets of earlier generations; in the default language, as the API answers,
    whoever asks first."""
    with translation.override(settings.LANGUAGE_CODE):
        _draw_all(target, Request(http_request or _request_for_site()))


def _draw_all(target, request):
    everything = {}
    for route in registry.api_routes:
        rows = records(route, request)
        everything[route.prefix] = rows
        _save(f"{target}/{route.prefix}.csv", csv_bytes(rows))
    document = {
        "title": settings.SPECTACULAR_SETTINGS["TITLE"],
        "licence": settings.SPECTACULAR_SETTINGS["LICENSE"],
        "drawn_at": timezone.now().isoformat(timespec="seconds"),
        **everything,
    }
    text = json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False)
    _save(f"{target}/{ALL_IN_ONE}", text.encode())
    _save(f"{target}/{READY}", b"")
    _forget_other_sets(keep=target)


def _request_for_site():
    """A request for the site's public address (a cron job has none of its own)."""
    from django.test import RequestFactory

    address = settings.SITE_URL or "http://localhost"
    scheme, _sep, host = address.partition("://")
    return RequestFactory().get("/", HTTP_HOST=host.rstrip("/"), secure=scheme == "https")


def _save(name, content):
    if default_storage.exists(name):
        default_storage.delete(name)
    default_storage.save(name, ContentFile(content))


def _forget_other_sets(keep):
    try:
        folders, _files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError):
        return
    for other in folders:
        path = f"{FOLDER}/{other}"
        if path == keep:
            continue
        _folders, files = default_storage.listdir(path)
        for name in files:
            default_storage.delete(f"{path}/{name}")


# --- CSV: one row per record, a column per field --------------------------------------------


def csv_bytes(rows):
    """The records as CSV the portal's way (semicolons, decimal commas, UTF-8 with a BOM):
    a text in both languages is two columns (`name_fi`, `name_sv`); linked records are their
    keys, comma-separated; lists of whole records (a practice's steps) are in the JSON file."""
    flat = [flatten(row) for row in rows]
    header = list(dict.fromkeys(column for row in flat for column in row))
    buffer = io.StringIO()
    write_csv(buffer, header, ([row.get(column, "") for column in header] for row in flat))
    return buffer.getvalue().encode()


def flatten(record):
    cells = {}
    for name, value in record.items():
        if _is_translated(value):
            for language, text in value.items():
                cells[f"{name}_{language}"] = text
        elif isinstance(value, dict):
            cells[name] = _key_of(value)
        elif isinstance(value, list):
            keys = [_key_of(item) if isinstance(item, dict) else item for item in value]
            if all(key not in (None, "") for key in keys):
                cells[name] = LIST_SEPARATOR.join(str(key) for key in keys)
        else:
            cells[name] = _cell(value)
    return cells


def _is_translated(value):
    return isinstance(value, dict) and set(value) == {"fi", "sv"}


def _key_of(record):
    """A linked record's key: its slug, code or id; None for a whole record (no key)."""
    for key in ("slug", "code", "id"):
        if key in record:
            return record[key]
    return None


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value
