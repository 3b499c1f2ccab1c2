"""The GIN index of the words of sources, for their search (PostgreSQL only)."""

from django.db import migrations

from portal.migration_operations import search_document_index


class Migration(migrations.Migration):
    dependencies = [("practices", "0011_monitoring_models_moved_out")]

    operations = [
        search_document_index(
            "practices.Source",
            ["title_fi", "title_sv", "summary_fi", "summary_sv", "publisher"],
            "practices_source_search_gin",
        ),
    ]
