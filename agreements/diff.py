"""Compare two versions section by section, and each party's commitments, word by word in
the text as the reader sees it (the Markdown rendered): no "**" where the version's page
shows bold."""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from uuid import UUID

from agreements.html_diff import html_diff
from portal.localised import localised
from portal.richtext import render_markdown
from portal.text import normalise_text

ADDED, REMOVED, MOVED, CHANGED, UNCHANGED = "added", "removed", "moved", "changed", "unchanged"
# Words, runs of whitespace and single punctuation marks: joined, they give the text back.
TOKEN = re.compile(r"\w+|\s+|[^\w\s]")

Run = tuple[str, str]
# The compare page shows a section's heading as an h3: the text's own headings come below.
TEXT_HEADING_LEVEL = 4


@dataclass(frozen=True)
class SectionChange:
    """What happened to one section between the old and the new version."""

    identity: UUID
    status: str
    heading: str
    heading_runs: list[Run]
    # The rendered text's HTML, its added and removed words set apart (agreements.html_diff).
    text_runs: list[Run]
    # 1-based positions in each version; None where the section is absent.
    old_position: int | None
    new_position: int | None
    moved: bool
    changed: bool
    # The language the text is shown in: the chosen one, or the other one as a fallback.
    language: str


def localised_text(section, field, language):
    """The field in the language, or in the other language if empty; normalised as text is
    stored now, so that text stored earlier with CRLF line breaks compares right."""
    text = localised(section, field, language)
    return normalise_text(text.text), text.lang


def text_diff(old, new):
    """The changes between two Markdown texts, in their rendered HTML."""
    return html_diff(
        render_markdown(old, TEXT_HEADING_LEVEL) if old else "",
        render_markdown(new, TEXT_HEADING_LEVEL) if new else "",
    )


def word_diff(old, new):
    """(kind, text) runs, kind in equal/insert/delete, that turn old into new."""
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    # autojunk would treat the frequent spaces of a long text as junk and scramble the diff.
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    runs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(runs, "equal", "".join(old_tokens[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _append(runs, "delete", "".join(old_tokens[i1:i2]))
        if tag in ("insert", "replace"):
            _append(runs, "insert", "".join(new_tokens[j1:j2]))
    return runs


def _append(runs, kind, text):
    if not text:
        return
    if runs and runs[-1][0] == kind:
        runs[-1] = (kind, runs[-1][1] + text)
    else:
        runs.append((kind, text))


def moved_identities(old_order, new_order):
    """The common sections whose place among the common sections changed: those outside
    the longest run of sections kept in the same order, so moving one section marks one."""
    common = set(old_order) & set(new_order)
    old_common = [i for i in old_order if i in common]
    new_common = [i for i in new_order if i in common]
    matcher = SequenceMatcher(None, old_common, new_common, autojunk=False)
    in_place = set()
    for block in matcher.get_matching_blocks():
        in_place.update(old_common[block.a : block.a + block.size])
    return common - in_place


def compare_versions(old_sections, new_sections, language):
    """SectionChanges in the new version's order, removed sections where they were."""
    old_sections, new_sections = list(old_sections), list(new_sections)
    old_by_id = {s.identity: (position, s) for position, s in enumerate(old_sections, 1)}
    new_by_id = {s.identity: (position, s) for position, s in enumerate(new_sections, 1)}
    moved = moved_identities([s.identity for s in old_sections], [s.identity for s in new_sections])

    # A removed section follows the nearest section before it that the new version kept.
    removed_after = {}
    anchor = None
    for section in old_sections:
        if section.identity in new_by_id:
            anchor = section.identity
        else:
            removed_after.setdefault(anchor, []).append(section)

    def removed(after):
        return [
            _section_change(s, None, old_by_id[s.identity][0], None, language)
            for s in removed_after.get(after, [])
        ]

    changes = removed(None)
    for position, section in enumerate(new_sections, 1):
        if section.identity in old_by_id:
            old_position, old = old_by_id[section.identity]
            changes.append(
                _section_change(
                    old, section, old_position, position, language, section.identity in moved
                )
            )
            changes.extend(removed(section.identity))
        else:
            changes.append(_section_change(None, section, None, position, language))
    return changes


def _texts(section, language):
    """A section's heading, its text and the language the text is in; nothing for no section."""
    if section is None:
        return "", "", None
    heading, _lang = localised_text(section, "heading", language)
    text, text_language = localised_text(section, "text", language)
    return heading, text, text_language


def _section_change(old, new, old_position, new_position, language, moved=False):
    """What happened to one section: `old` is None where it was added, `new` where removed."""
    old_heading, old_text, old_language = _texts(old, language)
    new_heading, new_text, new_language = _texts(new, language)
    kept = old is not None and new is not None
    changed = kept and (old_heading != new_heading or old_text != new_text)
    if old is None:
        status = ADDED
    elif new is None:
        status = REMOVED
    elif moved:
        status = MOVED
    else:
        status = CHANGED if changed else UNCHANGED
    return SectionChange(
        identity=(old if new is None else new).identity,
        status=status,
        heading=old_heading if new is None else new_heading,
        heading_runs=word_diff(old_heading, new_heading),
        text_runs=text_diff(old_text, new_text),
        old_position=old_position,
        new_position=new_position,
        moved=moved,
        changed=changed,
        language=new_language or old_language,
    )


@dataclass(frozen=True)
class PartyChange:
    """What happened to one party's commitments between the old and the new version."""

    party: object
    status: str
    # The commitments as the reader sees them (HTML), added and removed words set apart.
    runs: list[Run]


def compare_commitments(parties, old_html, new_html):
    """A PartyChange per party in the agreement's order, from the HTML of each party's
    commitments in the old and the new version (`old_html[party.pk]`, "" for none)."""
    changes = []
    for party in parties:
        old, new = old_html.get(party.pk, ""), new_html.get(party.pk, "")
        if not old and not new:
            continue
        if not old:
            status = ADDED
        elif not new:
            status = REMOVED
        else:
            status = CHANGED if old != new else UNCHANGED
        changes.append(PartyChange(party=party, status=status, runs=html_diff(old, new)))
    return changes
