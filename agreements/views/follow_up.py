"""The yearly follow-up page of a letter of intent: public once it is signed; a preview for
the audience and the coordinators while the parties decide."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from agreements import follow_up, standing
from agreements.models import Version
from agreements.views.shared import deny, login_redirects, printable, visible_versions
from portal import caching


class YearForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Figures up to the end of"), coerce=int)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, year) for year in reversed(years)]


def version_followed(versions):
    """The signed version in force; before one is signed, the version the parties decide on."""
    signed = [v for v in versions if v.status == Version.Status.SIGNED]
    return signed[0] if signed else standing.version_decided_on(versions)


@caching.query_parameters(form=YearForm)
@login_redirects
def follow_up_page(request, slug):
    agreement, versions = visible_versions(request, slug)
    decided_on = version_followed(versions)
    if decided_on is None:
        deny(request.user)
    follow_ups = list(follow_up.follow_ups_of(decided_on))
    points = follow_up.observations_for(follow_ups)
    years = follow_up.years_with_figures(points, follow_ups)
    data = {"year": printable(request.GET["year"])} if "year" in request.GET else None
    form = YearForm(data, years=years)
    year = years[-1] if years else None
    if form.is_bound and form.is_valid():
        year = form.cleaned_data["year"]
    rows = follow_up.rows(follow_ups, points, year)
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
