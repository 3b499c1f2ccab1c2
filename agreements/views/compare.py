"""Two versions of an agreement side by side, section by section, in either language."""

from collections import Counter

from django import forms
from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from agreements import diff
from agreements.models import Commitment, FollowUp, Party
from agreements.views.shared import deny, login_redirects, printable, visible_versions
from portal import caching

# Version numbers are small; longer input is refused before it reaches int().
MAX_DIGITS = 5


class CompareForm(forms.Form):
    """Which two versions to compare, and in which language."""

    a = forms.TypedChoiceField(label=_("Compare version"), coerce=int)
    b = forms.TypedChoiceField(label=_("with version"), coerce=int)
    lang = forms.ChoiceField(label=_("Language of the text"), choices=settings.LANGUAGES)

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(v.number, _("Version %(number)d") % {"number": v.number}) for v in versions]
        choices.reverse()
        self.fields["a"].choices = choices
        self.fields["b"].choices = choices

    def clean(self):
        data = super().clean()
        if data.get("a") is not None and data.get("a") == data.get("b"):
            raise forms.ValidationError(_("Choose two different versions."), code="same")
        return data


@caching.query_parameters(form=CompareForm)
@login_redirects
def compare(request, slug):
    """The changes from one version to another that the reader may see."""
    agreement, newest_first = visible_versions(request, slug)
    visible = newest_first[::-1]
    by_number = {v.number: v for v in visible}
    asked = [_number(request.GET.get(key)) for key in ("a", "b")]
    # A version the reader may not see and one that does not exist: the same answer.
    if any(number is not None and number not in by_number for number in asked):
        deny(request.user)

    defaults = {"lang": get_language()}
    if len(visible) >= 2:
        defaults |= {"a": visible[-2].number, "b": visible[-1].number}
    submitted = {
        key: printable(request.GET[key]) for key in ("a", "b", "lang") if key in request.GET
    }
    # Until the reader chooses, the form is unbound: it shows the two newest versions as its
    # choice, and no "this field is required" before anything was asked.
    data = defaults | submitted
    if submitted:
        form = CompareForm(data, versions=visible)
    else:
        form = CompareForm(initial=defaults, versions=visible)
    # Three selects of every version drawn through the form templates cost more than the
    # rest of the page: the form is kept as HTML per agreement, versions seen and choice.
    form_html = caching.cached_html(
        "compare-form",
        (agreement.pk, [v.number for v in visible], bool(submitted), sorted(data.items())),
        lambda: render_to_string("agreements/includes/compare_form.html", {"form": form}, request),
        apps=("agreements",),
    )
    context = {
        "agreement": agreement,
        "form_html": form_html,
        "versions": visible,
        "changes_html": "",
    }
    chosen = chosen_versions(form, defaults, by_number)
    if chosen:
        # Read from the older to the newer, whichever order they were chosen in.
        old, new, language = *sorted(chosen[:2], key=lambda version: version.number), chosen[2]
        # Not of the agreements alone: the commitments name practices, paths and indicators.
        context["changes_html"] = caching.cached_html(
            "version-changes",
            (old.pk, new.pk, language),
            lambda: changes_html(agreement, old, new, language),
        )
    return render(request, "agreements/compare.html", context)


def chosen_versions(form, defaults, by_number):
    """(a, b, language) the reader chose, or the defaults before they chose; None when
    there is nothing (valid) to compare."""
    if "a" not in defaults:
        return None
    if not form.is_bound:
        return by_number[defaults["a"]], by_number[defaults["b"]], defaults["lang"]
    if not form.is_valid():
        return None
    data = form.cleaned_data
    return by_number[data["a"]], by_number[data["b"]], data["lang"]


def changes_html(agreement, old, new, language):
    """The changes from `old` to `new`, section by section and party by party, in
    `language`, as HTML."""
    prefetch_related_objects([old, new], "sections")
    changes = diff.compare_versions(old.sections.all(), new.sections.all(), language)
    parties = list(Party.objects.filter(agreement=agreement).select_related("actor"))
    with translation.override(language):
        commitments = diff.compare_commitments(
            parties, commitments_html(old, parties), commitments_html(new, parties)
        )
    return render_to_string(
        "agreements/includes/compare_changes.html",
        {
            "agreement": agreement,
            "old": old,
            "new": new,
            "language": language,
            "changes": changes,
            "summary": _summary(changes),
            "commitments": commitments,
            "commitments_changed": sum(c.status != diff.UNCHANGED for c in commitments),
        },
    )


def commitments_html(version, parties):
    """Each party's commitments in the version as the reader sees them, as HTML, in the
    active language: {party pk: html}, parties without commitments left out."""
    follow_ups = FollowUp.objects.select_related("indicator", "municipality", "sub_region")
    commitments = Commitment.objects.filter(version=version).prefetch_related(
        "practices", "paths", Prefetch("follow_ups", queryset=follow_ups)
    )
    by_party = {}
    for commitment in commitments:
        by_party.setdefault(commitment.party_id, []).append(commitment)
    return {
        party.pk: render_to_string(
            "agreements/includes/compare_commitments_text.html",
            {"commitments": by_party[party.pk]},
        ).strip()
        for party in parties
        if party.pk in by_party
    }


def _number(value):
    if value and len(value) <= MAX_DIGITS and value.isascii() and value.isdigit():
        return int(value)
    return None


def _summary(changes):
    counts = Counter(change.status for change in changes)
    # A moved section may be changed too; it counts in both.
    counts[diff.CHANGED] = sum(1 for change in changes if change.changed)
    return {
        status: counts[status] for status in (diff.ADDED, diff.REMOVED, diff.MOVED, diff.CHANGED)
    }
