from dataclasses import dataclass

from django.conf import settings
from django.http import QueryDict
from django.urls import NoReverseMatch, get_script_prefix, reverse, translate_url
from django.utils import translation

# The languages' names in themselves ("Suomi", "Svenska"), and the main navigation's
# addresses per language: the same on every page, so worked out once per process.
_local_names = {}
_navigation = {}


@dataclass(frozen=True)
class NavItem:
    title: str
    url: str
    is_current: bool


def local_name(code, name):
    if code not in _local_names:
        with translation.override(code):
            _local_names[code] = str(name).capitalize()
    return _local_names[code]


def address_in(code, match, query):
    """The page's address in the language `code`, as django.urls.translate_url gives it, from
    the match the request was resolved with rather than by resolving it again."""
    if match is None or not match.url_name:
        return None
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    try:
        with translation.override(code):
            path = reverse(name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        return None
    query = query_in(code, query)
    return f"{path}?{query}" if query else path


def query_in(code, query):
    """The query with the address to return to (the login page's `next`) in the language
    `code` too: who switches language before logging in comes back in the chosen one."""
    if "next=" not in query:
        return query
    params = QueryDict(query, mutable=True)
    back = params.get("next", "")
    if not back.startswith("/") or back.startswith("//"):
        return query
    params["next"] = translate_url(back, code)
    return params.urlencode(safe="/")


def language_alternates(request):
    """The same page in each language, for the language switch and hreflang links."""
    current = translation.get_language()
    full_path = request.get_full_path()
    query = full_path.partition("?")[2]
    match = getattr(request, "resolver_match", None)
    alternates = []
    for code, name in settings.LANGUAGES:
        url = full_path if code == current else address_in(code, match, query)
        if url is None:
            # An address that resolves to nothing (a 404) cannot be translated: offer the
            # other language's home page rather than this same address.
            url = f"/{code}/"
        alternates.append(
            {
                "code": code,
                "name": local_name(code, name),
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return {"language_alternates": alternates}


def navigation_addresses():
    """(title, address) of the home page and each section, in the active language."""
    from portal.registry import registry

    key = (translation.get_language(), get_script_prefix())
    if key not in _navigation:
        items = [(translation.gettext_lazy("Home"), reverse("portal:home"))]
        items += [(section.title, reverse(section.url_name)) for section in registry.sections]
        _navigation[key] = items
    return _navigation[key]


def navigation(request):
    """The portal's home and sections for the main navigation, the current one marked."""
    home, *sections = (
        NavItem(title, url, url == request.path) for title, url in navigation_addresses()
    )
    return {
        "nav_home": home,
        "nav_sections": sections,
        # The content's licence, named in the footer (settings: DJANGO_CONTENT_LICENCE_*).
        "content_licence": settings.SPECTACULAR_SETTINGS["LICENSE"],
    }
