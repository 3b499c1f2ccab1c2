"""The actors are searched through the site search's index now (portal 0010): the GIN index
of their own words goes (PostgreSQL only), and comes back when migrated back."""

from django.db import migrations

from portal.migration_operations import search_document_index

OLD_INDEX = search_document_index(
    "networks.Actor",
    ["name_fi", "name_sv", "description_fi", "description_sv"],
    "networks_actor_search_gin",
)


class Migration(migrations.Migration):
    dependencies = [("networks", "0005_actor_search_index"), ("portal", "0010_search_index")]

    operations = [migrations.RunPython(OLD_INDEX.reverse_code, OLD_INDEX.code)]
