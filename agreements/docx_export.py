"""A version as a Word document (.docx) for the parties' decision-making."""

import io
import re
from html.parser import HTMLParser

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from portal.richtext import render_markdown

LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI"}
# Characters XML 1.0 cannot hold; Word puts \x0b in pasted text for a soft line break.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
BLOCKS = {"p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote"}


def xml_safe(text):
    """The text without the characters a .docx cannot hold; a soft line break is a space."""
    return NOT_IN_XML.sub(lambda match: " " if match.group() == "\x0b" else "", str(text))


class MarkdownToDocx(HTMLParser):
    """Writes the sanitised HTML of a section's Markdown as Word paragraphs: headings, lists,
    quotes, bold, italic, and links with their address written out."""

    def __init__(self, document, heading_offset):
        super().__init__(convert_charrefs=True)
        self.document, self.heading_offset = document, heading_offset
        self.paragraph = None
        self.lists, self.bold, self.italic, self.quote = [], 0, 0, 0
        self.link = None

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "a":
            self.link = dict(attrs).get("href")
        elif tag == "br" and self.paragraph is not None:
            self.paragraph.add_run().add_break()
        if tag in BLOCKS - {"blockquote"}:
            self.paragraph = self.new_paragraph(tag)

    def handle_endtag(self, tag):
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in ("strong", "b"):
            self.bold -= 1
        elif tag in ("em", "i"):
            self.italic -= 1
        elif tag == "blockquote":
            self.quote -= 1
        elif tag == "a":
            if self.link and self.paragraph is not None:
                self.paragraph.add_run(xml_safe(f" ({self.link})"))
            self.link = None
        if tag in BLOCKS:
            self.paragraph = None

    def handle_data(self, data):
        if not data.strip() and self.paragraph is None:
            return  # whitespace between blocks
        if self.paragraph is None:
            self.paragraph = self.new_paragraph("p")
        run = self.paragraph.add_run(xml_safe(data))
        run.bold = bool(self.bold) or None
        run.italic = bool(self.italic) or None

    def new_paragraph(self, tag):
        if tag.startswith("h"):
            level = min(9, int(tag[1]) - 2 + self.heading_offset)
            return self.document.add_heading(level=level)
        if tag == "li":
            numbered = self.lists and self.lists[-1] == "ol"
            return self.document.add_paragraph(style="List Number" if numbered else "List Bullet")
        return self.document.add_paragraph(style="Quote" if self.quote else None)


def write_markdown(document, text, heading_offset=2):
    """A section's Markdown text; its own headings start at `heading_offset`."""
    parser = MarkdownToDocx(document, heading_offset)
    parser.feed(render_markdown(text, top_level=2))
    parser.close()


def set_language(document, language):
    """Tell Word the text's language, for its spell checker and screen readers."""
    tag = LANGUAGE_TAGS.get(language, language)
    document.core_properties.language = tag
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    run_properties.append(lang)


def version_document(version, sections, commitments, language, comment_summary=None):
    """The .docx of a version, in the active language; `commitments` by party as
    `commitments_by_party` gives them; `comment_summary` is a list of (section, comments)
    pairs when the summary of comments is wanted."""
    document = Document()
    set_language(document, language)
    document.styles["Normal"].font.size = Pt(11)
    title = xml_safe(version.agreement.title)
    document.core_properties.title = f"{title}, {_('version')} {version.number}"
    document.add_heading(title, level=0)
    document.add_paragraph(
        _("Version %(number)d · %(status)s · %(date)s")
        % {
            "number": version.number,
            "status": version.get_status_display(),
            "date": formats.date_format(timezone.localtime(version.created_at), "j.n.Y"),
        }
    )
    for section in sections:
        document.add_heading(xml_safe(section.heading), level=1)
        write_markdown(document, section.text)
    if commitments:
        write_commitments(document, commitments)
    if comment_summary is not None:
        write_comment_summary(document, comment_summary)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def write_commitments(document, commitments):
    document.add_heading(_("Parties and their commitments"), level=1)
    for party, items in commitments:
        document.add_heading(xml_safe(party.actor.name), level=2)
        for commitment in items:
            document.add_paragraph(xml_safe(commitment.text), style="List Bullet")
            practices = [practice.title for practice in commitment.practices.all()]
            if practices:
                document.add_paragraph(
                    xml_safe(f"{_('Practices to adopt:')} {', '.join(practices)}")
                )


def write_comment_summary(document, comment_summary):
    """A table per section of its comments, their status and the coordinators' response.
    The authors' names stay out: the document travels to other organisations."""
    document.add_heading(_("Summary of comments"), level=1)
    if not comment_summary:
        document.add_paragraph(_("No comments were made on this version."))
    for section, comments in comment_summary:
        document.add_heading(xml_safe(section.heading), level=2)
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        header = table.rows[0]
        for cell, label in zip(
            header.cells, (_("Comment"), _("Status"), _("Response")), strict=True
        ):
            cell.text = str(label)
            cell.paragraphs[0].runs[0].bold = True
        repeat_as_header(header)
        for comment in comments:
            prefix = f"{_('Reply')}: " if comment.parent_id else ""
            row = table.add_row().cells
            if comment.withdrawn_at:
                row[0].text = str(_("The author withdrew this comment."))
            else:
                row[0].text = xml_safe(prefix + comment.text)
            row[1].text = str(comment.get_status_display())
            row[2].text = xml_safe(comment.response)


def repeat_as_header(row):
    """Mark a table's first row as its header, for screen readers and on every page."""
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)
