"""The indicators and observations move to the monitoring app (monitoring 0001): their
tables, the historical ones too, take the new app's names here, with their rows, so that the
monitoring app's models find them where Django looks. Nothing is copied."""

from django.db import migrations

MOVED = ("indicator", "observation", "historicalindicator", "historicalobservation")


class Migration(migrations.Migration):
    dependencies = [("practices", "0009_practice_admin_title_indexes")]

    operations = [
        migrations.AlterModelTable(name=model, table=f"monitoring_{model}") for model in MOVED
    ]
