"""The rating rules in the database: an assessment at level 3 rests on at least one
evaluation, monitoring or research source; at levels 4 and 5 on an evaluation or research
source (practices.evidence.source_rule_error says the same in the forms).

The check waits for the end of the transaction, because an assessment row is written first
and its sources after it:

- PostgreSQL: DEFERRABLE INITIALLY DEFERRED constraint triggers, checked at commit (or when
  `SET CONSTRAINTS ALL IMMEDIATE` runs, as `connection.check_constraints()` does), on new
  and changed assessments, removed sources and changed source kinds.
- SQLite has no deferred triggers, but it has deferred foreign keys. Ordinary triggers keep a
  row in practices_assessment_breaks_rating_rule for each assessment that a change of level,
  a removed source or a changed source kind leaves breaking the rules; the row points at a
  table that never holds a row, so SQLite refuses to commit while it is there (and
  `PRAGMA foreign_key_check` reports it). Adding a source, restoring the level or deleting
  the assessment removes the row. A new assessment (INSERT) is not checked on SQLite: there
  the forms and services guard it (AssessmentAdminForm); PostgreSQL, as in production, checks
  it too.

SQLite cannot rename a table while a trigger refers to a missing one, and dropping a table
drops its triggers: a later migration that rebuilds practices_assessment, practices_source or
practices_assessment_sources on SQLite (most AlterField and AddField do) must first remove
these triggers and then install them again:

    rules = importlib.import_module("practices.migrations.0003_assessment_source_rules")
    operations = [
        migrations.RunPython(rules.run(REMOVE, "sqlite"), rules.run(INSTALL, "sqlite")),
        ...,  # the operations that rebuild the table
        migrations.RunPython(rules.run(INSTALL, "sqlite"), rules.run(REMOVE, "sqlite")),
    ]
"""

from django.db import migrations

KINDS_FOR_LEVEL_3 = "'evaluation', 'monitoring', 'research'"
KINDS_FOR_LEVELS_4_AND_5 = "'evaluation', 'research'"


def rests_on(kinds):
    return (
        "EXISTS (SELECT 1 FROM practices_assessment_sources m "
        "JOIN practices_source s ON s.id = m.source_id "
        f"WHERE m.assessment_id = a.id AND s.kind IN ({kinds}))"
    )


# True for an assessment `a` whose level its sources do not carry.
BREAKS_RULE = (
    f"((a.level >= 4 AND NOT {rests_on(KINDS_FOR_LEVELS_4_AND_5)}) "
    f"OR (a.level = 3 AND NOT {rests_on(KINDS_FOR_LEVEL_3)}))"
)

