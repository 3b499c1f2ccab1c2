"""A GIN index on the practices' search vector (PostgreSQL only) and their search terms."""

from django.db import migrations

INDEX = "practices_practice_search_vector_gin"


def create_index(apps, schema_editor):
    # SQLite has no tsvector: it matches the plain term columns instead.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON practices_practice USING gin (search_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


def index_existing_practices(apps, schema_editor):
    from practices import search_index

    Practice = apps.get_model("practices", "Practice")
    for practice in Practice.objects.using(schema_editor.connection.alias).iterator():
        title_terms, body_terms = search_index.terms_for(practice)
        practice.search_terms_title, practice.search_terms_body = title_terms, body_terms
        practice.save(update_fields=["search_terms_title", "search_terms_body"])
        search_index.update_vector(practice)


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]

    operations = [
        migrations.RunPython(create_index, drop_index),
        migrations.RunPython(index_existing_practices, migrations.RunPython.noop),
    ]
