"""Elements of a page found by tag and attributes as a browser parses them, and their text as a
reader sees it: assertions on markup that hold however the templates are laid out (issue 17)."""

import re
from functools import lru_cache
from xml.etree.ElementTree import Element

import html5lib


@lru_cache(maxsize=8)
def parse(html: str) -> Element:
    return html5lib.parse(html, namespaceHTMLElements=False)


def local_name(node: Element) -> str:
    """An element's tag without its namespace (SVG's elements keep theirs)."""
    return node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""


def attribute_name(keyword: str) -> str:
    """`aria_current` → `aria-current`, `class_` → `class`, `for_` → `for`."""
    return keyword.rstrip("_").replace("_", "-")


def texts(node: Element):
    """The pieces of text within an element, in order; a line break (<br>) is white space,
    a comment is none."""
    if local_name(node) == "br":
        yield "\n"
    elif isinstance(node.tag, str) and node.text:
        yield node.text
    for child in node:
        yield from texts(child)
        if child.tail:
            yield child.tail


def text_of(node: Element) -> str:
    """The element's text with its white space collapsed, as a browser shows it."""
    return re.sub(r"\s+", " ", "".join(texts(node))).strip()


def matches(node: Element, tag: str, text: str | None, attributes: dict) -> bool:
    if local_name(node) != tag or text is not None and text_of(node) != text:
        return False
    for keyword, expected in attributes.items():
        value = node.get(attribute_name(keyword))
        if expected is True and value is None or expected is False and value is not None:
            return False
        if isinstance(expected, str) and value != expected:
            return False
    return True


def elements(html: str | Element, tag: str, text: str | None = None, **attributes) -> list:
    """The elements `tag` in a page or within an element, with the text `text` if given and
    each of `attributes`: a string is the attribute's value, True present, False absent."""
    root = parse(html) if isinstance(html, str) else html
    return [node for node in root.iter() if matches(node, tag, text, attributes)]


def element(html: str | Element, tag: str, text: str | None = None, **attributes) -> Element:
    """The one element that `elements` finds; fails if there is none or more than one."""
    found = elements(html, tag, text, **attributes)
    assert len(found) == 1, f"{len(found)} <{tag}> with {attributes} and text {text!r}"
    return found[0]
