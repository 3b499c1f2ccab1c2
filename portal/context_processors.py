from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def language_alternates(request):
    """The same page in each language, for the language switch and hreflang links."""
    current = translation.get_language()
    full_path = request.get_full_path()
    alternates = []
    for code, name in settings.LANGUAGES:
        url = translate_url(full_path, code)
        if url == full_path and code != current:
            # An address that resolves to nothing (a 404) cannot be translated: offer the
            # other language's home page rather than this same address.
            url = f"/{code}/"
        # Each language is named in itself: "Suomi", "Svenska".
        with translation.override(code):
            local_name = str(name).capitalize()
        alternates.append(
            {
                "code": code,
                "name": local_name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return {"language_alternates": alternates}


def navigation(request):
    """The portal's sections for the main navigation."""
    from portal.registry import registry

    return {"nav_sections": registry.sections}
