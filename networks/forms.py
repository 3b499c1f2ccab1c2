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
        # The actor's stored ties read at once: a query for each tie made an actor with many
        # ties slow to save.
        stored = {}
        if self.instance.pk:
            ties = Tie.objects.filter(source=self.instance).values_list("target_id", "kind", "pk")
            stored = {(target, kind): pk for target, kind, pk in ties}
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("target"):
                continue
            target, kind = data["target"], data.get("kind")
            if target.pk == self.instance.pk:
                form.add_error("target", constraint_message("networks_tie_not_to_itself"))
                continue
            stored_tie = stored.get((target.pk, kind))
            duplicate_in_database = stored_tie is not None and stored_tie != form.instance.pk
            if (target.pk, kind) in seen or duplicate_in_database:
                form.add_error("target", constraint_message("networks_tie_unique"))
            seen.add((target.pk, kind))
