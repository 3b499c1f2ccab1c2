"""The tie survey's page, reached by its private link alone."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from networks import surveys
from networks.models import TieSurvey


@never_cache
def tie_survey_page(request, token):
    survey = surveys.survey_of(token)
    if survey is None:
        raise Http404
    context = {"survey": survey, "actor": survey.actor}
    if survey.status != TieSurvey.Status.OPEN:
        return render(request, "networks/tie_survey_done.html", context)
    if survey.is_expired:
        return render(request, "networks/tie_survey_expired.html", context, status=410)
    form = surveys.SurveyForm(survey.actor, request.POST or None)
    if request.method == "POST" and form.is_valid():
        surveys.record_answer(survey, form.answer())
        return render(request, "networks/tie_survey_done.html", {**context, "just_answered": True})
    return render(request, "networks/tie_survey.html", {**context, "form": form})
