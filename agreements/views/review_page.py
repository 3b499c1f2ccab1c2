"""The version page below its title: the facts, the filters and the export form, the
sections with their comments and forms, and the timeline.

With 200 comments, drawing a form per comment made the page take a fifth of a second, so
the part is drawn once per version, query, reader's rights and content generation for every
reader alike (portal.fragments) and then filled in for each reader: the CSRF token of their
forms, and the link to edit their own comments. Neither can be forged by a comment's text:
the text is escaped, so it can hold neither an HTML comment nor the token's hole, which is
written unescaped (as a tag would be) into the forms."""

import re

from django.db.models import Prefetch, prefetch_related_objects
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from agreements import standing
from agreements.forms import CommentFilterForm, CommentForm
from agreements.models import Comment
from agreements.views.export import ExportForm
from portal import fragments

OWN_COMMENT = re.compile(r"<!--own-comment (\d+) (\d+)-->")
# {% csrf_token %} writes a safe string as it is: escaped text can never look like this.
CSRF_HOLE = mark_safe("<csrf-token-of-the-reader>")  # noqa: S308


def comments_shown(version, status=None, section=None):
    """The comments the page lists under their sections, with authors and replies."""
    replies = Comment.objects.select_related("author").order_by("created_at", "pk")
    comments = (
        Comment.objects.filter(version=version, parent__isnull=True)
        .select_related("author")
        .prefetch_related(Prefetch("replies", queryset=replies))
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


def draw(request, version, view):
    """The part's HTML with the holes left open; `view` says what the reader may see and
    do, and holds the form that failed, if one did."""
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
    context = {
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
        "csrf_token": CSRF_HOLE,
    }
    return render_to_string("agreements/includes/review_page.html", context, request)


def filled_in(html, request, version):
    """The holes filled for this reader: their CSRF token and their own comments' links."""
    html = html.replace(CSRF_HOLE, get_token(request))
    reader = request.user.pk

    def own_comment_link(match):
        pk, author = map(int, match.groups())
        if author != reader:
            return ""
        kwargs = {"slug": version.agreement.slug, "number": version.number, "pk": pk}
        url = reverse("agreements:comment-edit", kwargs=kwargs)
        return format_html('<p><a href="{}">{}</a></p>', url, _("Edit or withdraw your comment"))

    # Our own template's HTML, with only our own escaped links put in.
    return mark_safe(OWN_COMMENT.sub(own_comment_link, html))  # noqa: S308


def page_html(request, version, view):
    """The part as this reader sees it. A form that failed, with its errors and the text
    written, is drawn for its writer alone."""
    if view["failed_form"] is not None:
        return filled_in(draw(request, version, view), request, version)
    rights = (view["may_comment"], view["may_see_comments"], view["review_is_open"])
    parts = (version.pk, request.path, sorted(request.GET.lists()), rights)
    html = fragments.cached_value("review-page", parts, lambda: draw(request, version, view))
    return filled_in(html, request, version)
