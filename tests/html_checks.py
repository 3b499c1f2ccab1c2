"""Checks of the HTML a page sends: parsed strictly, one h1, headings in order, landmarks."""

import re

import html5lib


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
