"""The review pages: the agreements, a version section by section with its comments, and
the author's own comment."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from agreements import access
from agreements.forms import MAX_ID, CommentEditForm, CommentFilterForm, CommentForm
from agreements.models import Agreement, Comment, Version
from agreements.views import reply, review_page
from agreements.views.review_page import field_ids
from agreements.views.shared import (
    LoginRequired,
    login_redirects,
    visible_version,
    with_groups,
)
from portal import caching
from portal.revisions import handled_again_when_stale
from portal.text import normalise_text


def agreement_list(request):
    """The agreements with the versions the user may see, newest first."""
    user = with_groups(request.user)
    agreements = Agreement.objects.prefetch_related(
        Prefetch("versions", queryset=Version.objects.order_by("-number"))
    )
    shown = []
    for agreement in agreements:
        agreement.visible_versions = [
            version for version in agreement.versions.all() if access.can_view(user, version)
        ]
        if agreement.visible_versions:
            shown.append(agreement)
    return render(
        request,
        "agreements/agreement_list.html",
        {"agreements": shown, "open_hearings": open_hearings()},
    )


def open_hearings():
    """The public hearings open now on a draft, where anyone may read and comment on what
    only the steering group reads here. The hearings app builds on this one: read through
    the versions' reverse relation, as the app is not imported here."""
    hearing_model = Version._meta.get_field("hearings").related_model
    return list(
        hearing_model.objects.visible()
        .open()
        .select_related("version__agreement")
        .order_by("closes_at", "pk")
    )


@caching.query_parameters(form=CommentFilterForm)
@login_redirects
def version_detail(request, slug, number):
    """A version's text section by section, each followed by its comments and, while the
    review is open, the form to comment and a link to reply to each comment."""
    version = visible_version(request, slug, number)
    may_comment = access.can_comment(request.user, version)
    failed_form = None
    if request.method == "POST":
        if not may_comment:
            raise PermissionDenied
        if "parent" in request.POST:
            return reply.reply_to_posted_parent(request, version)
        created, failed_form = save_comment(request, version)
        if created:
            messages.success(request, _("Thank you: your comment was saved."))
            return redirect(f"{created.version.get_absolute_url()}#comment-{created.pk}")

    view = {
        "may_comment": may_comment,
        "may_see_comments": access.can_see_comments(request.user, version),
        "review_is_open": access.review_is_open(version),
        "failed_form": failed_form,
    }
    return render(
        request, "agreements/version_detail.html", review_page.context(request, version, view)
    )


def save_comment(request, version):
    """Stores a comment on a section; returns (comment, None) or (None, the failed form)."""
    form = CommentForm(request.POST, auto_id=field_ids("comment-on", request.POST.get("section")))
    if not form.is_valid():
        if "section" in form.errors:
            raise Http404
        return None, form
    section = version.sections.filter(pk=form.cleaned_data["section"]).first()
    if section is None:
        raise Http404
    comment = Comment.objects.create(
        version=version, section=section, author=request.user, text=form.cleaned_data["text"]
    )
    return comment, None


def own_comment(request, slug, number, pk):
    """(version, the reader's own comment not withdrawn) or the way out."""
    if not request.user.is_authenticated:
        raise LoginRequired
    version = visible_version(request, slug, number)
    if pk > MAX_ID:
        raise Http404
    comment = get_object_or_404(
        Comment.objects.select_related("section"),
        pk=pk,
        version=version,
        author=request.user,
        withdrawn_at__isnull=True,
    )
    return version, comment


def withdraw_url(version, comment):
    kwargs = {"slug": version.agreement.slug, "number": version.number, "pk": comment.pk}
    return reverse("agreements:comment-withdraw", kwargs=kwargs)


@login_redirects
@handled_again_when_stale
def comment_edit(request, slug, number, pk):
    """The author edits their own comment while the review is open, or goes on to withdraw
    it (agreements.views.review.comment_withdraw asks first)."""
    version, comment = own_comment(request, slug, number, pk)
    is_open = access.can_comment(request.user, version)
    form = CommentEditForm(instance=comment)
    if request.method == "POST" and not is_open:
        messages.error(request, _("The review has closed: the comment was not changed."))
    elif request.method == "POST" and request.POST.get("action") == "withdraw":
        # A form of an older page: withdrawing is asked for on a page of its own.
        return redirect(withdraw_url(version, comment))
    elif request.method == "POST":
        stored_text = comment.text  # the form writes its text into the comment
        form = CommentEditForm(request.POST, instance=comment)
        if form.is_valid():
            comment = form.save(commit=False)
            saved_fields = ["text", "updated_at"]
            if normalise_text(comment.text) != stored_text:
                comment.edited_at = timezone.now()
                saved_fields.append("edited_at")
            comment.save(update_fields=saved_fields)
            messages.success(request, _("Your comment was saved."))
            return redirect(f"{version.get_absolute_url()}#comment-{comment.pk}")
    return render(
        request,
        "agreements/comment_edit.html",
        {
            "version": version,
            "agreement": version.agreement,
            "comment": comment,
            "form": form,
            "is_open": is_open,
            "withdraw_url": withdraw_url(version, comment),
        },
    )


@login_redirects
def comment_withdraw(request, slug, number, pk):
    """Asks the author to confirm withdrawing their comment, and withdraws it when they do:
    a page of its own, so that no single click takes a comment away."""
    version, comment = own_comment(request, slug, number, pk)
    is_open = access.can_comment(request.user, version)
    if request.method == "POST" and not is_open:
        messages.error(request, _("The review has closed: the comment was not changed."))
    elif request.method == "POST":
        comment.withdrawn_at = timezone.now()
        comment.save(update_fields=["withdrawn_at", "updated_at"])
        messages.success(request, _("Your comment was withdrawn."))
        return redirect(f"{version.get_absolute_url()}#comment-{comment.pk}")
    kwargs = {"slug": version.agreement.slug, "number": version.number, "pk": comment.pk}
    return render(
        request,
        "agreements/comment_withdraw.html",
        {
            "version": version,
            "agreement": version.agreement,
            "comment": comment,
            "is_open": is_open,
            "edit_url": reverse("agreements:comment-edit", kwargs=kwargs),
        },
    )
