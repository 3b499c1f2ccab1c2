"""Questions and comments on a practice: the form anyone may send, and its thanks."""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language

from portal.ratelimit import client_ip
from practices import feedback
from practices.forms import FeedbackForm
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
