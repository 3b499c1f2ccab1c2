"""The yearly follow-up page of a letter of intent: public once it is signed; a preview for
the audience and the coordinators while the parties decide."""

from django import forms
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from agreements import access, follow_up, standing
from agreements.models import Agreement, Version
from agreements.views.shared import deny, login_redirects, printable, with_groups


class YearForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Figures up to the end of"), coerce=int)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, year) for year in reversed(years)]


@login_redirects
def follow_up_page(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    user = with_groups(request.user)
    versions = [v for v in agreement.versions.all() if access.can_view(user, v)]
    decided_on = standing.version_decided_on(versions)
    if decided_on is None:
        deny(request.user)
    follow_ups = list(follow_up.follow_ups_of(agreement))
    points = follow_up.observations_for(follow_ups)
    years = follow_up.years_with_figures(points)
    data = {"year": printable(request.GET["year"])} if "year" in request.GET else None
    form = YearForm(data, years=years)
    year = years[-1] if years else None
    if form.is_bound and form.is_valid():
        year = form.cleaned_data["year"]
    rows = follow_up.rows(follow_ups, points, year) if year else []
    return render(
        request,
        "agreements/follow_up.html",
        {
            "agreement": agreement,
            "version": decided_on,
            "is_preview": decided_on.status != Version.Status.SIGNED,
            "form": form,
            "year": year,
            "parties": follow_up.by_commitment(rows),
            "has_examples": any(row.indicator.is_example for row in rows),
        },
    )
