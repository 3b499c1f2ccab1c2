"""The sources are searched through the site search's index now (portal 0010): the GIN index
of their own words goes (PostgreSQL only), and comes back when migrated back."""

from django.db import migrations

from portal.migration_operations import search_document_index

OLD_INDEX = search_document_index(
    "practices.Source",
    ["title_fi", "title_sv", "summary_fi", "summary_sv", "publisher"],
    "practices_source_search_gin",
)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0016_search_terms_of_unknown_words"),
        ("portal", "0010_search_index"),
    ]

    operations = [migrations.RunPython(OLD_INDEX.reverse_code, OLD_INDEX.code)]
