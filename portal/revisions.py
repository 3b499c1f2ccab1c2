"""Optimistic locking of the rows coordinators edit.

Every write of a row moves its `revision` on: a save() (from a form, a service, a shell) and
a QuerySet.update() (which bulk_update() uses too). A form that edits a row says which
revision it read the row at (`expect_revision`); its save then claims the row with
`UPDATE … SET revision = n + 1 WHERE id = … AND revision = n` before it writes, in the same
transaction. Of two saves at the same moment only one claims the row: the other's claim
waits for the first one's transaction, then finds the revision moved on and raises
StaleRevisionError, which the views answer by handling the request again, when its forms see
the other save (portal.revision_forms)."""

import functools

from django.db import models, router, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

FIRST_REVISION = 1
# A request that loses the race again and again (only under a storm of saves of one row)
# is handled this many times before the error is let through.
ATTEMPTS = 3


class StaleRevisionError(Exception):
    """The row changed (or went) after the form read it: nothing was written."""

    def __init__(self, instance):
        super().__init__(f"{type(instance).__name__} {instance.pk} changed after it was read.")
        self.instance = instance


class RevisionedQuerySet(models.QuerySet):
    def update(self, **kwargs):
        # An update() changes the rows as a save does: a form opened before must see it.
        kwargs.setdefault("revision", F("revision") + 1)
        return super().update(**kwargs)

    update.alters_data = True


class RevisionedModel(models.Model):
    """A row with a revision that every write moves on."""

    revision = models.PositiveIntegerField(_("revision"), default=FIRST_REVISION, editable=False)

    objects = RevisionedQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is None or self._state.adding:
            super().save(*args, **kwargs)
            return
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            if not update_fields:
                return  # Django saves nothing then; neither does the revision move.
            kwargs["update_fields"] = {*update_fields, "revision"}
        expected = self.__dict__.pop("_expected_revision", None)
        with transaction.atomic(using=self._database_for_write(kwargs), savepoint=False):
            claimed = self._claim(expected, kwargs)
            if claimed:
                super().save(*args, **kwargs)
        if not claimed:
            raise StaleRevisionError(self)

    def delete(self, *args, **kwargs):
        expected = self.__dict__.pop("_expected_revision", None)
        if expected is None:
            return super().delete(*args, **kwargs)
        with transaction.atomic(using=self._database_for_write(kwargs), savepoint=False):
            claimed = self._claim(expected, kwargs)
            if claimed:
                deleted = super().delete(*args, **kwargs)
        if not claimed:
            raise StaleRevisionError(self)
        return deleted

    def expect_revision(self, revision):
        """The next save or delete writes only while the row is still at `revision`."""
        self._expected_revision = revision

    def _database_for_write(self, kwargs):
        return kwargs.get("using") or router.db_for_write(type(self), instance=self)

    def _claim(self, expected, kwargs):
        """Lock the row for this transaction and set the revision this write gives it;
        False when the row is no longer at the expected revision."""
        rows = type(self)._base_manager.using(self._database_for_write(kwargs)).filter(pk=self.pk)
        if expected is not None:
            if not rows.filter(revision=expected).update(revision=expected + 1):
                return False
            self.revision = expected + 1
            return True
        # Unchecked writes (services, shells) move the revision on from the stored one, so
        # that it only ever grows; a row gone meanwhile is inserted again by Django's save.
        current = rows.select_for_update().values_list("revision", flat=True).first()
        self.revision = (current or 0) + 1
        return True


def handled_again_when_stale(view):
    """A request whose save lost the race to another save is handled again from the start:
    everything it wrote was rolled back, and its forms now compare what the person opened
    with that other save, and say what it changed."""

    @functools.wraps(view)
    def handle(*args, **kwargs):
        for _attempt in range(ATTEMPTS - 1):
            try:
                return view(*args, **kwargs)
            except StaleRevisionError:
                continue
        return view(*args, **kwargs)

    return handle
