"""E-mail the portal sends, in Finnish and Swedish, from a pair of templates."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def absolute(base_url, path):
    """The address of `path` on the site at `base_url`, for links in e-mail."""
    return f"{base_url.rstrip('/')}{path}" if base_url else path


def send_templated_mail(template, to, context_for, languages=None, reply_to=None, headers=None):
    """E-mail `<template>_subject.txt` and `<template>.txt`, with a part per language.

    A reader's language is not stored, so by default the message says everything in Finnish
    and in Swedish, Finnish first. `context_for(code)` gives each part its context."""
    subjects, bodies = [], []
    for code in languages or [code for code, _name in settings.LANGUAGES]:
        with translation.override(code):
            context = context_for(code)
            subjects.append(render_to_string(f"{template}_subject.txt", context))
            bodies.append(render_to_string(f"{template}.txt", context).strip())
    subject = " / ".join(" ".join(part.split()) for part in subjects)
    message = EmailMessage(
        subject,
        "\n\n--------\n\n".join(bodies) + "\n",
        to=to,
        reply_to=reply_to,
        headers=headers,
    )
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        # The page or the command has done its work; a mail server down must not undo it.
        logger.exception("Could not send the %s e-mail", template)
        return False
    return True
