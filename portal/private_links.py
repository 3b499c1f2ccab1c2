"""Private links (a tie survey, an organisation's answer, a registration's cancellation): a
random token that only the link carries, stored as its hash, so that the table alone opens
nothing; and the link's address in each language, for the e-mail or the admin's message."""

import hashlib
import secrets

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hashed(token: str) -> str:
    # A token is 43 characters; anything much longer in an address is not one of ours.
    return hashlib.sha256(token[:64].encode()).hexdigest()


def addresses(request, url_name, **kwargs) -> dict[str, str]:
    """{language: the absolute address of `url_name` in that language}."""
    found = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            found[language] = request.build_absolute_uri(reverse(url_name, kwargs=kwargs))
    return found
