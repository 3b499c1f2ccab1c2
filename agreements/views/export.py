"""A version as a Word document or as a print layout, in Finnish or Swedish, with the
summary of comments when the reader may see them."""

from django import forms
from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from agreements import access
from agreements.docx_export import version_document
from agreements.models import Comment
from agreements.views.shared import login_redirects, printable, visible_version
from portal import caching
from practices.models import Practice

DOCX = "docx"
PRINT = "print"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class ExportForm(forms.Form):
    """Which document, in which language, and whether the comments come with it."""

    format = forms.ChoiceField(
        label=_("Format"),
        choices=[(DOCX, _("Word document (.docx)")), (PRINT, _("Print layout"))],
    )
    lang = forms.ChoiceField(label=_("Language of the document"), choices=settings.LANGUAGES)
    # Each format has its own button (name="format"), so the form works without JavaScript.
    comments = forms.BooleanField(
        label=_("Include a summary of the comments"), required=False, label_suffix=""
    )

    def __init__(self, *args, may_see_comments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lang"].initial = translation.get_language()
        if not may_see_comments:
            del self.fields["comments"]


def comment_summary(version):
    """(section, comments) for each section that has comments, replies after the comment
    they answer. A withdrawn comment stays as a line of its own when it has replies, so the
    replies keep their sense; its text is left out."""
    replies = Comment.objects.filter(withdrawn_at__isnull=True).order_by("created_at", "pk")
    comments = Comment.objects.filter(parent__isnull=True).prefetch_related(
        Prefetch("replies", queryset=replies, to_attr="kept_replies")
    )
    sections = version.sections.prefetch_related(
        Prefetch("comments", queryset=comments, to_attr="summary_comments")
    )
    summary = []
    for section in sections:
        thread = [
            line
            for comment in section.summary_comments
            if not comment.withdrawn_at or comment.kept_replies
            for line in (comment, *comment.kept_replies)
        ]
        if thread:
            summary.append((section, thread))
    return summary


def commitments_by_party(version):
    """[(party, [commitment])] of the version, in the parties' order."""
    commitments = version.commitments.select_related("party__actor").prefetch_related(
        Prefetch("practices", queryset=Practice.objects.published().order_by("title"))
    )
    parties = {}
    for commitment in commitments:
        parties.setdefault(commitment.party, []).append(commitment)
    return list(parties.items())


@caching.query_parameters(form=ExportForm)
@login_redirects
def version_export(request, slug, number):
    version = visible_version(request, slug, number)
    may_see_comments = access.can_see_comments(request.user, version)
    data = {key: printable(value) for key, value in request.GET.items()} or None
    form = ExportForm(data, may_see_comments=may_see_comments)
    if not form.is_valid():
        return render(
            request,
            "agreements/version_export.html",
            {"version": version, "agreement": version.agreement, "form": form},
        )
    language = form.cleaned_data["lang"]
    with_comments = form.cleaned_data.get("comments", False)
    if form.cleaned_data["format"] == PRINT:
        if language != translation.get_language():
            # The print layout is a page: its address carries its language.
            return redirect(translate_url(request.get_full_path(), language))
        return render(
            request,
            "agreements/version_print.html",
            {
                "version": version,
                "agreement": version.agreement,
                "sections": version.sections.all(),
                "commitments": commitments_by_party(version),
                "comment_summary": comment_summary(version) if with_comments else None,
            },
        )
    with translation.override(language):
        content = version_document(
            version,
            list(version.sections.all()),
            commitments_by_party(version),
            language,
            comment_summary(version) if with_comments else None,
        )
    response = HttpResponse(content, content_type=DOCX_TYPE)
    filename = f"{version.agreement.slug}-v{version.number}-{language}.docx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
