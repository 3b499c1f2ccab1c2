"""The page to reply to a comment: the comment with its replies so far, and the form.

A page of its own rather than a form under every comment: with 200 comments the version
page held 200 identical "Your reply" fields for a screen reader to walk through, and a
quarter of a megabyte of HTML for a phone to load."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from agreements import access
from agreements.forms import MAX_ID, ReplyForm
from agreements.models import Comment
from agreements.views.review_page import comments_shown, prepare_comments
from agreements.views.shared import login_redirects, visible_version

COMMENT_ID = forms.IntegerField(min_value=1, max_value=MAX_ID)


@login_redirects
def comment_reply(request, slug, number, pk):
    """The reply page of a comment, sent to itself."""
    return reply_page(request, visible_version(request, slug, number), pk)


def reply_to_posted_parent(request, version):
    """A reply sent by a version page drawn before the reply pages, with the comment
    replied to in a hidden field: saved, or shown again on the comment's reply page."""
    try:
        pk = COMMENT_ID.clean(request.POST["parent"])
    except ValidationError:
        raise Http404 from None
    return reply_page(request, version, pk)


def reply_page(request, version, pk):
    """Replies go to top-level comments of this version, while its review is open, from
    those who may comment; anything else is refused or not found."""
    if not access.can_comment(request.user, version):
        raise PermissionDenied
    comment = (
        comments_shown(version).select_related("section").filter(pk=pk).first()
        if pk <= MAX_ID
        else None
    )
    if comment is None:
        raise Http404
    prepare_comments([comment], version, request.user, may_comment=True)
    form = ReplyForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        reply = Comment.objects.create(
            version=version,
            section_id=comment.section_id,
            parent=comment,
            author=request.user,
            text=form.cleaned_data["text"],
        )
        messages.success(request, _("Thank you: your comment was saved."))
        return redirect(f"{version.get_absolute_url()}#comment-{reply.pk}")
    return render(
        request,
        "agreements/comment_reply.html",
        {"version": version, "agreement": version.agreement, "comment": comment, "form": form},
    )
