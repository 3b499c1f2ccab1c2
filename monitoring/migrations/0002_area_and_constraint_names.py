"""An observation's area comes from networks.areas.InOneArea (shared with the agreements'
follow-ups), and the constraints take the monitoring app's names. Only names and texts
change: every row stays as it is."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("networks", "0004_history"),
        ("practices", "0011_monitoring_models_moved_out"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="indicator",
            name="practices_indicator_decimals",
        ),
        migrations.RemoveConstraint(
            model_name="observation",
            name="practices_observation_one_area",
        ),
        migrations.RemoveConstraint(
            model_name="observation",
            name="practices_observation_period",
        ),
        migrations.RemoveConstraint(
            model_name="observation",
            name="practices_observation_unique_municipality",
        ),
        migrations.RemoveConstraint(
            model_name="observation",
            name="practices_observation_unique_sub_region",
        ),
        migrations.RemoveConstraint(
            model_name="observation",
            name="practices_observation_unique_region",
        ),
        migrations.AlterField(
            model_name="observation",
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
            model_name="observation",
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
        migrations.AddConstraint(
            model_name="indicator",
            constraint=models.CheckConstraint(
                condition=models.Q(("decimals__lte", 4)), name="monitoring_indicator_decimals"
            ),
        ),
        migrations.AddConstraint(
            model_name="observation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("municipality__isnull", True), ("sub_region__isnull", True), _connector="OR"
                ),
                name="monitoring_observation_one_area",
                violation_error_message="Choose a municipality or a sub-region, or neither for the whole region: not both at once.",
            ),
        ),
        migrations.AddConstraint(
            model_name="observation",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("year__gte", 1900),
                    ("year__lte", 2100),
                    models.Q(
                        models.Q(("month", 1), ("period_kind", "year")),
                        models.Q(("month__in", (1, 4, 7, 10)), ("period_kind", "quarter")),
                        models.Q(("month__gte", 1), ("month__lte", 12), ("period_kind", "month")),
                        _connector="OR",
                    ),
                ),
                name="monitoring_observation_period",
                violation_error_message="A year starts in January and a quarter in January, April, July or October.",
            ),
        ),
        migrations.AddConstraint(
            model_name="observation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("municipality__isnull", False)),
                fields=("indicator", "municipality", "year", "month", "period_kind"),
                name="monitoring_observation_unique_municipality",
                violation_error_message="The municipality already has a value of this indicator for the period.",
            ),
        ),
        migrations.AddConstraint(
            model_name="observation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("sub_region__isnull", False)),
                fields=("indicator", "sub_region", "year", "month", "period_kind"),
                name="monitoring_observation_unique_sub_region",
                violation_error_message="The sub-region already has a value of this indicator for the period.",
            ),
        ),
        migrations.AddConstraint(
            model_name="observation",
            constraint=models.UniqueConstraint(
                condition=models.Q(("municipality__isnull", True), ("sub_region__isnull", True)),
                fields=("indicator", "year", "month", "period_kind"),
                name="monitoring_observation_unique_region",
                violation_error_message="The whole region already has a value of this indicator for the period.",
            ),
        ),
    ]
