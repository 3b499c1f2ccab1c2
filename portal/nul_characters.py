"""Requests that carry a NUL character are refused with 400 before anything reads them.

No text a person writes holds one, and PostgreSQL refuses it in a query with an error (a
500), wherever it came from: the address, a filter, a form, the session cookie."""

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.template import loader
from django.utils import translation

NUL = "\x00"
FORM_BODY = "application/x-www-form-urlencoded"
API_PREFIX = "/api/"


def carries_nul(request):
    if NUL in request.path_info:
        return True
    for values in (request.GET, request.COOKIES):
        if any(NUL in key or NUL in value for key, value in _pairs(values)):
            return True
    # Only urlencoded bodies: reading a multipart body here would fix its upload handlers
    # before the view chose them, and a file may well hold NUL bytes.
    if request.method == "POST" and request.content_type == FORM_BODY:
        return any(NUL in key or NUL in value for key, value in _pairs(request.POST))
    return False


def _pairs(mapping):
    if hasattr(mapping, "lists"):
        return ((key, value) for key, values in mapping.lists() for value in values)
    return mapping.items()


def bad_request(request):
    """The 400 page in the language of the address, drawn without the database: the
    request is refused before the session and the locale are read."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        if request.path_info.startswith(API_PREFIX):  # The open data answers in JSON.
            return JsonResponse({"detail": translation.gettext("Bad request")}, status=400)
        return HttpResponseBadRequest(loader.get_template("400.html").render())


class RefuseNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_nul(request):
            return bad_request(request)
        return self.get_response(request)
