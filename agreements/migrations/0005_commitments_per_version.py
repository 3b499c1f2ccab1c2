"""Commitments belong to a version, like its sections: each existing commitment goes to the
newest version of its agreement (a first draft where the agreement has none yet)."""

import django.db.models.deletion
from django.db import migrations, models


def attach_to_newest_version(apps, schema_editor):
    Commitment = apps.get_model("agreements", "Commitment")
    Version = apps.get_model("agreements", "Version")
    for commitment in Commitment.objects.filter(version__isnull=True).select_related("party"):
        agreement_id = commitment.party.agreement_id
        version = Version.objects.filter(agreement_id=agreement_id).order_by("-number").first()
        if version is None:
            version = Version.objects.create(agreement_id=agreement_id, number=1)
        commitment.version = version
        commitment.save(update_fields=["version"])


class Migration(migrations.Migration):
    dependencies = [("agreements", "0004_commitment_follow_ups")]

    operations = [
        migrations.AlterModelOptions(
            name="commitment",
            options={
                "ordering": ["version", "party__order", "order", "pk"],
                "verbose_name": "commitment",
                "verbose_name_plural": "commitments",
            },
        ),
        migrations.AddField(
            model_name="commitment",
            name="version",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="commitments",
                to="agreements.version",
                verbose_name="version",
            ),
        ),
        migrations.RunPython(attach_to_newest_version, migrations.RunPython.noop),
    ]
