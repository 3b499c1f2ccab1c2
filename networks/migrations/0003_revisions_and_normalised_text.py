"""Optimistic locking: every content row gets a revision that each write moves on
(portal.revisions). Text saved before is stored normalised (portal.text): line breaks typed in
a browser came as CRLF.

On SQLite the column is added without rebuilding the tables, which keeps their triggers."""

from django.db import migrations

from portal.migration_operations import AddRevisionField, normalise_stored_text


class Migration(migrations.Migration):
    dependencies = [("networks", "0002_actors_paths_roles_ties")]

    operations = [
        AddRevisionField("subregion"),
        AddRevisionField("municipality"),
        AddRevisionField("language"),
        AddRevisionField("integrationpath"),
        AddRevisionField("pathstage"),
        AddRevisionField("actor"),
        AddRevisionField("role"),
        AddRevisionField("tie"),
        AddRevisionField("network"),
        migrations.RunPython(normalise_stored_text("networks"), migrations.RunPython.noop),
    ]
