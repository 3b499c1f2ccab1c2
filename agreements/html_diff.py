"""Word-by-word changes between two sanitised HTML texts, as the reader sees them.

Both texts come from portal.richtext (Markdown rendered and cleaned by nh3), so their tags
are from a short allow-list and their text is escaped. The result is the new text's HTML
with runs of added words and runs of removed words set apart; the removed words sit where
they were, inside an element that may hold them, so the result is always well-formed HTML
whatever moved: a removed paragraph or list item keeps its own element, and words removed
across the border of two paragraphs are shown as words in the paragraph that stayed.

A run is (kind, html) with kind "equal", "insert" or "delete"; insert and delete runs hold
text only, never a tag, so they can be wrapped in <ins> and <del>."""

import re
from difflib import SequenceMatcher

from django.utils.safestring import mark_safe

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
# A tag, an entity, a word, a run of whitespace or one other character: joined, the text.
TOKEN = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);|\w+|\s+|.", re.S)
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
VOID = {"br", "hr", "img"}
LISTS = {"ul", "ol"}
# What may hold what, for the tags portal.richtext lets through.
PHRASING = {"a", "strong", "em", "br"}
HOLDS_PHRASING_ONLY = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "strong", "em"}


def tokens(html):
    return TOKEN.findall(html or "")


def tag_of(token):
    """(name, is_end) of a tag token, or None for text."""
    match = TAG.match(token)
    return (match.group(2).lower(), bool(match.group(1))) if match else None


def may_hold(parent, child):
    """Whether the element `parent` (None: the text's top level) may hold `child` (None:
    text)."""
    if parent in LISTS:
        return child == "li"
    if parent in HOLDS_PHRASING_ONLY:
        return child is None or child in PHRASING
    return True


def top_level_elements(fragment):
    """The names of the fragment's outermost elements (None for text outside any element),
    or None when its tags are not balanced."""
    depth, names = 0, []
    for token in fragment:
        tag = tag_of(token)
        if tag is None:
            if depth == 0 and token.strip():
                names.append(None)
            continue
        name, is_end = tag
        if name in VOID:
            if depth == 0:
                names.append(name)
            continue
        if is_end:
            depth -= 1
            if depth < 0:
                return None
        else:
            if depth == 0:
                names.append(name)
            depth += 1
    return names if depth == 0 else None


class Runs:
    """The runs written so far, and the elements open at the end of them."""

    def __init__(self):
        self.runs = []
        self.open = []

    @property
    def parent(self):
        return self.open[-1] if self.open else None

    def text(self, kind, text):
        if not text:
            return
        if kind != EQUAL and not text.strip():
            # Whitespace alone is not a change a reader can see: kept only in the new text.
            if kind == DELETE:
                return
            kind = EQUAL
        if self.runs and self.runs[-1][0] == kind:
            self.runs[-1] = (kind, self.runs[-1][1] + text)
        else:
            self.runs.append((kind, text))

    def tag(self, token):
        self.text(EQUAL, token)
        name, is_end = tag_of(token)
        if name in VOID:
            return
        if is_end:
            if name in self.open:
                del self.open[len(self.open) - 1 - self.open[::-1].index(name) :]
        else:
            self.open.append(name)

    def write(self, fragment, kind):
        """Tokens of the new text: its tags as they are, its words as `kind`."""
        words = []
        for token in fragment:
            if tag_of(token):
                self.text(kind, "".join(words))
                words = []
                self.tag(token)
            else:
                words.append(token)
        self.text(kind, "".join(words))

    def removed(self, fragment):
        """Tokens of the old text, put where they were: whole elements when they fit here,
        otherwise their words alone."""
        names = top_level_elements(fragment)
        if names is not None and all(may_hold(self.parent, name) for name in names):
            self.write(fragment, DELETE)
            return
        words = "".join(token for token in fragment if not tag_of(token))
        if not words.strip():
            return
        if self.parent in LISTS:
            self.tag("<li>")
            self.text(DELETE, words)
            self.tag("</li>")
        else:
            self.text(DELETE, words)


def balanced_opcodes(old, new):
    """SequenceMatcher's opcodes, with each run only added or only removed slid along the
    tokens it repeats (as `diff` slides a hunk) to where it holds whole elements, when it
    can: "</p><p>Second" becomes "<p>Second</p>", so a removed paragraph shows as one."""
    # autojunk would treat the frequent spaces of a long text as junk and scramble the diff.
    codes = [list(code) for code in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()]
    for index, code in enumerate(codes):
        if code[0] not in ("delete", "insert"):
            continue
        before = codes[index - 1] if index and codes[index - 1][0] == "equal" else None
        after = (
            codes[index + 1] if index + 1 < len(codes) and codes[index + 1][0] == "equal" else None
        )
        shift = best_shift(
            *((old, code[1], code[2]) if code[0] == "delete" else (new, code[3], code[4])),
            room_before=before[2] - before[1] if before else 0,
            room_after=after[2] - after[1] if after else 0,
        )
        if shift:
            code[1:] = [position + shift for position in code[1:]]
            if before:
                before[2] += shift
                before[4] += shift
            if after:
                after[1] += shift
                after[3] += shift
    return codes


def best_shift(sequence, low, high, room_before, room_after):
    """How far the run sequence[low:high] may slide (negative: back) to hold whole
    elements, the nearest such place; 0 when it holds them already or cannot."""
    back = 0
    while back < room_before and sequence[low - back - 1] == sequence[high - back - 1]:
        back += 1
    ahead = 0
    while ahead < room_after and high + ahead < len(sequence):
        if sequence[low + ahead] != sequence[high + ahead]:
            break
        ahead += 1
    for shift in sorted(range(-back, ahead + 1), key=abs):
        if top_level_elements(sequence[low + shift : high + shift]) is not None:
            return shift
    return 0


def html_diff(old_html, new_html):
    """The runs that turn the old HTML into the new one, each run's HTML marked safe: both
    texts are sanitised HTML, and only their own tokens are put together."""
    old, new = tokens(old_html), tokens(new_html)
    runs = Runs()
    for operation, i1, i2, j1, j2 in balanced_opcodes(old, new):
        if operation == "equal":
            runs.write(new[j1:j2], EQUAL)
            continue
        if operation in ("delete", "replace"):
            runs.removed(old[i1:i2])
        if operation in ("insert", "replace"):
            runs.write(new[j1:j2], INSERT)
    return [(kind, mark_safe(html)) for kind, html in runs.runs]  # noqa: S308
