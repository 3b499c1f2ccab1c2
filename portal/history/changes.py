"""What each history record changed, as a coordinator reads it: the field's label (with its
language for a translated field), the value before and after as the admin shows values, and
for each many-to-many link the names added and removed.

The queries do not grow with the number of records: per model, one for the records before
those shown, one per many-to-many link and one per kind of related object named."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

CREATED, CHANGED, DELETED = "+", "~", "-"
ACTIONS = {CREATED: _("Created"), CHANGED: _("Changed"), DELETED: _("Deleted")}
LABEL_FIELDS = ("title", "name", "heading", "text", "rationale")
LABEL_LENGTH = 80
RESTORED_PREFIX = "restored:"


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class LinkChange:
    label: str
    added: list
    removed: list


@dataclass
class Entry:
    """One record: what was done to which object, by whom, through what, and the changes."""

    record: object
    model: type
    label: str
    changes: list = field(default_factory=list)
    links: list = field(default_factory=list)

    @property
    def action(self):
        return ACTIONS[self.record.history_type]

    @property
    def is_deletion(self):
        return self.record.history_type == DELETED

    @property
    def kind(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def restored_from(self):
        """The time of the state this record restored, when it was a restore."""
        reason = self.record.history_change_reason or ""
        if not reason.startswith(RESTORED_PREFIX):
            return None
        try:
            return datetime.datetime.fromisoformat(reason[len(RESTORED_PREFIX) :])
        except ValueError:
            return None


def original_model(history_model):
    return history_model.instance_type


def translated_originals(model):
    """The fields django-modeltranslation keeps as a copy of the default language's: their
    `_fi` and `_sv` fields say it, each with its language."""
    return {
        f.translated_field.name
        for f in model._meta.concrete_fields
        if getattr(f, "translated_field", None) is not None
    }


def shown_fields(history_model, names=None):
    """The original model's fields that a record's changes list: those a person edits."""
    model = original_model(history_model)
    tracked = {f.name for f in history_model.tracked_fields}
    originals = translated_originals(model)
    return [
        f
        for f in model._meta.concrete_fields
        if f.name in tracked
        and f.editable
        and not f.primary_key
        and f.name not in originals
        and (names is None or f.name in names)
    ]


def link_fields(history_model, names=None):
    return [f for f in history_model._history_m2m_fields if names is None or f.name in names]


def field_label(model_field):
    language = getattr(model_field, "language", None)
    translated = getattr(model_field, "translated_field", None)
    if translated is not None:
        return f"{capfirst(translated.verbose_name)} ({dict(settings.LANGUAGES)[language]})"
    return str(capfirst(model_field.verbose_name))


def record_label(record, model):
    """A name for a record's object from its own columns, in the reader's language."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    names = {f.name for f in model._meta.concrete_fields}
    for base in LABEL_FIELDS:
        for name in (f"{base}_{language}", f"{base}_{settings.LANGUAGE_CODE}", base):
            value = getattr(record, name, None) if name in names else None
            if value:
                text = " ".join(str(value).split())
                return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"
    return f"{capfirst(model._meta.verbose_name)} {record.id}"


def previous_records(history_model, records):
    """{history_id: the record of the same object just before it} for `records`."""
    if not records:
        return {}
    before = history_model.objects.filter(id=OuterRef("id")).filter(
        Q(history_date__lt=OuterRef("history_date"))
        | Q(history_date=OuterRef("history_date"), history_id__lt=OuterRef("history_id"))
    )
    pairs = (
        history_model.objects.filter(history_id__in=[r.history_id for r in records])
        .annotate(
            previous=Subquery(
                before.order_by("-history_date", "-history_id").values("history_id")[:1]
            )
        )
        .values_list("history_id", "previous")
    )
    pairs = dict(pairs)
    wanted = {p for p in pairs.values() if p is not None}
    found = {r.history_id: r for r in records if r.history_id in wanted}
    missing = wanted - set(found)
    if missing:
        found.update(
            (r.history_id, r) for r in history_model.objects.filter(history_id__in=missing)
        )
    return {hid: found.get(previous) for hid, previous in pairs.items()}


class Names:
    """The names of related objects, fetched once per model for all the records shown."""

    def __init__(self):
        self.wanted = defaultdict(set)
        self.names = {}

    def want(self, model, pk):
        if pk is not None:
            self.wanted[model].add(pk)

    def fetch(self):
        for model, pks in self.wanted.items():
            for obj in model._default_manager.filter(pk__in=pks):
                self.names[(model, obj.pk)] = str(obj)

    def name(self, model, pk):
        return self.names.get((model, pk)) or _("deleted (%(id)s)") % {"id": pk}


def links_of(history_model, records, fields):
    """{(history_id, field name): set of the linked objects' ids} for `records`."""
    links = defaultdict(set)
    ids = [r.history_id for r in records if r is not None]
    for model_field in fields:
        through_history = HistoricalRecords.m2m_models[model_field]
        target = model_field.m2m_reverse_field_name()
        target_column = through_history._meta.get_field(target).attname
        rows = through_history.objects.filter(history_id__in=ids).values_list(
            "history_id", target_column
        )
        for history_id, target_id in rows:
            links[(history_id, model_field.name)].add(target_id)
    return links


def display(model_field, value, names):
    if value is None or value == "":
        return ""
    if model_field.is_relation:
        return names.name(model_field.related_model, value)
    if model_field.flatchoices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return str(_("yes") if value else _("no"))
    if isinstance(model_field, models.DateTimeField):
        return formats.localize(timezone.localtime(value))
    if isinstance(model_field, models.DateField | models.DecimalField | models.FloatField):
        return formats.localize(value)
    return str(value)


def describe(history_model, pairs, names_of_fields=None):
    """An Entry for each (record, the record it is compared with or None) of one model;
    `names_of_fields` limits the fields and links compared."""
    model = original_model(history_model)
    fields = shown_fields(history_model, names_of_fields)
    m2m = link_fields(history_model, names_of_fields)
    records = [r for pair in pairs for r in pair if r is not None]
    links = links_of(history_model, records, m2m)
    names = Names()
    for record in records:
        for model_field in fields:
            if model_field.is_relation:
                names.want(model_field.related_model, getattr(record, model_field.attname))
    for (_history_id, name), targets in links.items():
        target_model = model._meta.get_field(name).related_model
        for target in targets:
            names.want(target_model, target)
    names.fetch()
    entries = []
    for record, before in pairs:
        entry = Entry(record=record, model=model, label=record_label(record, model))
        if record.history_type != DELETED:
            for model_field in fields:
                old = getattr(before, model_field.attname) if before is not None else None
                new = getattr(record, model_field.attname)
                # An empty text is stored as NULL or "" depending on who wrote it.
                if (old if old != "" else None) != (new if new != "" else None):
                    entry.changes.append(
                        FieldChange(
                            field_label(model_field),
                            display(model_field, old, names),
                            display(model_field, new, names),
                        )
                    )
            for model_field in m2m:
                old = links[(before.history_id, model_field.name)] if before else set()
                new = links[(record.history_id, model_field.name)]
                if old != new:
                    target = model_field.related_model
                    entry.links.append(
                        LinkChange(
                            str(capfirst(model_field.verbose_name)),
                            sorted(names.name(target, pk) for pk in new - old),
                            sorted(names.name(target, pk) for pk in old - new),
                        )
                    )
        entries.append(entry)
    return entries


def history_entries(history_model, records):
    """Each record with what it changed since the record before it."""
    previous = previous_records(history_model, records)
    return describe(history_model, [(r, previous.get(r.history_id)) for r in records])
