from django.forms.models import BaseInlineFormSet

from networks.models import Tie


def constraint_message(name):
    return next(c for c in Tie._meta.constraints if c.name == name).violation_error_message


class TieInlineFormSet(BaseInlineFormSet):
    """Ties entered on their source actor's page. Django leaves the inline's own foreign key
    out of model validation, so the rules on `source` are checked here, in the form, before
    the database would refuse them."""

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("target"):
                continue
            target, kind = data["target"], data.get("kind")
            if target.pk == self.instance.pk:
                form.add_error("target", constraint_message("networks_tie_not_to_itself"))
                continue
            duplicate_in_database = (
                Tie.objects.filter(source=self.instance, target=target, kind=kind)
                .exclude(pk=form.instance.pk)
                .exists()
            )
            if (target.pk, kind) in seen or duplicate_in_database:
                form.add_error("target", constraint_message("networks_tie_unique"))
            seen.add((target.pk, kind))
