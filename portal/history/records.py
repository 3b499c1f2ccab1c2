"""Which content keeps a history, and how each record is written.

django-simple-history writes a record (a row of the model's historical table, with every
field, and for each many-to-many link the rows it had) on every save and delete, whoever
saves: the admin, a public form, a command or a shell. The models are registered here, from
the apps' ready(), after django-modeltranslation has added the `_fi` and `_sv` fields (its
app comes first): a historical table made when the model class is built would lack them.

On top of the library: each record says through what it was made (`history_via`); links
saved after the form's object in the same request fold into that object's record instead of
a record each; a deletion keeps the links the object had; a link changed from the other
side (`theme.practices.add(practice)`) is on the practice's record."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history import register
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

from portal.history.context import current_unit, current_via, history_user

# Derived or bookkeeping columns: kept up to date by the code, not typed by anyone.
NOT_RECORDED = (
    "revision",
    "search_terms_title",
    "search_terms_body",
    "search_vector",
    "title_vector",
    "latest_assessment",
    "evidence_level",
    "digested_at",
)
VIA_LENGTH = 100


class MadeThrough(models.Model):
    """The fields every content record adds to django-simple-history's own."""

    history_via = models.CharField(_("made through"), max_length=VIA_LENGTH, blank=True)

    class Meta:
        abstract = True


def through_rows(instance, field):
    """The link rows of one many-to-many field of `instance`, as the library copies them."""
    through = field.remote_field.through
    return list(through.objects.filter(**{field.m2m_field_name(): instance.pk}))


class ContentRecords(HistoricalRecords):
    # The records are read through their model's admin and written by the code alone: no
    # permissions of their own (the flush of each transactional test made them all again).
    def create_history_model(self, model, inherited):
        # Kept at hand: the model's `history` descriptor builds a manager class per access.
        self.history_model = super().create_history_model(model, inherited)
        return self.history_model

    def get_meta_options(self, model):
        return {**super().get_meta_options(model), "default_permissions": ()}

    def get_meta_options_m2m(self, through_model):
        return {**super().get_meta_options_m2m(through_model), "default_permissions": ()}

    def post_save(self, instance, created, using=None, **kwargs):
        if kwargs.get("raw"):
            # loaddata: the records come with the backup; so do the links it sets next.
            instance._history_loaded_raw = True
        super().post_save(instance, created, using=using, **kwargs)

    def create_historical_record(self, instance, history_type, using=None):
        # A save that changed nothing (the admin's Save on an untouched form, the demo
        # loaded again) is not a change: no record.
        if history_type == "~" and self.unchanged_since_last_record(instance):
            return
        super().create_historical_record(instance, history_type, using=using)

    def unchanged_since_last_record(self, instance):
        fields = [f for f in self.fields_included(instance) if not getattr(f, "auto_now", False)]
        latest = (
            self.history_model.objects.filter(id=instance.pk)
            .values("history_type", *(f.attname for f in fields))
            .first()
        )
        if latest is None or latest["history_type"] == "-":
            return False
        return all(same(latest[f.attname], getattr(instance, f.attname)) for f in fields)

    def pre_delete(self, instance, **kwargs):
        super().pre_delete(instance, **kwargs)
        # The link rows go before the object does: keep them for its last record.
        instance._links_before_delete = {
            field.name: through_rows(instance, field)
            for field in self.get_m2m_fields_from_model(type(instance))
        }

    def create_historical_record_m2ms(self, history_instance, instance):
        # The library's own builds the object from the record again for each link (a query
        # each); the rows are read here from the object at hand. An object just created
        # has no links yet.
        kind = history_instance.history_type
        kept = getattr(instance, "_links_before_delete", {})
        for field in history_instance._history_m2m_fields:
            if kind == "-":
                self.copy_links(history_instance, field, kept.get(field.name, []))
            elif kind == "~":
                self.copy_links(history_instance, field, through_rows(instance, field))
        unit = current_unit()
        if unit is not None:
            unit.records[(instance._meta.label_lower, instance.pk)] = history_instance

    def copy_links(self, history_instance, field, rows):
        history_model = self.m2m_models[field]
        # By the columns' values: the linked objects may be gone (deleted with this one).
        columns = [f.attname for f in field.remote_field.through._meta.fields]
        history_model.objects.bulk_create(
            history_model(history=history_instance, **{c: getattr(row, c) for c in columns})
            for row in rows
        )

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
            return
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if reverse:
            # `instance` is the other side's object: the records are this model's.
            owners = self.cls._default_manager.filter(pk__in=pk_set or ())
        else:
            owners = [instance]
        for owner in owners:
            if hasattr(owner, "skip_history_when_saving") or hasattr(owner, "_history_loaded_raw"):
                continue
            record = self.record_of_this_unit(owner)
            if record is None:
                # The links changed even if no field did.
                super().create_historical_record(owner, "~")
            else:
                field = self.cls._meta.get_field(attr)
                self.m2m_models[field].objects.filter(history=record).delete()
                self.copy_links(record, field, through_rows(owner, field))

    def record_of_this_unit(self, instance):
        """The latest record this request or command wrote for `instance`: the links saved
        after the object belong to that change."""
        unit = current_unit()
        if unit is None:
            return None
        record = unit.records.get((instance._meta.label_lower, instance.pk))
        return None if record is None or record.history_type == "-" else record


def same(stored, current):
    """A recorded value and the object's, whatever type each was read as."""
    if stored in (None, "") and current in (None, ""):
        return True
    if hasattr(current, "name") and not hasattr(stored, "name"):  # a file field
        current = current.name
    return stored == current


def fill_made_through(sender, history_instance, **kwargs):
    if isinstance(history_instance, MadeThrough):
        history_instance.history_via = current_via()


def track(model, m2m_fields=(), private_fields=()):
    """Keep the history of `model` and of the named many-to-many links; never of
    `private_fields` (personal data erased from the row must not live on in its records)."""
    names = {field.name for field in model._meta.concrete_fields}
    register(
        model,
        records_class=ContentRecords,
        bases=[MadeThrough],
        m2m_fields=list(m2m_fields),
        excluded_fields=[name for name in (*NOT_RECORDED, *private_fields) if name in names],
        get_user=history_user,
        user_related_name="+",
    )
    pre_create_historical_record.connect(fill_made_through, dispatch_uid="portal-history-via")
