"""Admin actions that date a step of the selected records (a hearing's report or a round's
result published) or take the date away again: one save each, so that the record of
changes and the caches' generations see it."""

from django.utils import timezone


def stamp_each(queryset, field, *, clear=False):
    """Sets `field` to now where it is empty (or, with `clear`, empties it where it is set);
    returns how many records changed."""
    value = None if clear else timezone.now()
    changed = 0
    for record in queryset.filter(**{f"{field}__isnull": not clear}):
        setattr(record, field, value)
        record.save(update_fields=[field])
        changed += 1
    return changed
