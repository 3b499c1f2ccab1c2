"""The rows of the compare page's table below the evidence: what each practice says of one
thing, drawn by one loop in the template (practices/compare.html). An empty cell is None and
reads "Not given"."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.localised import localised

# How a cell is drawn: a list of linked names, a short text inline, a Markdown text, or
# plain text.
NAMES, INLINE, MARKDOWN, PLAIN = "names", "inline", "markdown", "plain"


@dataclass(frozen=True)
class Row:
    label: str
    kind: str
    cells: list


def _text(practice, field):
    text = localised(practice, field)
    return text if text.text else None


def _names(related):
    return list(related.all()) or None


def _origin(practice):
    parts = [practice.get_origin_display() if practice.origin else "", practice.country]
    return ", ".join(part for part in parts if part) or None


def rows(practices):
    """One row per thing compared, a cell per practice, in the table's order."""
    return [
        Row(_("Target groups"), NAMES, [_names(p.target_groups) for p in practices]),
        Row(_("Themes"), NAMES, [_names(p.themes) for p in practices]),
        Row(_("Cost"), INLINE, [_text(p, "cost") for p in practices]),
        Row(_("Duration"), INLINE, [_text(p, "duration") for p in practices]),
        Row(_("Resources and staff needed"), MARKDOWN, [_text(p, "resources") for p in practices]),
        Row(_("Results"), MARKDOWN, [_text(p, "results") for p in practices]),
        Row(_("Origin"), PLAIN, [_origin(p) for p in practices]),
        Row(_("In use in"), NAMES, [_names(p.municipalities) for p in practices]),
    ]
