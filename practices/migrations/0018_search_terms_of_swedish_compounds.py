"""The stored search terms again: a Swedish compound now also holds its parts' stems, split by
the Swedish Hunspell dictionary ("delaktighetspolitiken" → "delakt", "politik"), so that
"politik" finds it; a Finnish compound inflected in both parts, its parts' base forms joined
("Uudessakaarlepyyssä" → "uusikaarlepyy")."""

from django.db import migrations


def index_again(apps, schema_editor):
    from practices import search_index

    Practice = apps.get_model("practices", "Practice")
    search_index.index_again(Practice.objects.using(schema_editor.connection.alias))


class Migration(migrations.Migration):
    dependencies = [("practices", "0017_drop_source_search_index")]

    # Back, the terms stay as they are: the older terms are a subset of these.
    operations = [migrations.RunPython(index_again, migrations.RunPython.noop)]
