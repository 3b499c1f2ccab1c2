"""Every commitment has its version, and a frozen version's commitments are frozen in the
database too, by the same rule as its sections (see 0002).

A later migration that rebuilds agreements_commitment on SQLite drops these triggers with the
old table: it must run FORWARD again afterwards."""

import django.db.models.deletion
from django.db import migrations, models

FROZEN = "(SELECT status FROM agreements_version WHERE id = {version}) <> 'draft'"
MESSAGE = "This version is frozen: its text cannot change."
POSTGRESQL_FORWARD = [
    # The function of 0002 reads only version_id, which commitments have as well.
    """
    CREATE TRIGGER agreements_commitment_frozen
    BEFORE INSERT OR UPDATE OR DELETE ON agreements_commitment
    FOR EACH ROW EXECUTE FUNCTION agreements_refuse_frozen_section()
    """,
]
POSTGRESQL_BACKWARD = ["DROP TRIGGER agreements_commitment_frozen ON agreements_commitment"]
SQLITE_CONDITIONS = {
    "INSERT": FROZEN.format(version="NEW.version_id"),
    "UPDATE": f"{FROZEN.format(version='OLD.version_id')} OR {FROZEN.format(version='NEW.version_id')}",
    "DELETE": FROZEN.format(version="OLD.version_id"),
}
SQLITE_FORWARD = [
    f"""
    CREATE TRIGGER agreements_commitment_frozen_{operation.lower()}
    BEFORE {operation} ON agreements_commitment WHEN {condition}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """
    for operation, condition in SQLITE_CONDITIONS.items()
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER agreements_commitment_frozen_{operation}"
    for operation in ("insert", "update", "delete")
]
STATEMENTS = {
    "postgresql": (POSTGRESQL_FORWARD, POSTGRESQL_BACKWARD),
    "sqlite": (SQLITE_FORWARD, SQLITE_BACKWARD),
}
FORWARD, BACKWARD = 0, 1


def run(direction):
    def operation(apps, schema_editor):
        statements = STATEMENTS.get(schema_editor.connection.vendor)
        if statements is None:
            return  # Other databases rely on the models' own checks.
        for statement in statements[direction]:
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    dependencies = [("agreements", "0005_commitments_per_version")]

    operations = [
        # On SQLite this rebuilds the table, so the triggers come after it.
        migrations.AlterField(
            model_name="commitment",
            name="version",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="commitments",
                to="agreements.version",
                verbose_name="version",
            ),
        ),
        migrations.RunPython(run(FORWARD), run(BACKWARD)),
    ]
