"""The version page below its title: the facts, the filters and the export form, the
sections with their comments and forms, and the timeline, drawn for each request: with
a reply page per comment (agreements.views.reply) rather than a form under each, the
page is fast enough without a cache, so nothing of it is kept for other readers."""

from django.db.models import Prefetch, prefetch_related_objects

from agreements import standing
from agreements.forms import CommentFilterForm, CommentForm
from agreements.models import Comment
from agreements.views.export import ExportForm


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


def context(request, version, view):
    """What review_page.html draws; `view` says what the reader may see and do, and holds
    the form that failed, if one did."""
    sections = list(version.sections.all())
    filters = CommentFilterForm(request.GET or None, sections=sections)
    status = section = None
    if filters.is_bound:
        status, section = filters.chosen("status"), filters.chosen("section")
    if view["may_see_comments"]:
        prefetch_related_objects(
            sections,
            Prefetch(
                "comments",
                queryset=comments_shown(version, status, section),
                to_attr="shown_comments",
            ),
        )
    if view["may_comment"]:
        attach_failed_form(sections, view["failed_form"])
    return {
        **view,
        "version": version,
        "agreement": version.agreement,
        "sections": sections,
        "filters": filters,
        "is_filtered": bool(status or section),
        "timeline": version.transitions.select_related("by"),
        "decision_counts": decision_counts(version),
        "export_form": ExportForm(may_see_comments=view["may_see_comments"]),
        "comment_field": CommentForm.base_fields["text"],
    }
