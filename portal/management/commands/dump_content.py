import json
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rows Django makes again by itself after migrate, and the throttles' passing counts.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry", "portal.attemptcount"]
# The text of a version out of draft is frozen in the database: its rows can be inserted
# only before the version row exists (the rule's check then finds no frozen version), so
# they come first; loaddata checks the links once everything is in.
FIRST = ("agreements.section", "agreements.commitment")


class Command(BaseCommand):
    help = (
        "Write the whole content as JSON, in an order that loaddata restores into an empty, "
        "migrated database: manage.py dump_content --output backup.json, then "
        "manage.py loaddata backup.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="The file to write (default: standard output).")

    def handle(self, *args, output=None, **options):
        dump = self.dump()
        objects = json.loads(dump)
        ordered = [o for o in objects if o["model"] in FIRST] + [
            o for o in objects if o["model"] not in FIRST
        ]
        text = json.dumps(ordered, ensure_ascii=False, indent=1)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text)
        else:
            self.stdout.write(text)

    def dump(self):
        out = StringIO()
        call_command(
            "dumpdata",
            natural_foreign=True,
            natural_primary=True,
            exclude=EXCLUDED,
            format="json",
            stdout=out,
        )
        return out.getvalue()
