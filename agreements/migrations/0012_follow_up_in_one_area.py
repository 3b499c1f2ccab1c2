"""A follow-up's area comes from networks.areas.InOneArea (shared with monitoring's
observations): the same rule under the shared name, and the shared help text. On SQLite the
constraint is changed by rebuilding agreements_followup, whose rows are copied; no trigger is
on it or refers to it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0011_indicators_in_monitoring"),
        ("monitoring", "0002_area_and_constraint_names"),
        ("networks", "0004_history"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="followup",
            name="agreements_follow_up_one_area",
        ),
        migrations.AlterField(
            model_name="followup",
            name="municipality",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="%(class)ss",
                to="networks.municipality",
                verbose_name="municipality",
            ),
        ),
        migrations.AlterField(
            model_name="followup",
            name="sub_region",
            field=models.ForeignKey(
                blank=True,
                help_text="Leave both empty for the whole region.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="%(class)ss",
                to="networks.subregion",
                verbose_name="sub-region",
            ),
        ),
        migrations.AlterField(
            model_name="historicalfollowup",
            name="sub_region",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="Leave both empty for the whole region.",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="networks.subregion",
                verbose_name="sub-region",
            ),
        ),
        migrations.AddConstraint(
            model_name="followup",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("municipality__isnull", True), ("sub_region__isnull", True), _connector="OR"
                ),
                name="agreements_followup_one_area",
                violation_error_message="Choose a municipality or a sub-region, or neither for the whole region: not both at once.",
            ),
        ),
    ]
