"""The GIN index of the words of actors, for their search (PostgreSQL only)."""

from django.db import migrations

from portal.migration_operations import search_document_index


class Migration(migrations.Migration):
    dependencies = [("networks", "0004_history")]

    operations = [
        search_document_index(
            "networks.Actor",
            ["name_fi", "name_sv", "description_fi", "description_sv"],
            "networks_actor_search_gin",
        ),
    ]
