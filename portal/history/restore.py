"""Bringing back an earlier state of a record, or a deleted record with its translations, its
many-to-many links and the rows deleted with it. The model's own rules apply as to any save:
the text of a frozen agreement version is refused by them (and by the database)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from portal.history.changes import DELETED, RESTORED_PREFIX, translated_originals
from portal.history.records import ContentRecords

# Rows deleted with an object (by the cascade) are recorded within moments of it.
DELETED_TOGETHER = datetime.timedelta(seconds=10)


class RestoreRefused(Exception):
    """The state cannot be restored; `messages` say why, for the person who asked."""

    def __init__(self, messages):
        super().__init__(" ".join(messages))
        self.messages = messages


def is_tracked(model):
    return hasattr(model._meta, "simple_history_manager_attribute")


def history_of(model):
    return getattr(model, model._meta.simple_history_manager_attribute).model


def restorable(history_model, field_names):
    """The fields whose value a restore takes from the record: those a person edits (or
    `field_names`), never the copy of the default language (its `_fi` field is restored)."""
    model = history_model.instance_type
    originals = translated_originals(model)
    return [
        f
        for f in history_model.tracked_fields
        if not f.primary_key
        and f.name not in originals
        and not getattr(f, "auto_now", False)
        and not getattr(f, "auto_now_add", False)
        and (field_names is None or f.name in field_names)
    ]


def links_to_restore(record, field_names):
    return [f for f in record._history_m2m_fields if field_names is None or f.name in field_names]


def linked_ids(record, model_field):
    through_history = ContentRecords.m2m_models[model_field]
    target = through_history._meta.get_field(model_field.m2m_reverse_field_name()).attname
    return list(through_history.objects.filter(history=record).values_list(target, flat=True))


def restore(record, field_names=None):
    """Make the record's object what the record says: the named fields and links (all of
    them for a deleted object, which comes back with the same id). Returns the object."""
    try:
        with transaction.atomic():
            return write(record, field_names)
    except ValidationError as error:
        raise RestoreRefused(error.messages) from error
    except IntegrityError as error:
        raise RestoreRefused(
            [_("The database refused it: %(reason)s") % {"reason": str(error).strip()}]
        ) from error


def write(record, field_names):
    model = record.instance_type
    current = model._default_manager.filter(pk=record.id).first()
    recovering = current is None
    if recovering:
        field_names = None
    obj = current if current is not None else model(pk=record.id)
    for model_field in restorable(type(record), field_names):
        setattr(obj, model_field.attname, getattr(record, model_field.attname))
    obj._change_reason = f"{RESTORED_PREFIX}{record.history_date.isoformat()}"
    # The model's checks give a reason a person can act on (an identifier taken since).
    obj.full_clean()
    obj.save(force_insert=recovering)
    for model_field in links_to_restore(record, field_names):
        getattr(obj, model_field.name).set(linked_ids(record, model_field))
    if recovering:
        # The row is the one deleted: it keeps the time it was first created.
        created = {
            f.attname: getattr(record, f.attname)
            for f in record.tracked_fields
            if getattr(f, "auto_now_add", False)
        }
        if created:
            model._default_manager.filter(pk=obj.pk).update(**created)
        if record.history_type == DELETED:
            recover_rows_deleted_with(record)
    return obj


def recover_rows_deleted_with(record):
    """The tracked rows that the deletion of `record`'s object took with it (its steps,
    links, a version's sections, …): recorded as deleted in the moments before it."""
    model = record.instance_type
    for relation in model._meta.related_objects:
        child = relation.related_model
        if not (relation.one_to_many and is_tracked(child)):
            continue
        if relation.on_delete.__name__ != "CASCADE":
            continue
        deleted = (
            history_of(child)
            .objects.filter(
                **{relation.field.attname: record.id},
                history_type=DELETED,
                history_date__gte=record.history_date - DELETED_TOGETHER,
                history_date__lte=record.history_date,
            )
            .order_by("id", "-history_date", "-history_id")
        )
        latest = {}
        for child_record in deleted:
            latest.setdefault(child_record.id, child_record)
        existing = set(child._default_manager.filter(pk__in=latest).values_list("pk", flat=True))
        for child_id, child_record in sorted(latest.items()):
            if child_id not in existing:
                write(child_record, None)
