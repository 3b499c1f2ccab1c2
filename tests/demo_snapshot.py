"""The demo content, loaded once per test process and copied into each test that asks for it.

Loading it (`load_demo`) took 1.7 s a test on an idle machine and 3–5 s beside another
worker, and 223 tests ask for it: about a third of `make test`. On SQLite the tables as the
demo leaves them are kept in a second in-memory database attached to the test database;
a test gets them by a copy of each table (about 0.1 s), inside its own transaction, so that
its rollback takes them away again. PostgreSQL, in CI's second run, loads the demo as before.
"""

from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings

SCHEMA = "demo_snapshot"
# sqlite_sequence, SQLite's next number of each table, as kept beside the copies.
SEQUENCES = "next_numbers"


def _tables(cursor):
    cursor.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return [row[0] for row in cursor.fetchall()]


def _triggers(cursor):
    cursor.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'")
    return cursor.fetchall()


def load_demo():
    """The demo content, without its history: the tests of pages read none, and writing it
    made each load a second slower (tests/portal/test_backup.py tests the demo's history)."""
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


class DemoSnapshot:
    """The tables as the demo content leaves them, ready to be copied into a test."""

    def __init__(self, tables, triggers):
        self.tables = tables
        self.triggers = triggers

    @classmethod
    def take(cls):
        """Load the demo into the test database, keep a copy of every table, and put the
        database back as it was: as migrations left it, which every other test expects."""
        with connection.cursor() as cursor:
            cursor.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
            cursor.execute("ATTACH DATABASE ':memory:' AS before_demo")
            tables = _tables(cursor)
            _copy_out(cursor, tables, "before_demo")
        load_demo()
        with connection.cursor() as cursor:
            _copy_out(cursor, tables, SCHEMA)
            snapshot = cls(tables, _triggers(cursor))
        snapshot._copy_from("before_demo")
        with connection.cursor() as cursor:
            cursor.execute("DETACH DATABASE before_demo")
        return snapshot

    def restore(self):
        """The demo's tables in the test's database, in the test's transaction. False if
        the connection is not the one the copy was attached to (then load the demo)."""
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA database_list")
            if SCHEMA not in {row[1] for row in cursor.fetchall()}:
                return False
        self._copy_from(SCHEMA)
        return True

    def _copy_from(self, schema):
        quote = connection.ops.quote_name
        # One transaction: the foreign keys are checked at its end (or at the test's), and
        # the guards of frozen versions, dropped for the copy, are back before it ends.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("PRAGMA defer_foreign_keys = ON")
            for name, _sql in self.triggers:
                cursor.execute(f"DROP TRIGGER {quote(name)}")
            for table in self.tables:
                cursor.execute(f"DELETE FROM main.{quote(table)}")
                cursor.execute(
                    f"INSERT INTO main.{quote(table)} SELECT * FROM {schema}.{quote(table)}"
                )
            for _name, sql in self.triggers:
                cursor.execute(sql)
            # The next number of each table, as when the copy was made: a DELETE keeps the
            # highest number handed out, and the copied rows would not lower it.
            cursor.execute("DELETE FROM main.sqlite_sequence")
            cursor.execute(f"INSERT INTO main.sqlite_sequence SELECT * FROM {schema}.{SEQUENCES}")


def _copy_out(cursor, tables, schema):
    """Every table of the test database, and the next numbers of its tables, into `schema`."""
    quote = connection.ops.quote_name
    for table in tables:
        cursor.execute(f"CREATE TABLE {schema}.{quote(table)} AS SELECT * FROM main.{quote(table)}")
    cursor.execute(f"CREATE TABLE {schema}.{SEQUENCES} AS SELECT * FROM main.sqlite_sequence")
