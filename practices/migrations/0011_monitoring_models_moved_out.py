"""The indicators and observations now belong to the monitoring app (monitoring 0001): the
practices app forgets them. Their tables stay, renamed in 0010 and read by the monitoring app's
models, so only the migration state changes here."""

from django.db import migrations


class Migration(migrations.Migration):
    # The agreements' links are moved to the monitoring app's indicator first (agreements
    # 0011 runs before this one), so nothing in the state points at a model removed here.
    dependencies = [("practices", "0010_monitoring_tables_renamed")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="historicalobservation",
                    name="history_user",
                ),
                migrations.RemoveField(
                    model_name="historicalobservation",
                    name="indicator",
                ),
                migrations.RemoveField(
                    model_name="historicalobservation",
                    name="municipality",
                ),
                migrations.RemoveField(
                    model_name="historicalobservation",
                    name="sub_region",
                ),
                migrations.RemoveField(
                    model_name="indicator",
                    name="source",
                ),
                migrations.RemoveField(
                    model_name="indicator",
                    name="theme",
                ),
                migrations.RemoveField(
                    model_name="observation",
                    name="indicator",
                ),
                migrations.RemoveField(
                    model_name="observation",
                    name="municipality",
                ),
                migrations.RemoveField(
                    model_name="observation",
                    name="sub_region",
                ),
                migrations.DeleteModel(
                    name="HistoricalIndicator",
                ),
                migrations.DeleteModel(
                    name="HistoricalObservation",
                ),
                migrations.DeleteModel(
                    name="Indicator",
                ),
                migrations.DeleteModel(
                    name="Observation",
                ),
            ],
            database_operations=[],
        ),
    ]
