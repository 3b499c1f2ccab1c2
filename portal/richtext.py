"""Formatted text that coordinators write in Markdown, shown as sanitised HTML."""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

MARKDOWN_HELP_TEXT = _(
    "Leave an empty line between paragraphs. Start a line with “- ” for a list item and "
    "with “## ” for a heading. A link: [text](https://example.fi)."
)

ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "h2", "h3", "h4", "a", "strong", "em", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}}


def render_markdown(text: str) -> SafeString:
    """Turn Markdown into HTML that keeps only structure and links, whatever was typed."""
    html = markdown.markdown(text or "", output_format="html")
    # Headings in stored text start at level 2: the page title is the only h1.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return mark_safe(clean)  # noqa: S308 - sanitised by nh3 just above
