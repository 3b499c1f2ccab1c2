"""The commitments' indicators are the monitoring app's since monitoring 0001. The column and
its foreign key stay: the table they point at was renamed with its rows (practices 0010), and
both databases keep a foreign key pointing at a renamed table. Only the state changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0010_comment_edited_at"),
        ("monitoring", "0001_initial"),
    ]
    run_before = [("practices", "0011_monitoring_models_moved_out")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="commitment",
                    name="indicators",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="commitments",
                        through="agreements.FollowUp",
                        to="monitoring.indicator",
                        verbose_name="indicators it is followed by",
                    ),
                ),
                migrations.AlterField(
                    model_name="followup",
                    name="indicator",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="follow_ups",
                        to="monitoring.indicator",
                        verbose_name="indicator",
                    ),
                ),
                migrations.AlterField(
                    model_name="historicalfollowup",
                    name="indicator",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="monitoring.indicator",
                        verbose_name="indicator",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
