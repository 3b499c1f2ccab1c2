import datetime

from django import template
from django.utils import timezone
from django.utils.html import format_html

from portal.localised import localised
from portal.richtext import render_markdown
from portal.searchable import highlight

register = template.Library()


# `{% localised practice "title" as title %}`: the text and the language it is in.
register.simple_tag(localised)


@register.filter
def datetime_attribute(value):
    """A date or time for `<time datetime="…">`: HTML allows at most three digits of a
    second, so whole seconds, in local time with its offset ("2026-05-04T10:15:00+03:00")."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""


@register.filter
def markdown(text, top_level=2):
    """Render coordinators' Markdown as sanitised HTML; `|markdown:3` when the text sits
    under an h2, so its own headings start at h3."""
    return render_markdown(str(text), top_level=int(top_level))


@register.simple_tag
def inline_localised(obj, field_name, search_words=None):
    """A short translated text for use inside a sentence or a link: marked with its lang
    only when it is in the other language than the page; with `search_words`, the words
    the search found in <mark>."""
    text = localised(obj, field_name)
    shown = highlight(text.text, search_words) if search_words else text.text
    if text.is_fallback:
        return format_html('<span lang="{}">{}</span>', text.lang, shown)
    return shown


@register.filter
def marked(text, search_words):
    """`{{ title|marked:search_words }}`: the text escaped, the words the search found in
    <mark>."""
    return highlight(str(text), search_words)
