"""The indicators and observations moved from the practices app to the monitoring app with
every row: a database holding the demo's figures from before the move is migrated across it
(and back), and finds each row, its history and the coordinators' rights again."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from monitoring.demo import OBSERVATIONS_FILE
from monitoring.models import Observation
from portal.roles import COORDINATORS
from tests.databases import on_postgresql_only

# The last migrations before the move; the monitoring app had none.
BEFORE_THE_MOVE = [
    ("practices", "0009_practice_admin_title_indexes"),
    ("agreements", "0010_comment_edited_at"),
    ("monitoring", None),
]
MOVED = ("indicator", "observation", "historicalindicator", "historicalobservation")


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())


def tables():
    with connection.cursor() as cursor:
        return set(connection.introspection.table_names(cursor))


def rows(table, columns):
    """Every row of `table` as a tuple of `columns`, in the order of the first column."""
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)} ORDER BY {quoted}")
        return cursor.fetchall()


def columns_of(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)} WHERE 1 = 0")
        return [column[0] for column in cursor.description]


def moved_permissions():
    """(id, app label, codename) of the indicators' and observations' permissions."""
    return sorted(
        Permission.objects.filter(content_type__model__in=MOVED).values_list(
            "pk", "content_type__app_label", "codename"
        )
    )


def coordinators_permission_ids():
    return set(
        Permission.objects.filter(
            group__name=COORDINATORS, content_type__model__in=MOVED
        ).values_list("pk", flat=True)
    )


# Down across the move and up again: most of a minute of migration states on either database.
@on_postgresql_only("most of a minute of the migration framework's own work")
@pytest.mark.django_db(transaction=True)
def test_the_demo_figures_from_before_the_move_are_all_in_the_monitoring_app():
    call_command("load_demo", stdout=io.StringIO())
    with OBSERVATIONS_FILE.open(encoding="utf-8") as file:
        demo_rows = sum(1 for _row in csv.DictReader(file, delimiter=";"))
    try:
        migrate(BEFORE_THE_MOVE)
        assert {f"practices_{model}" for model in MOVED} <= tables()
        assert not {f"monitoring_{model}" for model in MOVED} & tables()
        before = {}
        for model in MOVED:
            columns = columns_of(f"practices_{model}")
            before[model] = (columns, rows(f"practices_{model}", columns))
        follow_ups = rows("agreements_followup", ["id", "indicator_id"])
        permissions = moved_permissions()
        rights = coordinators_permission_ids()
        assert len(before["observation"][1]) == demo_rows
        assert before["historicalobservation"][1]
        assert follow_ups
        assert {label for _pk, label, _codename in permissions} == {"practices"}
        assert len(rights) == 8  # add, change, delete and view of both models

        migrate()

        assert not {f"practices_{model}" for model in MOVED} & tables()
        for model, (columns, found_before) in before.items():
            assert rows(f"monitoring_{model}", columns) == found_before, model
        assert rows("agreements_followup", ["id", "indicator_id"]) == follow_ups
        # The same permissions, now the monitoring app's, and the coordinators keep them.
        assert moved_permissions() == [
            (pk, "monitoring", codename) for pk, _label, codename in permissions
        ]
        assert coordinators_permission_ids() == rights
    finally:
        migrate()
    assert Observation.objects.count() == demo_rows
    coordinator = get_user_model().objects.create_user("koordinaattori")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    assert coordinator.has_perm("monitoring.change_observation")
