"""The version page below its title: the facts, the filters and the export form, the
sections with their comments and forms, and the timeline.

The contents, each section's heading, text and comments, and the two GET forms (the export
and the comment filters) are a cached part (portal.caching): with 200 comments they were
most of the page's time (59 ms drawn, 13 ms with the part kept). They hold no CSRF token and
nothing of one reader's but the links to edit their own comments, so they are kept per
version, filter and what the reader may see and do, and for a reader with comments of their
own, for them alone. The comment forms (with their CSRF tokens) and the rest of the page are
drawn for each request."""

from typing import NamedTuple

from django.db.models import Prefetch, prefetch_related_objects
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from agreements import standing
from agreements.forms import CommentFilterForm, CommentForm
from agreements.models import Comment
from agreements.views.export import ExportForm
from portal import caching
from portal.templatetags.portal_tags import datetime_attribute

TIME = "j.n.Y H:i"  # as review_comment.html showed it through the date filter


def comments_shown(version, status=None, section=None):
    """The comments the page lists under their sections, with authors and replies."""
    replies = Comment.objects.select_related("author").order_by("created_at", "pk")
    # A list (to_attr) rather than a related manager per comment: a queryset cloned for
    # each of 200 comments cost more than the query.
    comments = (
        Comment.objects.filter(version=version, parent__isnull=True)
        .select_related("author")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="shown_replies"))
    )
    if status:
        comments = comments.filter(status=status)
    if section:
        comments = comments.filter(section_id=section)
    return comments


def field_ids(prefix, pk):
    """The ids of a form's fields, unique on the page: one form per section and comment."""
    return f"{prefix}-{pk}-%s" if pk and pk.isdigit() else "id_%s"


class Moment(NamedTuple):
    """A time as a comment shows it: `<time datetime="{attribute}">{text}</time>`."""

    attribute: str  # whole seconds with the local offset: "2026-05-04T10:15:00+03:00"
    text: str  # "4.5.2026 10:15"


def moment(value):
    """The time as the other pages write it (the datetime_attribute filter, "j.n.Y H:i"),
    through the functions behind the filters rather than the filters per comment."""
    return Moment(datetime_attribute(value), dateformat.format(timezone.localtime(value), TIME))


def address_for_any(name, version):
    """The address of the page `name` for any comment of the version, reversed once:
    reversing it for each of 200 comments cost more than the rest of a comment."""
    kwargs = {"slug": version.agreement.slug, "number": version.number, "pk": 0}
    # The comment's id is the last number of the address: what comes after it is words.
    before, after = reverse(name, kwargs=kwargs).rsplit("/0/", 1)
    return lambda pk: f"{before}/{pk}/{after}"


def prepare_comments(comments, version, reader, may_comment):
    """What review_comment.html shows of each comment and its replies, worked out in one
    pass: the author's name once per author, the status's label once per status, the
    times and the addresses without a template filter or tag each (the filters, lookups
    and reverses per comment cost more than the rest of the page)."""
    labels = {value: str(label) for value, label in Comment.Status.choices}
    withdrawn_label = _("Withdrawn")
    reply_url = address_for_any("agreements:comment-reply", version)
    edit_url = address_for_any("agreements:comment-edit", version)
    names = {}
    for comment in comments:
        comment.reply_url = reply_url(comment.pk)
        for shown in (comment, *comment.shown_replies):
            author = shown.author
            if author.pk not in names:
                names[author.pk] = author.get_full_name() or author.get_username()
            shown.author_name = names[author.pk]
            # A withdrawn comment shows neither its status nor its edit.
            withdrawn = shown.withdrawn_at is not None
            shown.status_label = withdrawn_label if withdrawn else labels[shown.status]
            shown.created = moment(shown.created_at)
            shown.edited = moment(shown.edited_at) if shown.edited_at and not withdrawn else None
            shown.edit_url = (
                edit_url(shown.pk) if may_comment and shown.author_id == reader.pk else None
            )


def comment_field():
    """The text field of the comment forms the template writes, its texts translated once
    rather than once a section."""
    field = CommentForm.base_fields["text"]
    return {
        "label": str(field.label),
        "help_text": str(field.help_text),
        "max_length": field.max_length,
    }


