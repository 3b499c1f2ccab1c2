"""The ranking form: for each candidate, a place or none; each place given once in each
list (the priorities, the practices). Plain selects: it works without JavaScript and with
the keyboard."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.honeypot import HoneypotMixin
from rounds.models import Candidate


def field_name(candidate):
    return f"candidate-{candidate.pk}"


class RankingForm(HoneypotMixin, forms.Form):
    def __init__(self, *args, round_, candidates, current=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = candidates
        choices = [("", _("Not ranked"))] + [
            (str(place), _("Place %(place)d") % {"place": place})
            for place in range(1, round_.places + 1)
        ]
        current = current or {}
        # The honeypot goes last, after the candidates' fields.
        honeypot = self.fields.pop("website")
        for candidate in candidates:
            self.fields[field_name(candidate)] = forms.TypedChoiceField(
                label=str(candidate.name),
                choices=choices,
                coerce=int,
                empty_value=None,
                required=False,
                initial=current.get(candidate.pk, ""),
            )
        self.fields["website"] = honeypot

    def fields_of(self, kind):
        return [self[field_name(c)] for c in self.candidates if c.kind == kind]

    def clean(self):
        cleaned = super().clean()
        places = {}
        for kind in Candidate.Kind.values:
            given = {}
            for candidate in (c for c in self.candidates if c.kind == kind):
                place = cleaned.get(field_name(candidate))
                if place is None:
                    continue
                if place in given:
                    self.add_error(
                        field_name(candidate),
                        _("Place %(place)d is already given to “%(other)s”.")
                        % {"place": place, "other": given[place].name},
                    )
                given[place] = candidate
                places[candidate] = place
        if not places and not self.errors:
            raise forms.ValidationError(_("Give at least one place."))
        self.places = places
        return cleaned


def ranked_count_message(count):
    return ngettext(
        "Your ranking was saved: %(count)d place given.",
        "Your ranking was saved: %(count)d places given.",
        count,
    ) % {"count": count}
