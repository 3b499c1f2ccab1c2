"""Formatted text that coordinators write in Markdown, shown as sanitised HTML."""

import functools
import html as html_module
import re

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

MARKDOWN_HELP_TEXT = _(
    "Leave an empty line between paragraphs. Start a line with “- ” for a list item and "
    "with “## ” for a heading. A link: [text](https://example.fi)."
)

ALLOWED_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "strong",
    "em",
    "blockquote",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}}


HEADING = re.compile(r"<(/?)h([1-6])>")
# Python-Markdown can leak its placeholders' control characters ("*a**b*[c](d)"): no HTML
# may hold them. A soft line break pasted from a word processor (\x0b) reads as a space, as
# the .docx export writes it.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f]")
SOFT_LINE_BREAK = "\x0b"


def shift_headings(html: str, top_level: int) -> str:
    """Let the text's highest heading be `top_level`, keeping the others below it, so the
    page's headings stay in order wherever the text is shown (the page title is the h1)."""
    levels = [int(level) for _slash, level in HEADING.findall(html)]
    if not levels:
        return html
    shift = top_level - min(levels)
    return HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}>", html)


def render_markdown(text: str, top_level: int = 2) -> SafeString:
    """Turn Markdown into HTML that keeps only structure and links, whatever was typed."""
    return mark_safe(_sanitised_html(text or "", top_level))  # noqa: S308 - sanitised by nh3


# The same text always gives the same HTML: rendering it again on every page view made the
# Markdown parser the largest cost of a practice's page.
@functools.lru_cache(maxsize=4096)
def _sanitised_html(text: str, top_level: int) -> str:
    text = text.replace(SOFT_LINE_BREAK, " ")
    html = shift_headings(markdown.markdown(text, output_format="html"), top_level)
    html = CONTROL_CHARACTERS.sub("", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


@functools.lru_cache(maxsize=4096)
def plain_text(text: str) -> str:
    """The words of a Markdown text without its marks: for a snippet in the search."""
    html = markdown.markdown((text or "").replace(SOFT_LINE_BREAK, " "), output_format="html")
    return " ".join(html_module.unescape(nh3.clean(html, tags=set())).split())
