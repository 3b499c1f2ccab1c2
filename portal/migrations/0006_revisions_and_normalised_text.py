"""Optimistic locking: every content row gets a revision that each write moves on
(portal.revisions). Text saved before is stored normalised (portal.text): line breaks typed in
a browser came as CRLF.

On SQLite the column is added without rebuilding the tables, which keeps their triggers."""

from django.db import migrations

from portal.migration_operations import AddRevisionField, normalise_stored_text


class Migration(migrations.Migration):
    dependencies = [("portal", "0005_statement_pages_wording")]

    operations = [
        AddRevisionField("page"),
        migrations.RunPython(normalise_stored_text("portal"), migrations.RunPython.noop),
    ]
