import django.contrib.postgres.search
from django.db import migrations


def fill_title_vectors(apps, schema_editor):
    """The stored practices' title vectors, from the columns they are built of."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "UPDATE practices_practice SET title_vector = "
        "to_tsvector('simple', search_terms_title) || to_tsvector('swedish', title_sv)"
    )


class Migration(migrations.Migration):
    dependencies = [("practices", "0012_source_search_index")]

    operations = [
        migrations.AddField(
            model_name="practice",
            name="title_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_title_vectors, migrations.RunPython.noop),
    ]
