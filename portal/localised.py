"""A translated field's text in the reader's language, or in the other language when it is
empty there: the one way the portal picks between a field's `_fi` and `_sv` columns."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation


@dataclass(frozen=True)
class LocalisedText:
    """The text and the language it is in, so the page can mark a fallback with the right
    lang attribute."""

    text: str
    lang: str
    is_fallback: bool

    def __str__(self):
        return self.text


def reading_language(language=None):
    """`language`, or else the one the reader is reading in (the active one)."""
    return language or translation.get_language() or settings.LANGUAGE_CODE


def localised(obj, field_name, language=None):
    """`obj.<field_name>_<language>`, or the first other language's that is not blank;
    `language` is the active one unless given."""
    current = reading_language(language)
    languages = [current] + [code for code, _name in settings.LANGUAGES if code != current]
    for code in languages:
        value = getattr(obj, f"{field_name}_{code}", "") or ""
        if value.strip():
            return LocalisedText(text=value, lang=code, is_fallback=code != current)
    return LocalisedText(text="", lang=current, is_fallback=False)
