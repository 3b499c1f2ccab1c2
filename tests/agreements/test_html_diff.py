"""html_diff: the words added and removed between two rendered texts, in well-formed HTML."""

import re

import html5lib
from hypothesis import given, settings
from hypothesis import strategies as st

from agreements.html_diff import html_diff
from portal.richtext import render_markdown


def joined(runs, keep=("equal", "insert", "delete"), marked=True):
    marks = {"insert": ("<ins>", "</ins>"), "delete": ("<del>", "</del>"), "equal": ("", "")}
    if not marked:
        marks = dict.fromkeys(marks, ("", ""))
    return "".join(f"{marks[kind][0]}{html}{marks[kind][1]}" for kind, html in runs if kind in keep)


def assert_well_formed(html):
    html5lib.HTMLParser(strict=True).parse(f"<!DOCTYPE html><title>t</title><div>{html}</div>")


def text_of(html):
    """The text without tags and whitespace: what a reader reads, letter by letter."""
    return re.sub(r"<[^>]+>|\s", "", html)


def diff(old, new):
    return html_diff(render_markdown(old), render_markdown(new))


def test_changed_words_are_marked_in_the_rendered_text_not_its_markdown():
    runs = diff("Kunnat **tarjoavat** ohjausta.", "Kunnat **järjestävät maksutonta** ohjausta.")
    html = joined(runs)
    assert "**" not in html
    assert html == (
        "<p>Kunnat <strong><del>tarjoavat</del><ins>järjestävät maksutonta</ins></strong> "
        "ohjausta.</p>"
    )


def test_a_removed_paragraph_keeps_its_own_element():
    html = joined(diff("Eka.\n\nToka poistuu.\n\nKolmas.", "Eka.\n\nKolmas."))
    assert "<p><del>Toka poistuu.</del></p>" in html
    assert_well_formed(html)


def test_a_removed_list_item_stays_a_list_item():
    html = joined(diff("- yksi\n- kaksi\n- kolme", "- yksi\n- kolme"))
    assert "<li><del>kaksi</del></li>" in html
    assert_well_formed(html)


def test_two_paragraphs_joined_show_the_removed_words_in_the_one_that_stayed():
    html = joined(diff("Alku tässä.\n\nLoppu tuossa.", "Alku tässä ja loppu tuossa."))
    assert_well_formed(html)
    assert html.count("<p>") == 1


def test_escaped_text_stays_escaped():
    runs = diff("Ei <b>lihavaa</b> & muuta.", "Ei <script>alert(1)</script> & muuta.")
    html = joined(runs)
    assert "<script>" not in html and "<b>" not in html
    assert "&amp;" in html
    assert_well_formed(html)


def test_unchanged_text_is_one_equal_run():
    assert [kind for kind, _html in diff("Sama **teksti**.", "Sama **teksti**.")] == ["equal"]


MARKDOWN_PIECES = st.sampled_from(
    [
        "sana",
        "toinen",
        "**lihava**",
        "*kursiivi*",
        "[linkki](https://example.fi)",
        "\n\n",
        "\n- ",
        "\n1. ",
        "\n## ",
        "\n> ",
        " ",
        ".",
        "&",
        "<",
    ]
)
MARKDOWN = st.lists(MARKDOWN_PIECES, max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKDOWN, MARKDOWN)
def test_any_two_texts_give_well_formed_html_that_reads_as_each_version(old, new):
    runs = html_diff(render_markdown(old), render_markdown(new))
    assert_well_formed(joined(runs))
    shown_new = joined(runs, ("equal", "insert"), marked=False)
    shown_old = joined(runs, ("equal", "delete"), marked=False)
    assert text_of(shown_new) == text_of(render_markdown(new))
    assert text_of(shown_old) == text_of(render_markdown(old))
    assert all("<" not in html for kind, html in runs if kind != "equal")
