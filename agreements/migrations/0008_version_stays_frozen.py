"""A version out of draft never becomes a draft again, in the database too: moving its status
back to draft would make its frozen text (0002, 0006) writable again, whoever wrote the
UPDATE (the admin, a script, raw SQL).

A later migration that rebuilds agreements_version on SQLite (adding a field with a default
does) drops this trigger with the old table: it must run FORWARD again afterwards."""

from django.db import migrations

MESSAGE = "A frozen version cannot become a draft again."
THAWING = "OLD.status <> 'draft' AND NEW.status = 'draft'"

POSTGRESQL_FORWARD = [
    f"""
    CREATE FUNCTION agreements_refuse_thawing_version() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF {THAWING} THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END;
    $$
    """,
    """
    CREATE TRIGGER agreements_version_stays_frozen
    BEFORE UPDATE OF status ON agreements_version
    FOR EACH ROW EXECUTE FUNCTION agreements_refuse_thawing_version()
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP TRIGGER agreements_version_stays_frozen ON agreements_version",
    "DROP FUNCTION agreements_refuse_thawing_version()",
]
SQLITE_FORWARD = [
    f"""
    CREATE TRIGGER agreements_version_stays_frozen
    BEFORE UPDATE OF status ON agreements_version WHEN {THAWING}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """
]
SQLITE_BACKWARD = ["DROP TRIGGER agreements_version_stays_frozen"]
STATEMENTS = {
    "postgresql": (POSTGRESQL_FORWARD, POSTGRESQL_BACKWARD),
    "sqlite": (SQLITE_FORWARD, SQLITE_BACKWARD),
}
FORWARD, BACKWARD = 0, 1


def run(direction):
    def operation(apps, schema_editor):
        statements = STATEMENTS.get(schema_editor.connection.vendor)
        if statements is None:
            return  # Other databases rely on the workflow's own rules.
        for statement in statements[direction]:
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    dependencies = [("agreements", "0007_revisions_and_normalised_text")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
