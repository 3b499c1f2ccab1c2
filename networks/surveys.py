"""The tie survey: an actor's organisation, through a private link, confirms, changes, ends
or adds its ties and roles; a coordinator approves the answer, which then changes them.

The answer is kept as it was given (plain data: the records' keys and the choices), so the
decision and what it was made on stay on record."""

import datetime

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from networks.models import Actor, PathStage, Role, Tie, TieSurvey
from portal.private_links import hashed, new_token

NEW_TIES, NEW_ROLES = 3, 2
KEEP, CHANGE, END = "keep", "change", "end"


def new_survey(actor, expires_at, user) -> tuple[TieSurvey, str]:
    """A survey and its link's token, which is not stored: only its hash is."""
    token = new_token()
    survey = TieSurvey.objects.create(
        actor=actor, expires_at=expires_at, created_by=user, token_hash=hashed(token)
    )
    return survey, token


def survey_of(token: str) -> TieSurvey | None:
    return TieSurvey.objects.select_related("actor").filter(token_hash=hashed(token)).first()


def own_ties(actor):
    return list(
        Tie.objects.valid_on(timezone.localdate())
        .filter(source=actor)
        .select_related("target")
        .order_by("target__name", "kind")
    )


def own_roles(actor):
    return list(
        Role.objects.valid_on(timezone.localdate())
        .filter(actor=actor)
        .select_related("stage__path")
        .order_by("stage__path__order", "stage__order", "kind")
    )


def actor_choices(actors):
    """The actors as a select's choices, grouped by type in the types' order: a thousand
    actors in one list are hard to go through."""
    by_type = {value: [] for value in Actor.Type.values}
    for actor in actors.only("name", "name_fi", "name_sv", "actor_type"):
        by_type[actor.actor_type].append((actor.pk, actor.name))
    labels = dict(Actor.Type.choices)
    groups = [(labels[value], choices) for value, choices in by_type.items() if choices]
    return [("", "–"), *groups]


