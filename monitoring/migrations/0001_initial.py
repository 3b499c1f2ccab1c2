"""The monitoring app takes over the indicators and observations of the practices app, with
their history: the tables were renamed with their rows in practices 0010, so these models are
created in the migration state only. The content types follow (their ids stay), so the
permissions given to coordinators, the admin's log and every link to a content type keep
pointing at the same models."""

import django.core.validators
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

MOVED = ("indicator", "observation", "historicalindicator", "historicalobservation")


def move_content_types(from_app, to_app):
    def move(apps, schema_editor):
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(
            schema_editor.connection.alias
        )
        for model in MOVED:
            if not content_types.filter(app_label=from_app, model=model).exists():
                continue
            # A content type made for the new label by an earlier migrate, without rights.
            content_types.filter(app_label=to_app, model=model).delete()
            content_types.filter(app_label=from_app, model=model).update(app_label=to_app)

    return move


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("networks", "0004_history"),
        ("practices", "0010_monitoring_tables_renamed"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HistoricalIndicator",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "name_fi",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_sv",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Names the indicator in addresses and in import files.",
                                max_length=120,
                                verbose_name="identifier",
                            ),
                        ),
                        (
                            "definition",
                            models.TextField(
                                help_text="Leave an empty line between paragraphs. Start a line with “- ” for a list item and with “## ” for a heading. A link: [text](https://example.fi).",
                                verbose_name="definition",
                            ),
                        ),
                        (
                            "definition_fi",
                            models.TextField(
                                help_text="Leave an empty line between paragraphs. Start a line with “- ” for a list item and with “## ” for a heading. A link: [text](https://example.fi).",
                                null=True,
                                verbose_name="definition",
                            ),
                        ),
                        (
                            "definition_sv",
                            models.TextField(
                                help_text="Leave an empty line between paragraphs. Start a line with “- ” for a list item and with “## ” for a heading. A link: [text](https://example.fi).",
                                null=True,
                                verbose_name="definition",
                            ),
                        ),
                        (
                            "unit",
                            models.CharField(
                                help_text="As shown beside the values: %, persons, …",
                                max_length=40,
                                verbose_name="unit",
                            ),
                        ),
                        (
                            "unit_fi",
                            models.CharField(
                                help_text="As shown beside the values: %, persons, …",
                                max_length=40,
                                null=True,
                                verbose_name="unit",
                            ),
                        ),
                        (
                            "unit_sv",
                            models.CharField(
                                help_text="As shown beside the values: %, persons, …",
                                max_length=40,
                                null=True,
                                verbose_name="unit",
                            ),
                        ),
                        (
                            "decimals",
                            models.PositiveSmallIntegerField(
                                default=1,
                                validators=[django.core.validators.MaxValueValidator(4)],
                                verbose_name="decimals shown",
                            ),
                        ),
                        (
                            "better",
                            models.CharField(
                                choices=[
                                    ("higher", "Higher is better"),
                                    ("lower", "Lower is better"),
                                    ("neither", "Neither: the figure describes the situation"),
                                ],
                                default="higher",
                                max_length=8,
                                verbose_name="which direction is better",
                            ),
                        ),
                        (
                            "is_example",
                            models.BooleanField(
                                default=False,
                                help_text="The figures are examples for trying the portal, not real statistics; every page that shows them says so.",
                                verbose_name="example data",
                            ),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=100, verbose_name="order"),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="created"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="updated"
                            ),
                        ),
                        (
                            "history_via",
                            models.CharField(
                                blank=True, max_length=100, verbose_name="made through"
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "source",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                help_text="The source in the knowledge bank that the figures come from.",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="practices.source",
                                verbose_name="source",
                            ),
                        ),
                        (
                            "theme",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="practices.theme",
                                verbose_name="theme",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical indicator",
                        "verbose_name_plural": "historical indicators",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                        "default_permissions": (),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Indicator",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "revision",
                            models.PositiveIntegerField(
                                default=1, editable=False, verbose_name="revision"
                            ),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "name_fi",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_sv",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Names the indicator in addresses and in import files.",
                                max_length=120,
                                unique=True,
                                verbose_name="identifier",
                            ),
                        ),
                        (
                            "definition",
                            models.TextField(
                                help_text="Leave an empty line between paragraphs. Start a line with “- ” for a list item and with “## ” for a heading. A link: [text](https://example.fi).",
                                verbose_name="definition",
                            ),
                        ),
                        (
                            "definition_fi",
                            models.TextField(
                                help_text="Leave an empty line between paragraphs. Start a line with “- ” for a list item and with “## ” for a heading. A link: [text](https://example.fi).",
                                null=True,
                                verbose_name="definition",
                            ),
                        ),
                        (
                            "definition_sv",
                            models.TextField(
                                help_text="Leave an empty line between paragraphs. Start a line with “- ” for a list item and with “## ” for a heading. A link: [text](https://example.fi).",
                                null=True,
                                verbose_name="definition",
                            ),
                        ),
                        (
                            "unit",
                            models.CharField(
                                help_text="As shown beside the values: %, persons, …",
                                max_length=40,
                                verbose_name="unit",
                            ),
                        ),
                        (
                            "unit_fi",
                            models.CharField(
                                help_text="As shown beside the values: %, persons, …",
                                max_length=40,
                                null=True,
                                verbose_name="unit",
                            ),
                        ),
                        (
                            "unit_sv",
                            models.CharField(
                                help_text="As shown beside the values: %, persons, …",
                                max_length=40,
                                null=True,
                                verbose_name="unit",
                            ),
                        ),
                        (
                            "decimals",
                            models.PositiveSmallIntegerField(
                                default=1,
                                validators=[django.core.validators.MaxValueValidator(4)],
                                verbose_name="decimals shown",
                            ),
                        ),
                        (
                            "better",
                            models.CharField(
                                choices=[
                                    ("higher", "Higher is better"),
                                    ("lower", "Lower is better"),
                                    ("neither", "Neither: the figure describes the situation"),
                                ],
                                default="higher",
                                max_length=8,
                                verbose_name="which direction is better",
                            ),
                        ),
                        (
                            "is_example",
                            models.BooleanField(
                                default=False,
                                help_text="The figures are examples for trying the portal, not real statistics; every page that shows them says so.",
                                verbose_name="example data",
                            ),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=100, verbose_name="order"),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="created"),
                        ),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        (
                            "source",
                            models.ForeignKey(
                                help_text="The source in the knowledge bank that the figures come from.",
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="indicators",
                                to="practices.source",
                                verbose_name="source",
                            ),
                        ),
                        (
                            "theme",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="indicators",
                                to="practices.theme",
                                verbose_name="theme",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "indicator",
                        "verbose_name_plural": "indicators",
                        "ordering": ["order", "slug"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalObservation",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                validators=[
                                    django.core.validators.MinValueValidator(1900),
                                    django.core.validators.MaxValueValidator(2100),
                                ],
                                verbose_name="year",
                            ),
                        ),
                        (
                            "month",
                            models.PositiveSmallIntegerField(
                                default=1,
                                validators=[
                                    django.core.validators.MinValueValidator(1),
                                    django.core.validators.MaxValueValidator(12),
                                ],
                                verbose_name="first month of the period",
                            ),
                        ),
                        (
                            "period_kind",
                            models.CharField(
                                choices=[
                                    ("year", "Year"),
                                    ("quarter", "Quarter"),
                                    ("month", "Month"),
                                ],
                                default="year",
                                max_length=8,
                                verbose_name="length of the period",
                            ),
                        ),
                        (
                            "value",
                            models.DecimalField(
                                decimal_places=4, max_digits=16, verbose_name="value"
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="note")),
                        (
                            "note_fi",
                            models.CharField(
                                blank=True, max_length=500, null=True, verbose_name="note"
                            ),
                        ),
                        (
                            "note_sv",
                            models.CharField(
                                blank=True, max_length=500, null=True, verbose_name="note"
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="created"
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="updated"
                            ),
                        ),
                        (
                            "history_via",
                            models.CharField(
                                blank=True, max_length=100, verbose_name="made through"
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "municipality",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.municipality",
                                verbose_name="municipality",
                            ),
                        ),
                        (
                            "sub_region",
                            models.ForeignKey(
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
                        (
                            "indicator",
                            models.ForeignKey(
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
                    options={
                        "verbose_name": "historical observation",
                        "verbose_name_plural": "historical observations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                        "default_permissions": (),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Observation",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "revision",
                            models.PositiveIntegerField(
                                default=1, editable=False, verbose_name="revision"
                            ),
                        ),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                validators=[
                                    django.core.validators.MinValueValidator(1900),
                                    django.core.validators.MaxValueValidator(2100),
                                ],
                                verbose_name="year",
                            ),
                        ),
                        (
                            "month",
                            models.PositiveSmallIntegerField(
                                default=1,
                                validators=[
                                    django.core.validators.MinValueValidator(1),
                                    django.core.validators.MaxValueValidator(12),
                                ],
                                verbose_name="first month of the period",
                            ),
                        ),
                        (
                            "period_kind",
                            models.CharField(
                                choices=[
                                    ("year", "Year"),
                                    ("quarter", "Quarter"),
                                    ("month", "Month"),
                                ],
                                default="year",
                                max_length=8,
                                verbose_name="length of the period",
                            ),
                        ),
                        (
                            "value",
                            models.DecimalField(
                                decimal_places=4, max_digits=16, verbose_name="value"
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="note")),
                        (
                            "note_fi",
                            models.CharField(
                                blank=True, max_length=500, null=True, verbose_name="note"
                            ),
                        ),
                        (
                            "note_sv",
                            models.CharField(
                                blank=True, max_length=500, null=True, verbose_name="note"
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="created"),
                        ),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        (
                            "indicator",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="observations",
                                to="monitoring.indicator",
                                verbose_name="indicator",
                            ),
                        ),
                        (
                            "municipality",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="observations",
                                to="networks.municipality",
                                verbose_name="municipality",
                            ),
                        ),
                        (
                            "sub_region",
                            models.ForeignKey(
                                blank=True,
                                help_text="Leave both empty for the whole region.",
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="observations",
                                to="networks.subregion",
                                verbose_name="sub-region",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "observation",
                        "verbose_name_plural": "observations",
                        "ordering": ["indicator_id", "year", "month", "period_kind"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="indicator",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("decimals__lte", 4)),
                        name="practices_indicator_decimals",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="observation",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("municipality__isnull", True),
                            ("sub_region__isnull", True),
                            _connector="OR",
                        ),
                        name="practices_observation_one_area",
                        violation_error_message="An observation is for a municipality, a sub-region or the whole region: not for a municipality and a sub-region at once.",
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
                                models.Q(
                                    ("month__gte", 1), ("month__lte", 12), ("period_kind", "month")
                                ),
                                _connector="OR",
                            ),
                        ),
                        name="practices_observation_period",
                        violation_error_message="A year starts in January and a quarter in January, April, July or October.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="observation",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("municipality__isnull", False)),
                        fields=("indicator", "municipality", "year", "month", "period_kind"),
                        name="practices_observation_unique_municipality",
                        violation_error_message="The municipality already has a value of this indicator for the period.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="observation",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("sub_region__isnull", False)),
                        fields=("indicator", "sub_region", "year", "month", "period_kind"),
                        name="practices_observation_unique_sub_region",
                        violation_error_message="The sub-region already has a value of this indicator for the period.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="observation",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(
                            ("municipality__isnull", True), ("sub_region__isnull", True)
                        ),
                        fields=("indicator", "year", "month", "period_kind"),
                        name="practices_observation_unique_region",
                        violation_error_message="The whole region already has a value of this indicator for the period.",
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_types("practices", "monitoring"),
            move_content_types("monitoring", "practices"),
        ),
    ]
