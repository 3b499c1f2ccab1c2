"""Checks of the HTML a page sends: parsed strictly, one h1, headings in order, landmarks."""

import re

import html5lib

from tests.html_elements import local_name, parse, text_of


def assert_valid_html(html: str) -> None:
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(html)
    assert html.lstrip().startswith("<!DOCTYPE html>")


def assert_document_structure(html: str) -> None:
    levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]
    assert levels.count(1) == 1, f"one h1 expected, found {levels.count(1)}"
    assert levels[0] == 1, "the first heading must be the h1"
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"heading level jumps from h{before} to h{after}"
    for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
        assert landmark in html, f"{landmark} missing"
    assert '<a class="skip-link" href="#main">' in html


# The values HTML allows in <time datetime> that the portal writes: a date, a local date and
# time, or a global one with its offset; a second has at most three decimals.
DATE = r"\d{4,}-\d{2}-\d{2}"
TIME = r"\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?"
VALID_DATETIME = re.compile(rf"^(?:{DATE}|{DATE}[T ]{TIME}(?:Z|[+-]\d{{2}}:?\d{{2}})?|{TIME})$")


def datetime_attributes(html: str) -> list[str]:
    return re.findall(r"<time\b[^>]*\bdatetime=\"([^\"]*)\"", html)


def assert_valid_datetime_attributes(html: str) -> None:
    invalid = [value for value in datetime_attributes(html) if not VALID_DATETIME.match(value)]
    assert not invalid, f"invalid <time datetime> values: {invalid}"


REFERENCES = re.compile(r'\b(aria-describedby|aria-labelledby|aria-controls|for)="([^"]*)"')


def unresolved_references(html: str) -> list[str]:
    """The ids that a label's `for` or an aria-* attribute names and the page lacks: a field
    "described by" an error message that is not there is announced as invalid with no
    reason."""
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    return sorted(
        f"{attribute}={name}"
        for attribute, names in REFERENCES.findall(html)
        for name in names.split()
        if name not in ids
    )


# The inputs for a visitor's own details, and the autocomplete purpose each must name.
OWN_DETAILS = {"email": "email", "name": "name", "respondent": "name"}


def unmarked(html: str) -> list[str]:
    """The inputs for the visitor's own name or address that lack their autocomplete
    purpose (WCAG 1.3.5)."""
    missing = []
    for tag in re.findall(r"<input\b[^>]*>", html):
        name = re.search(r'\bname="([^"]+)"', tag)
        wanted = OWN_DETAILS.get(name.group(1)) if name else None
        if wanted and f'autocomplete="{wanted}"' not in tag:
            missing.append(tag)
    return missing


# How a label says that its field may be left empty, in each language.
OPTIONAL_MARKS = {"fi": ("(vapaaehtoinen)",), "sv": ("(frivillig)", "(frivilligt)")}


def _name_of(control, labels_by_id, parents):
    """What names a control: its <label for>; for a box in a group of boxes, the group's
    <legend>."""
    if control.get("type") not in ("checkbox", "radio"):
        label = labels_by_id.get(control.get("id"))
        return text_of(label) if label is not None else ""
    node = parents.get(control)
    while node is not None and local_name(node) != "fieldset":
        node = parents.get(node)
    legend = node.find("legend") if node is not None else None
    return text_of(legend) if legend is not None else ""


def unmarked_optional_fields(html: str, lang: str, either_or=()) -> list[str]:
    """The names of the fields of a page's posted forms that may be left empty but do not
    say so (WCAG 3.3.2: a visitor learns what is required before sending, not after).
    `either_or`: fields of which one must be given, as their help says."""
    root = parse(html)
    labels_by_id = {label.get("for"): label for label in root.iter("label")}
    parents = {child: parent for parent in root.iter() for child in parent}
    unmarked = set()
    for form in root.iter("form"):
        if (form.get("method") or "").lower() != "post":
            continue
        for control in form.iter():
            if local_name(control) not in ("input", "select", "textarea"):
                continue
            if control.get("type") in ("hidden", "submit", "button"):
                continue
            if control.get("tabindex") == "-1" or control.get("name") in either_or:
                continue  # the field only robots see; a field its help explains
            if control.get("required") is not None:
                continue
            name = _name_of(control, labels_by_id, parents).rstrip(":")
            if not name.endswith(OPTIONAL_MARKS[lang]):
                unmarked.add(name)
    return sorted(unmarked)


LANDMARK_TAGS = {"nav": "navigation", "aside": "complementary", "main": "main"}


def _landmark_role(node, name):
    role = node.get("role")
    if role:
        return role if role in ("region", "navigation", "complementary", "search", "form") else None
    tag = local_name(node)
    if tag in LANDMARK_TAGS:
        return LANDMARK_TAGS[tag]
    # A section or form is a landmark only when it has a name.
    return {"section": "region", "form": "form"}.get(tag) if name else None


def landmarks_named_alike(html: str) -> list[str]:
    """The landmarks that share both role and name (axe's landmark-unique): a screen reader's
    list of landmarks cannot tell them apart."""
    root = parse(html)
    by_id = {node.get("id"): node for node in root.iter() if node.get("id")}
    seen, alike = set(), set()
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        name = node.get("aria-label") or " ".join(
            text_of(by_id[ref])
            for ref in (node.get("aria-labelledby") or "").split()
            if ref in by_id
        )
        role = _landmark_role(node, name)
        if role is None:
            continue
        key = f"{role}: {name}"
        (alike if key in seen else seen).add(key)
    return sorted(alike)