class SurveyForm(forms.Form):
    """One fieldset per tie and role in force, and empty rows for new ones."""

    respondent = forms.CharField(
        label=gettext_lazy("Your name or title (optional)"),
        required=False,
        max_length=120,
        help_text=gettext_lazy("For the coordinators only; not published."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    comment = forms.CharField(
        label=gettext_lazy("Anything else the coordinators should know (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, actor, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.actor = actor
        self.ties, self.roles = own_ties(actor), own_roles(actor)
        date = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        tie_actions = [
            (KEEP, _("Still as it is")),
            (CHANGE, _("Its strength has changed")),
            (END, _("It has ended")),
        ]
        for tie in self.ties:
            self.fields[f"tie_{tie.pk}"] = forms.ChoiceField(
                label=_("This tie"), choices=tie_actions, initial=KEEP, widget=forms.RadioSelect
            )
            self.fields[f"tie_{tie.pk}_strength"] = forms.TypedChoiceField(
                label=_("Strength now"),
                choices=Tie.Strength.choices,
                coerce=int,
                initial=tie.strength,
            )
            self.fields[f"tie_{tie.pk}_ended"] = forms.DateField(
                label=_("Ended on"), required=False, widget=date
            )
        for role in self.roles:
            self.fields[f"role_{role.pk}"] = forms.ChoiceField(
                label=_("This role"),
                choices=[(KEEP, _("Still as it is")), (END, _("It has ended"))],
                initial=KEEP,
                widget=forms.RadioSelect,
            )
            self.fields[f"role_{role.pk}_ended"] = forms.DateField(
                label=_("Ended on"), required=False, widget=date
            )
        others = Actor.objects.exclude(pk=actor.pk).only("name", "name_fi", "name_sv")
        others_by_type = actor_choices(others)
        for number in range(1, NEW_TIES + 1):
            field = forms.ModelChoiceField(label=_("Tied to"), queryset=others, required=False)
            # Read once for the three rows, not once for each.
            field.choices = others_by_type
            self.fields[f"new_tie_{number}_target"] = field
            self.fields[f"new_tie_{number}_kind"] = forms.ChoiceField(
                label=_("Kind of tie"), choices=[("", "–"), *Tie.Kind.choices], required=False
            )
            self.fields[f"new_tie_{number}_strength"] = forms.TypedChoiceField(
                label=_("Strength"),
                choices=Tie.Strength.choices,
                coerce=int,
                initial=Tie.Strength.MODERATE,
            )
            self.fields[f"new_tie_{number}_from"] = forms.DateField(
                label=_("Since"), required=False, widget=date
            )
        stages = PathStage.objects.select_related("path").order_by("path__order", "order")
        for number in range(1, NEW_ROLES + 1):
            self.fields[f"new_role_{number}_stage"] = forms.ModelChoiceField(
                label=_("Stage"), queryset=stages, required=False
            )
            self.fields[f"new_role_{number}_kind"] = forms.ChoiceField(
                label=_("Role"), choices=[("", "–"), *Role.Kind.choices], required=False
            )

    def tie_rows(self):
        return [
            (tie, [self[f"tie_{tie.pk}{suffix}"] for suffix in ("", "_strength", "_ended")])
            for tie in self.ties
        ]

    def role_rows(self):
        return [
            (role, [self[f"role_{role.pk}"], self[f"role_{role.pk}_ended"]]) for role in self.roles
        ]

    def new_tie_rows(self):
        suffixes = ("target", "kind", "strength", "from")
        return [
            (number, [self[f"new_tie_{number}_{suffix}"] for suffix in suffixes])
            for number in range(1, NEW_TIES + 1)
        ]

    def new_role_rows(self):
        return [
            (number, [self[f"new_role_{number}_{suffix}"] for suffix in ("stage", "kind")])
            for number in range(1, NEW_ROLES + 1)
        ]

    def clean(self):
        data = super().clean()
        for prefix, records in (("tie", self.ties), ("role", self.roles)):
            for record in records:
                if data.get(f"{prefix}_{record.pk}") == END and not data.get(
                    f"{prefix}_{record.pk}_ended"
                ):
                    self.add_error(f"{prefix}_{record.pk}_ended", _("Give the day it ended."))
        for number in range(1, NEW_TIES + 1):
            target, kind = data.get(f"new_tie_{number}_target"), data.get(f"new_tie_{number}_kind")
            if bool(target) != bool(kind):
                self.add_error(
                    f"new_tie_{number}_kind" if target else f"new_tie_{number}_target",
                    _("Choose both the actor and the kind of tie, or neither."),
                )
        for number in range(1, NEW_ROLES + 1):
            stage, kind = data.get(f"new_role_{number}_stage"), data.get(f"new_role_{number}_kind")
            if bool(stage) != bool(kind):
                self.add_error(
                    f"new_role_{number}_kind" if stage else f"new_role_{number}_stage",
                    _("Choose both the stage and the role, or neither."),
                )
        return data

    def answer(self) -> dict:
        """The answer as plain data, to keep on record and apply when approved."""
        data = self.cleaned_data

        def day(value):
            return value.isoformat() if value else None

        return {
            "respondent": data["respondent"],
            "comment": data["comment"],
            "ties": [
                {
                    "tie": tie.pk,
                    "action": data[f"tie_{tie.pk}"],
                    "strength": data[f"tie_{tie.pk}_strength"],
                    "ended_on": day(data[f"tie_{tie.pk}_ended"]),
                }
                for tie in self.ties
            ],
            "roles": [
                {
                    "role": role.pk,
                    "action": data[f"role_{role.pk}"],
                    "ended_on": day(data[f"role_{role.pk}_ended"]),
                }
                for role in self.roles
            ],
            "new_ties": [
                {
                    "target": data[f"new_tie_{n}_target"].pk,
                    "kind": data[f"new_tie_{n}_kind"],
                    "strength": data[f"new_tie_{n}_strength"],
                    "valid_from": day(data[f"new_tie_{n}_from"]),
                }
                for n in range(1, NEW_TIES + 1)
                if data.get(f"new_tie_{n}_target")
            ],
            "new_roles": [
                {"stage": data[f"new_role_{n}_stage"].pk, "kind": data[f"new_role_{n}_kind"]}
                for n in range(1, NEW_ROLES + 1)
                if data.get(f"new_role_{n}_stage")
            ],
        }


def record_answer(survey: TieSurvey, answer: dict):
    survey.answer = answer
    survey.answered_at = timezone.now()
    survey.status = TieSurvey.Status.ANSWERED
    survey.save(update_fields=["answer", "answered_at", "status"])


def parse_day(text):
    return datetime.date.fromisoformat(text) if text else None


def changes_in(survey: TieSurvey) -> list[str]:
    """The answer's changes in words, for the coordinator deciding on it."""
    answer, lines = survey.answer, []
    ties = Tie.objects.select_related("target").in_bulk([t["tie"] for t in answer.get("ties", [])])
    roles = Role.objects.select_related("stage__path").in_bulk(
        [r["role"] for r in answer.get("roles", [])]
    )
    actors = Actor.objects.in_bulk([t["target"] for t in answer.get("new_ties", [])])
    stages = PathStage.objects.select_related("path").in_bulk(
        [r["stage"] for r in answer.get("new_roles", [])]
    )
    kinds, strengths, role_kinds = (
        dict(Tie.Kind.choices),
        dict(Tie.Strength.choices),
        dict(Role.Kind.choices),
    )
    for item in answer.get("ties", []):
        tie = ties.get(item["tie"])
        if tie is None or item["action"] == KEEP:
            continue
        if item["action"] == END:
            lines.append(
                _("End the tie: %(tie)s, on %(day)s") % {"tie": tie, "day": item["ended_on"]}
            )
        else:
            lines.append(
                _("Change the strength of the tie %(tie)s to: %(strength)s")
                % {"tie": tie, "strength": strengths.get(item["strength"], item["strength"])}
            )
    for item in answer.get("roles", []):
        role = roles.get(item["role"])
        if role is not None and item["action"] == END:
            lines.append(
                _("End the role: %(role)s, on %(day)s") % {"role": role, "day": item["ended_on"]}
            )
    for item in answer.get("new_ties", []):
        if target := actors.get(item["target"]):
            lines.append(
                _("Add a tie: %(kind)s → %(target)s (%(strength)s)")
                % {
                    "kind": kinds.get(item["kind"], item["kind"]),
                    "target": target,
                    "strength": strengths.get(item["strength"], item["strength"]),
                }
            )
    for item in answer.get("new_roles", []):
        if stage := stages.get(item["stage"]):
            lines.append(
                _("Add a role: %(kind)s – %(stage)s")
                % {"kind": role_kinds.get(item["kind"], item["kind"]), "stage": stage}
            )
    return lines


@transaction.atomic
def approve(survey: TieSurvey, user):
    """Apply the answer: end, change and add the actor's ties and roles."""
    answer, actor = survey.answer, survey.actor
    for item in answer.get("ties", []):
        tie = Tie.objects.filter(pk=item["tie"], source=actor).first()
        if tie is None or item["action"] == KEEP:
            continue
        if item["action"] == END:
            tie.valid_to = parse_day(item["ended_on"])
        else:
            tie.strength = item["strength"]
        tie.save()
    for item in answer.get("roles", []):
        role = Role.objects.filter(pk=item["role"], actor=actor).first()
        if role is not None and item["action"] == END:
            role.valid_to = parse_day(item["ended_on"])
            role.save()
    for item in answer.get("new_ties", []):
        target = Actor.objects.filter(pk=item["target"]).first()
        if target is None:
            continue
        tie, _created = Tie.objects.get_or_create(
            source=actor, target=target, kind=item["kind"], defaults={"strength": item["strength"]}
        )
        tie.strength, tie.valid_to = item["strength"], None
        tie.valid_from = parse_day(item["valid_from"]) or tie.valid_from
        tie.save()
    for item in answer.get("new_roles", []):
        stage = PathStage.objects.filter(pk=item["stage"]).first()
        if stage is not None:
            Role.objects.get_or_create(actor=actor, stage=stage, kind=item["kind"], valid_to=None)
    decide(survey, user, TieSurvey.Status.APPROVED)


def decide(survey: TieSurvey, user, status):
    survey.status, survey.decided_by, survey.decided_at = status, user, timezone.now()
    survey.save(update_fields=["status", "decided_by", "decided_at"])
