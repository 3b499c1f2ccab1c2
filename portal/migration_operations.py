"""Migration operations the apps share: adding the revision of optimistic locking
(portal.revisions) and storing existing text normalised (portal.text)."""

from django.db import migrations, models
from django.db.models import F

from portal.text import normalise_text


class AddRevisionField(migrations.AddField):
    """Adds `revision` to a model. On SQLite as one ALTER TABLE … ADD COLUMN with a default:
    Django adds a NOT NULL column there by rebuilding the table, and the rebuild drops the
    table's triggers (the frozen versions', the rating rules') and fails on the ones of other
    tables that refer to it."""

    def __init__(self, model_name):
        super().__init__(
            model_name=model_name,
            name="revision",
            field=models.PositiveIntegerField(default=1, editable=False, verbose_name="revision"),
        )

    def deconstruct(self):
        return (self.__class__.__name__, [], {"model_name": self.model_name})

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "sqlite":
            super().database_forwards(app_label, schema_editor, from_state, to_state)
            return
        model = to_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, model):
            return
        field = model._meta.get_field(self.name)
        definition, params = schema_editor.column_sql(model, field)
        check = field.db_parameters(connection=schema_editor.connection)["check"]
        if check:
            definition += " " + schema_editor.sql_check_constraint % {"check": check}
        schema_editor.execute(
            f"ALTER TABLE {schema_editor.quote_name(model._meta.db_table)} "
            f"ADD COLUMN {schema_editor.quote_name(field.column)} {definition} "
            f"DEFAULT {int(field.get_default())}",
            params or None,
        )


def normalise_stored_text(app_label, keep=None):
    """A RunPython function that stores the app's text as portal.text.normalise_text gives
    it: text saved from a browser before holds CRLF line breaks. Rows matching
    `keep` ({model name: Q}) stay as they are: the database refuses any change to a frozen
    version's text, and the compare of versions normalises it when it reads it."""
    keep = keep or {}

    def operation(apps, schema_editor):
        for model in apps.get_app_config(app_label).get_models():
            names = [
                field.attname
                for field in model._meta.concrete_fields
                if field.editable and isinstance(field, models.CharField | models.TextField)
            ]
            if not names:
                continue
            rows = model._base_manager.using(schema_editor.connection.alias)
            if model._meta.model_name in keep:
                rows = rows.exclude(keep[model._meta.model_name])
            revisioned = any(field.name == "revision" for field in model._meta.concrete_fields)
            for pk, *values in rows.values_list("pk", *names).iterator():
                changed = {
                    name: normalise_text(value)
                    for name, value in zip(names, values, strict=True)
                    if isinstance(value, str) and normalise_text(value) != value
                }
                if changed:
                    if revisioned:
                        changed["revision"] = F("revision") + 1
                    rows.filter(pk=pk).update(**changed)

    return operation


def search_document_index(model_name, column_names, name):
    """A RunPython operation adding, on PostgreSQL, the GIN index of the words of a model's
    columns, as its search matched them until the site search's index took over (migrations
    of networks and practices drop them again). SQLite has no such index."""

    def index():
        from django.contrib.postgres.indexes import GinIndex
        from django.contrib.postgres.search import SearchVector

        return GinIndex(SearchVector(*column_names, config="simple"), name=name)

    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            model = apps.get_model(model_name)
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')
            schema_editor.add_index(model, index())

    def backwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')

    return migrations.RunPython(forwards, backwards, elidable=False)
