"""Optimistic locking: every content row gets a revision that each write moves on
(portal.revisions). Text saved before is stored normalised (portal.text): line breaks typed in
a browser came as CRLF.

On SQLite the column is added without rebuilding the tables, which keeps their triggers."""

from django.db import migrations

from portal.migration_operations import AddRevisionField, normalise_stored_text


class Migration(migrations.Migration):
    dependencies = [("practices", "0006_list_order_indexes")]

    operations = [
        AddRevisionField("theme"),
        AddRevisionField("targetgroup"),
        AddRevisionField("source"),
        AddRevisionField("practice"),
        AddRevisionField("step"),
        AddRevisionField("assessment"),
        AddRevisionField("link"),
        AddRevisionField("attachment"),
        AddRevisionField("priority"),
        AddRevisionField("priorityselection"),
        AddRevisionField("indicator"),
        AddRevisionField("observation"),
        migrations.RunPython(normalise_stored_text("practices"), migrations.RunPython.noop),
    ]
