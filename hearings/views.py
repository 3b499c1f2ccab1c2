"""The public hearings: the list, a hearing with its sections, a section with its comments
and the comment form, supporting a comment, and the hearing report (a page and .docx)."""

from django.contrib import messages
from django.db.models import Count, Prefetch, Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST

from hearings import comments, report_docx
from hearings.forms import PublicCommentForm
from hearings.models import Hearing, PublicComment
from portal import caching
from portal.private_links import new_token
from portal.ratelimit import client_ip

SUPPORTER_COOKIE = "hearing_supporter"
SUPPORTER_COOKIE_AGE = 365 * 24 * 60 * 60

PUBLISHED = Q(comments__status=PublicComment.Status.PUBLISHED)


def sections_with_counts(hearing):
    return (
        hearing.sections.select_related("section")
        .annotate(
            published=Count("comments", filter=PUBLISHED),
            supports=Sum("comments__supports", filter=PUBLISHED, default=0),
        )
        .order_by("section__order", "section__pk")
    )


@caching.query_parameters()
def hearing_list(request):
    now = timezone.now()
    hearings = Hearing.objects.visible().select_related("version__agreement")
    return render(
        request,
        "hearings/hearing_list.html",
        {
            "open_hearings": hearings.open(now).order_by("closes_at", "pk"),
            "upcoming_hearings": hearings.upcoming(now).order_by("opens_at", "pk"),
            "closed_hearings": hearings.closed(now).order_by("-closes_at", "pk"),
        },
    )


def visible_hearing(slug):
    return get_object_or_404(
        Hearing.objects.visible().select_related("version__agreement"), slug=slug
    )


@caching.query_parameters()
def hearing_detail(request, slug):
    hearing = visible_hearing(slug)
    return render(
        request,
        "hearings/hearing_detail.html",
        {
            "hearing": hearing,
            "sections": sections_with_counts(hearing),
            "is_open": hearing.is_open(),
        },
    )


def hearing_section(request, slug, pk):
    """A section's text, its published comments and, while the hearing is open, the form."""
    hearing = visible_hearing(slug)
    section = get_object_or_404(hearing.sections.select_related("section"), pk=pk)
    is_open = hearing.is_open()
    before = hearing.moderation == Hearing.Moderation.BEFORE
    form = PublicCommentForm(request.POST or None, moderated_before=before)
    context = {
        "hearing": hearing,
        "section": section,
        "is_open": is_open,
        "form": form,
        "comments": section.comments.published().order_by("created_at", "pk"),
    }
    if request.method != "POST" or not is_open:
        return render(request, "hearings/section.html", context)
    identity = client_ip(request)
    if comments.COMMENTS_PER_HOUR.exceeded(identity):
        # The bound form shows again what was typed, so nothing is lost while waiting.
        return render(request, "hearings/section.html", {**context, "too_many": True}, status=429)
    sent = reverse("hearings:comment-sent", kwargs={"slug": hearing.slug, "pk": section.pk})
    if form.is_spam():
        # Robots are answered as people are, so that they learn nothing from the answer.
        comments.COMMENTS_PER_HOUR.record(identity)
        return redirect(sent)
    if not form.is_valid():
        return render(request, "hearings/section.html", context)
    comments.COMMENTS_PER_HOUR.record(identity)
    comment = comments.receive(
        section, form, get_language(), base_url=request.build_absolute_uri("/")
    )
    if comment.status == PublicComment.Status.PUBLISHED:
        return redirect(f"{sent}?shown=1")
    return redirect(sent)


@caching.query_parameters("shown")
def comment_sent(request, slug, pk):
    hearing = visible_hearing(slug)
    section = get_object_or_404(hearing.sections.select_related("section"), pk=pk)
    return render(
        request,
        "hearings/comment_sent.html",
        {"hearing": hearing, "section": section, "shown": request.GET.get("shown") == "1"},
    )


@require_POST
def support(request, slug, pk):
    """One visitor's support of a published comment, once, while the hearing is open."""
    hearing = visible_hearing(slug)
    comment = get_object_or_404(
        PublicComment.objects.published().select_related("section"),
        pk=pk,
        section__hearing=hearing,
    )
    back = redirect(comment.get_absolute_url())
    if not hearing.is_open():
        messages.info(
            request, gettext("The hearing has closed: comments can no longer be supported.")
        )
        return back
    identity = client_ip(request)
    if comments.SUPPORTS_PER_HOUR.exceeded(identity):
        messages.error(
            request,
            gettext("Many supports have been sent from here within the hour. Please try later."),
        )
        return back
    comments.SUPPORTS_PER_HOUR.record(identity)
    token = request.COOKIES.get(SUPPORTER_COOKIE) or new_token()
    if comments.support(comment, token):
        messages.success(request, gettext("Thank you: your support was counted."))
    else:
        messages.info(request, gettext("You have already supported this comment."))
    back.set_cookie(
        SUPPORTER_COOKIE,
        token,
        max_age=SUPPORTER_COOKIE_AGE,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )
    return back


def published_report(slug):
    hearing = visible_hearing(slug)
    if not hearing.report_published:
        raise Http404
    published = PublicComment.objects.published().order_by("created_at", "pk")
    sections = sections_with_counts(hearing).prefetch_related(
        Prefetch("comments", queryset=published, to_attr="published_comments")
    )
    return hearing, list(sections)


@caching.query_parameters()
def report(request, slug):
    hearing, sections = published_report(slug)
    return render(
        request,
        "hearings/report.html",
        {
            "hearing": hearing,
            "sections": sections,
            "total_comments": sum(section.published for section in sections),
            "total_supports": sum(section.supports for section in sections),
        },
    )


def report_download(request, slug):
    hearing, sections = published_report(slug)
    response = HttpResponse(
        report_docx.build(hearing, sections, get_language()),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    response["Content-Disposition"] = f'attachment; filename="{hearing.slug}.docx"'
    return response
