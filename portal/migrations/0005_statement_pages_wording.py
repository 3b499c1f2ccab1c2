"""The first texts of 0003 in the glossary's words: a practice proposed is "ett arbetssätt" (a
practice is not counted with "praxis"), and the admin is Django's standard view, not "the
program Django's". Only a text still as 0003 wrote it changes; a coordinator's edit is kept."""

from django.db import migrations

# (page key, field, text as 0003 wrote it, text now)
REWORDINGS = [
    (
        "privacy",
        "body_sv",
        "e-postadressen till den som föreslår en praxis.",
        "e-postadressen till den som föreslår ett arbetssätt.",
    ),
    (
        "accessibility",
        "body_sv",
        "Administratörernas förvaltningsvy är programmet Djangos standardvy och har inte",
        "Administratörernas förvaltningsvy är Djangos standardvy och har inte",
    ),
]


def reword(apps, old_index, new_index):
    page_model = apps.get_model("portal", "Page")
    for key, field, *texts in REWORDINGS:
        old, new = texts[old_index], texts[new_index]
        for page in page_model.objects.filter(key=key, **{f"{field}__contains": old}):
            setattr(page, field, getattr(page, field).replace(old, new))
            page.save(update_fields=[field])


def forwards(apps, schema_editor):
    reword(apps, 0, 1)


def backwards(apps, schema_editor):
    reword(apps, 1, 0)


class Migration(migrations.Migration):
    dependencies = [("portal", "0004_attempt_counts")]

    operations = [migrations.RunPython(forwards, backwards)]
