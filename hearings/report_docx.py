"""The hearing report as a Word document (.docx): the coordinators' conclusions, the counts
per section, and the published comments grouped by section with their answers. Commenters'
names stay out, as on any document that travels to other organisations."""

import io

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Pt

from agreements.docx_export import repeat_as_header, set_language, write_markdown, xml_safe
from portal.localised import localised


def build(hearing, sections, language):
    """`sections` as the report page has them: with `published`, `supports` and
    `published_comments`."""
    document = Document()
    set_language(document, language)
    document.styles["Normal"].font.size = Pt(11)
    title = xml_safe(localised(hearing, "title", language).text)
    document.core_properties.title = f"{_('Hearing report')}: {title}"
    document.add_heading(title, level=0)
    document.add_paragraph(
        _("Hearing report · open %(opens)s–%(closes)s · %(version)s")
        % {
            "opens": formats.date_format(timezone.localtime(hearing.opens_at), "j.n.Y"),
            "closes": formats.date_format(timezone.localtime(hearing.closes_at), "j.n.Y"),
            "version": hearing.version,
        }
    )
    conclusion = localised(hearing, "conclusion", language).text
    if conclusion:
        document.add_heading(_("Conclusions"), level=1)
        write_markdown(document, conclusion)
    write_counts(document, sections)
    for section in sections:
        heading = localised(section.section, "heading", language).text
        document.add_heading(xml_safe(heading), level=1)
        if not section.published_comments:
            document.add_paragraph(_("No comments were published on this section."))
        for comment in section.published_comments:
            document.add_paragraph(xml_safe(comment.text), style="List Bullet")
            document.add_paragraph(_("Supports: %(count)d") % {"count": comment.supports})
            if comment.answer:
                answer = document.add_paragraph()
                answer.add_run(f"{_('Answer from the coordinators')}: ").bold = True
                answer.add_run(xml_safe(comment.answer))
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def write_counts(document, sections):
    document.add_heading(_("Comments and supports per section"), level=1)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0]
    for cell, label in zip(header.cells, (_("Section"), _("Comments"), _("Supports")), strict=True):
        cell.text = str(label)
        cell.paragraphs[0].runs[0].bold = True
    repeat_as_header(header)
    for section in sections:
        row = table.add_row().cells
        row[0].text = xml_safe(localised(section.section, "heading").text)
        row[1].text = str(section.published)
        row[2].text = str(section.supports)
