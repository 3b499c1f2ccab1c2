"""Optimistic locking: every content row gets a revision that each write moves on
(portal.revisions). Text saved before is stored normalised (portal.text): line breaks typed in
a browser came as CRLF. Frozen versions' text stays as it was: the compare of versions
normalises it when it reads it.

On SQLite the column is added without rebuilding the tables, which keeps their triggers."""

from django.db import migrations
from django.db.models import Q

from portal.migration_operations import AddRevisionField, normalise_stored_text

# The database refuses any change to a frozen version's text (0002, 0006).
FROZEN = ~Q(version__status="draft")


class Migration(migrations.Migration):
    dependencies = [("agreements", "0006_commitments_frozen")]

    operations = [
        AddRevisionField("agreement"),
        AddRevisionField("version"),
        AddRevisionField("party"),
        AddRevisionField("commitment"),
        AddRevisionField("followup"),
        AddRevisionField("decision"),
        AddRevisionField("comment"),
        migrations.RunPython(
            normalise_stored_text("agreements", keep={"section": FROZEN, "commitment": FROZEN}),
            migrations.RunPython.noop,
        ),
    ]