POSTGRESQL_FORWARD = [
    f"""
    CREATE FUNCTION practices_check_rating_rule() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
        ids bigint[];
        broken record;
    BEGIN
        IF TG_TABLE_NAME = 'practices_assessment' THEN
            ids := ARRAY[NEW.id];
        ELSIF TG_TABLE_NAME = 'practices_source' THEN
            SELECT array_agg(assessment_id) INTO ids
            FROM practices_assessment_sources WHERE source_id = NEW.id;
        ELSE
            ids := ARRAY[OLD.assessment_id];
        END IF;
        -- Checked when the transaction commits: the rows as they are then, not as they were.
        FOR broken IN SELECT a.id, a.level FROM practices_assessment a
                WHERE a.id = ANY(ids) AND {BREAKS_RULE} LOOP
            RAISE EXCEPTION 'Rating rule broken: assessment % at level % lacks the sources '
                'it needs (level 3: an evaluation, monitoring or research source; levels 4 '
                'and 5: an evaluation or research source).', broken.id, broken.level
                USING ERRCODE = 'check_violation';
        END LOOP;
        RETURN NULL;
    END;
    $$
    """,
    """
    CREATE CONSTRAINT TRIGGER practices_assessment_rating_rule
    AFTER INSERT OR UPDATE OF level ON practices_assessment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION practices_check_rating_rule()
    """,
    # Adding a source never breaks the rule; removing or swapping one may.
    """
    CREATE CONSTRAINT TRIGGER practices_assessment_sources_rating_rule
    AFTER UPDATE OR DELETE ON practices_assessment_sources
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION practices_check_rating_rule()
    """,
    """
    CREATE CONSTRAINT TRIGGER practices_source_rating_rule
    AFTER UPDATE OF kind ON practices_source
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION practices_check_rating_rule()
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP TRIGGER practices_source_rating_rule ON practices_source",
    "DROP TRIGGER practices_assessment_sources_rating_rule ON practices_assessment_sources",
    "DROP TRIGGER practices_assessment_rating_rule ON practices_assessment",
    "DROP FUNCTION practices_check_rating_rule()",
]


def sqlite_recheck(assessments):
    """Statements that note again whether the assessments whose id is `assessments` (an SQL
    expression giving a set of ids) break the rule."""
    return f"""
        DELETE FROM practices_assessment_breaks_rating_rule
        WHERE assessment_id IN ({assessments});
        INSERT INTO practices_assessment_breaks_rating_rule (assessment_id, level)
        SELECT a.id, a.level FROM practices_assessment a
        WHERE a.id IN ({assessments}) AND {BREAKS_RULE};
    """


SOURCE_ASSESSMENTS = "SELECT assessment_id FROM practices_assessment_sources WHERE source_id = "

SQLITE_FORWARD = [
    "CREATE TABLE practices_rating_rule_never_met (level integer NOT NULL PRIMARY KEY)",
    """
    CREATE TABLE practices_assessment_breaks_rating_rule (
        assessment_id integer NOT NULL PRIMARY KEY,
        level integer NOT NULL
            REFERENCES practices_rating_rule_never_met (level) DEFERRABLE INITIALLY DEFERRED
    )
    """,
    f"""
    CREATE TRIGGER practices_assessment_rating_rule_update
    AFTER UPDATE OF level ON practices_assessment BEGIN {sqlite_recheck("NEW.id")} END
    """,
    """
    CREATE TRIGGER practices_assessment_rating_rule_delete
    AFTER DELETE ON practices_assessment BEGIN
        DELETE FROM practices_assessment_breaks_rating_rule WHERE assessment_id = OLD.id;
    END
    """,
    # Adding a source never breaks the rule; it may mend it.
    f"""
    CREATE TRIGGER practices_assessment_sources_rating_rule_insert
    AFTER INSERT ON practices_assessment_sources BEGIN
        DELETE FROM practices_assessment_breaks_rating_rule
        WHERE assessment_id = NEW.assessment_id AND NOT EXISTS (
            SELECT 1 FROM practices_assessment a WHERE a.id = NEW.assessment_id AND {BREAKS_RULE}
        );
    END
    """,
    f"""
    CREATE TRIGGER practices_assessment_sources_rating_rule_update
    AFTER UPDATE ON practices_assessment_sources BEGIN
        {sqlite_recheck("OLD.assessment_id, NEW.assessment_id")}
    END
    """,
    f"""
    CREATE TRIGGER practices_assessment_sources_rating_rule_delete
    AFTER DELETE ON practices_assessment_sources BEGIN {sqlite_recheck("OLD.assessment_id")} END
    """,
    f"""
    CREATE TRIGGER practices_source_rating_rule
    AFTER UPDATE OF kind ON practices_source BEGIN
        {sqlite_recheck(SOURCE_ASSESSMENTS + "NEW.id")}
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER practices_source_rating_rule",
    "DROP TRIGGER practices_assessment_sources_rating_rule_delete",
    "DROP TRIGGER practices_assessment_sources_rating_rule_update",
    "DROP TRIGGER practices_assessment_sources_rating_rule_insert",
    "DROP TRIGGER practices_assessment_rating_rule_delete",
    "DROP TRIGGER practices_assessment_rating_rule_update",
    "DROP TABLE practices_assessment_breaks_rating_rule",
    "DROP TABLE practices_rating_rule_never_met",
]

INSTALL, REMOVE = 0, 1
STATEMENTS = {
    "postgresql": (POSTGRESQL_FORWARD, POSTGRESQL_BACKWARD),
    "sqlite": (SQLITE_FORWARD, SQLITE_BACKWARD),
}


def run(direction, *vendors):
    """A RunPython function that installs or removes the rules on the given databases (all
    by default)."""

    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        if vendors and vendor not in vendors:
            return
        if vendor not in STATEMENTS:
            raise NotImplementedError(f"No rating rule triggers for {vendor}.")
        for statement in STATEMENTS[vendor][direction]:
            # No parameters: the PL/pgSQL body's % signs are its own, not placeholders.
            schema_editor.execute(statement, params=None)

    return operation


class Migration(migrations.Migration):
    dependencies = [("practices", "0002_search_vector_index")]

    operations = [migrations.RunPython(run(INSTALL), run(REMOVE))]
