"""The stored search terms again: a word Voikko does not know now also holds its Snowball
stem ("mentorina" → "mentor"), and a compound of a known first part its parts
("työpaikkamentoreiden" → "työpaikka", "mentor"), so that "mentoreiden" and "mentori" find
them."""

from django.db import migrations


def index_again(apps, schema_editor):
    from practices import search_index

    Practice = apps.get_model("practices", "Practice")
    search_index.index_again(Practice.objects.using(schema_editor.connection.alias))


class Migration(migrations.Migration):
    dependencies = [("practices", "0015_search_terms_again")]

    # Back, the terms stay as they are: the older terms are a subset of these.
    operations = [migrations.RunPython(index_again, migrations.RunPython.noop)]
