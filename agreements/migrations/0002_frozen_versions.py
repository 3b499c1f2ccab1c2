"""A version under review or approved is frozen in the database too: no section of it can be
added, changed or removed, whatever writes to the table (the admin, a script, raw SQL).

A later migration that rebuilds agreements_section on SQLite drops these triggers with the
old table: it must run FORWARD again afterwards (the tests of frozen versions will fail
until it does)."""

from django.db import migrations

FROZEN = "(SELECT status FROM agreements_version WHERE id = {version}) <> 'draft'"
MESSAGE = "This version is frozen: its text cannot change."

POSTGRESQL_FORWARD = [
    f"""
    CREATE FUNCTION agreements_refuse_frozen_section() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF (TG_OP <> 'INSERT' AND {FROZEN.format(version="OLD.version_id")})
           OR (TG_OP <> 'DELETE' AND {FROZEN.format(version="NEW.version_id")}) THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END;
    $$
    """,
    """
    CREATE TRIGGER agreements_section_frozen
    BEFORE INSERT OR UPDATE OR DELETE ON agreements_section
    FOR EACH ROW EXECUTE FUNCTION agreements_refuse_frozen_section()
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP TRIGGER agreements_section_frozen ON agreements_section",
    "DROP FUNCTION agreements_refuse_frozen_section()",
]
SQLITE_CONDITIONS = {
    "INSERT": FROZEN.format(version="NEW.version_id"),
    "UPDATE": f"{FROZEN.format(version='OLD.version_id')} OR {FROZEN.format(version='NEW.version_id')}",
    "DELETE": FROZEN.format(version="OLD.version_id"),
}
SQLITE_FORWARD = [
    f"""
    CREATE TRIGGER agreements_section_frozen_{operation.lower()}
    BEFORE {operation} ON agreements_section WHEN {condition}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
    """
    for operation, condition in SQLITE_CONDITIONS.items()
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER agreements_section_frozen_{operation}"
    for operation in ("insert", "update", "delete")
]
STATEMENTS = {
    "postgresql": (POSTGRESQL_FORWARD, POSTGRESQL_BACKWARD),
    "sqlite": (SQLITE_FORWARD, SQLITE_BACKWARD),
}


def run(direction):
    def operation(apps, schema_editor):
        statements = STATEMENTS.get(schema_editor.connection.vendor)
        if statements is None:
            return  # Other databases rely on the models' own checks.
        for statement in statements[direction]:
            schema_editor.execute(statement, params=None)

    return operation


FORWARD, BACKWARD = 0, 1


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