def attach_failed_form(sections, failed_form):
    """The comment form that failed, with its errors and the text written, under its
    section; the others' empty forms are written in the template (review_section.html)."""
    for section in sections:
        section.failed_form = None
        if failed_form is not None and failed_form.data.get("section") == str(section.pk):
            section.failed_form = failed_form


def decision_counts(version):
    """How the parties stand on a version sent to their decision-making, else None."""
    if version.status not in standing.DECIDED_ON:
        return None
    parties = standing.parties_with_decisions(version.agreement, [version])
    return standing.counts(standing.standings(parties, version), version)


def draw_sections(request, version, sections, view, status, section):
    """The contents and each section's heading, text and comments as HTML:
    {"contents": HTML, "sections": {section id: HTML}}."""
    if view["may_see_comments"]:
        prefetch_related_objects(
            sections,
            Prefetch(
                "comments",
                queryset=comments_shown(version, status, section),
                to_attr="shown_comments",
            ),
        )
        prepare_comments(
            (comment for shown in sections for comment in shown.shown_comments),
            version,
            request.user,
            view["may_comment"],
        )
        for shown in sections:
            shown.comment_count = len(shown.shown_comments)
    context = {key: view[key] for key in ("may_see_comments", "may_comment")}

    def draw(template, **more):
        return render_to_string(f"agreements/includes/{template}", {**context, **more})

    return {
        "contents": draw("review_contents.html", sections=sections),
        "sections": {
            shown.pk: draw("review_section_body.html", section=shown) for shown in sections
        },
    }


def draw_forms(request, forms, understood):
    """The export form and the comment filters as HTML; None when the filters were not
    understood: their errors name what was typed, so they are drawn for that request."""
    if not understood:
        return None
    return render_to_string("agreements/includes/review_forms.html", forms, request)


def attach_sections(request, version, sections, view, forms):
    """The page's `contents`, forms and each section's `body` (HTML), from the cache if
    another reader who sees the same drew them. Only the author sees the links to edit
    their own comments: a reader with comments here has an entry of their own. `forms`:
    what review_forms.html draws."""
    filters = forms["filters"]
    status = section = None
    if filters.is_bound:
        status, section = filters.chosen("status"), filters.chosen("section")
    reader, may_comment = request.user, view["may_comment"]
    own = may_comment and Comment.objects.filter(version=version, author=reader).exists()
    understood = not filters.is_bound or filters.is_valid()
    parts = (version.pk, status, section, understood, view["may_see_comments"], may_comment)

    def draw():
        drawn = draw_sections(request, version, sections, view, status, section)
        return {**drawn, "forms": draw_forms(request, forms, understood)}

    drawn = caching.remembered(
        "review-sections",
        (*parts, reader.pk if own else None),
        draw,
        apps=("agreements", "discussion"),
    )
    for shown in sections:
        # Our own templates' HTML, which escaped what they show.
        shown.body = mark_safe(drawn["sections"].get(shown.pk, ""))  # noqa: S308
    return {
        "contents": mark_safe(drawn["contents"]),  # noqa: S308
        "forms_html": mark_safe(drawn["forms"]) if drawn["forms"] else None,  # noqa: S308
        "is_filtered": bool(status or section),
    }


def context(request, version, view):
    """What review_page.html draws; `view` says what the reader may see and do, and holds
    the form that failed, if one did."""
    sections = list(version.sections.all())
    forms = {
        "agreement": version.agreement,
        "version": version,
        "may_see_comments": view["may_see_comments"],
        "filters": CommentFilterForm(request.GET or None, sections=sections),
        "export_form": ExportForm(may_see_comments=view["may_see_comments"]),
    }
    drawn = attach_sections(request, version, sections, view, forms)
    if view["may_comment"]:
        attach_failed_form(sections, view["failed_form"])
    return {
        **view,
        **forms,
        **drawn,
        "sections": sections,
        "timeline": version.transitions.select_related("by"),
        "decision_counts": decision_counts(version),
        "comment_field": comment_field(),
    }
