"""What the database keeps frozen (a version's text, a version out of draft), written as a
test's setup or emptied before a transactional test's flush: never by the portal itself."""

import importlib
from contextlib import contextmanager

from django.apps import apps
from django.db import connection, transaction

# The trigger that keeps a version out of draft (agreements migration 0007).
STATUS_GUARD = importlib.import_module("agreements.migrations.0008_version_stays_frozen")


def run(statements):
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@contextmanager
def status_guard_lifted():
    """The version's status may go back to draft inside the block: the guard is dropped and
    made again, in one transaction (both databases roll DDL back with it)."""
    forward, backward = STATUS_GUARD.STATEMENTS[connection.vendor]
    with transaction.atomic():
        run(backward)
        yield
        run(forward)


def points_at(model, target):
    return any(
        field.concrete
        and field.many_to_one
        and field.related_model is target
        and field.db_constraint
        for field in model._meta.get_fields()
    )


def empty_agreements_tables():
    """Delete the versions first, then what hangs on them, in one transaction (the foreign
    keys are checked at its end): the triggers of a frozen version's text then find no
    version to guard, and no version is ever made a draft again. SQLite's flush deletes the
    tables in no set order; PostgreSQL's TRUNCATE fires no row triggers."""
    version = apps.get_model("agreements", "Version")
    version_table = version._meta.db_table
    tables = [
        model._meta.db_table
        for model in apps.get_app_config("agreements").get_models(include_auto_created=True)
        if model._meta.db_table != version_table
    ]
    # Rows of later apps that point at a version or its text (an event's agreement
    # versions, a hearing and its sections), and the rows that point at those (a hearing's
    # comments and their supports).
    emptied = set(apps.get_app_config("agreements").get_models(include_auto_created=True))
    later = [m for m in apps.get_models(include_auto_created=True) if m not in emptied]
    while found := [m for m in later if any(points_at(m, target) for target in emptied)]:
        emptied.update(found)
        later = [m for m in later if m not in emptied]
        tables += [model._meta.db_table for model in found]
    quote = connection.ops.quote_name
    with transaction.atomic():
        run([f"DELETE FROM {quote(table)}" for table in [version_table, *tables]])
