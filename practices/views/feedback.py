"""Questions and comments on a practice: the form anyone may send, its thanks, and the page
where an organisation running the practice answers through its private link."""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from portal.ratelimit import client_ip
from practices import feedback
from practices.forms import FeedbackForm, OrganisationAnswerForm
from practices.models import Practice


def feedback_page(request, slug):
    practice = get_object_or_404(Practice.objects.published(), slug=slug)
    form = FeedbackForm(request.POST or None)
    context = {"practice": practice, "form": form}
    if request.method != "POST":
        return render(request, "practices/feedback.html", context)
    identity = client_ip(request)
    thanks = reverse("practices:feedback-thanks", args=[practice.slug])
    if feedback.FEEDBACK_PER_HOUR.exceeded(identity):
        # The bound form shows again what was typed, so nothing is lost while waiting.
        return render(request, "practices/feedback.html", {**context, "too_many": True}, status=429)
    if form.is_spam():
        # Robots are answered as people are, so that they learn nothing from the answer.
        feedback.FEEDBACK_PER_HOUR.record(identity)
        return redirect(thanks)
    if not form.is_valid():
        return render(request, "practices/feedback.html", context)
    feedback.FEEDBACK_PER_HOUR.record(identity)
    feedback.receive(practice, form, get_language(), base_url=request.build_absolute_uri("/"))
    return redirect(thanks)


def feedback_thanks(request, slug):
    practice = get_object_or_404(Practice.objects.published(), slug=slug)
    return render(request, "practices/feedback_thanks.html", {"practice": practice})


@never_cache
def organisation_answer(request, token):
    """An organisation that runs the practice writes its answer through its private link."""
    item = feedback.asked_through(token)
    if item is None or feedback.link_expired(item):
        status = 404 if item is None else 410
        return render(
            request,
            "practices/feedback_answer_invalid.html",
            {"expired": item is not None},
            status=status,
        )
    form = OrganisationAnswerForm(request.POST or None, initial={"answer": item.answer})
    if request.method == "POST" and form.is_valid():
        organisation = item.answer_link_actor
        feedback.answer_as_organisation(
            item, form.cleaned_data["answer"], base_url=request.build_absolute_uri("/")
        )
        return render(
            request,
            "practices/feedback_answer_done.html",
            {"item": item, "practice": item.practice, "organisation": organisation},
        )
    return render(
        request,
        "practices/feedback_answer.html",
        {
            "item": item,
            "practice": item.practice,
            "organisation": item.answer_link_actor,
            "form": form,
        },
    )
