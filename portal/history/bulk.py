"""Bulk writes on record: they send no signals, so their history is written with them, as
made by the acting user through what they act (portal.history.context)."""

from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from portal.history.context import current_user, current_via


def made_by():
    return {
        "default_user": current_user(),
        "custom_historical_attrs": {"history_via": current_via()},
    }


def bulk_create(model, objs, batch_size=None):
    """model.objects.bulk_create(objs), with a record of each object created."""
    return bulk_create_with_history(list(objs), model, batch_size=batch_size, **made_by())


def bulk_update(model, objs, fields, batch_size=None):
    """model.objects.bulk_update(objs, fields), with a record of each object changed. The
    objects carry every recorded field: the record is made from them."""
    return bulk_update_with_history(objs, model, fields, batch_size=batch_size, **made_by())


def record_changed(queryset):
    """A record of the current state of each object that an update() changed."""
    model = queryset.model
    history = getattr(model, model._meta.simple_history_manager_attribute)
    objs = list(queryset)
    history.bulk_history_create(objs, update=True, **made_by())
    return objs
