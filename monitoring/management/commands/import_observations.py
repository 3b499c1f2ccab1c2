from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, no_translations

from monitoring.imports import import_file
from portal.history.context import acting
from portal.table_files import COMMAND_LIMITS, Limits

BAR_WIDTH = 30
STAGES = {"check": "Checking rows", "write": "Writing"}


class ProgressBar:
    """A one-line progress bar on stderr, so that stdout keeps only the report."""

    def __init__(self, stream):
        self.stream = stream
        self.shown = None

    def __call__(self, stage, done, total):
        percent = 100 * done // total if total else 100
        if (stage, percent) == self.shown:
            return
        filled = BAR_WIDTH * percent // 100
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        label = STAGES.get(stage, stage)
        ending = "\n" if done >= total else ""
        self.stream.write(
            f"\r{label:<14} [{bar}] {percent:3d}% ({done}/{total}){ending}", ending=""
        )
        self.stream.flush()
        self.shown = (stage, percent)


class Command(BaseCommand):
    help = (
        "Import monitoring observations from a CSV or Excel (.xlsx) file in the documented "
        "format. The whole file is checked first; a file with any bad row imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The CSV or .xlsx file to import.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; write nothing."
        )
        parser.add_argument(
            "--user",
            help="The username of whoever imports: the history of each observation names "
            "them (without it, the command's name stands alone).",
        )
        parser.add_argument(
            "--max-rows",
            type=int,
            default=COMMAND_LIMITS.max_rows,
            help=f"Refuse files with more data rows (default {COMMAND_LIMITS.max_rows}).",
        )

    # In English like the other commands: the service's messages are translated, so without a
    # language they come out in their English original.
    @no_translations
    def handle(self, *args, **options):
        path = options["file"]
        limits = Limits(max_bytes=COMMAND_LIMITS.max_bytes, max_rows=options["max_rows"])
        try:
            handle = path.open("rb")
        except OSError as error:
            raise CommandError(f"Cannot open {path}: {error.strerror}.") from error
        with handle, acting(via="import_observations", user=self.user(options["user"])):
            result = import_file(
                handle, limits=limits, dry_run=options["dry_run"], progress=ProgressBar(self.stderr)
            )
        if result.file_error:
            raise CommandError(f"Nothing was imported. {result.file_error}")
        if result.row_errors:
            for error in result.row_errors:
                self.stdout.write(f"Line {error.line}: {'; '.join(error.reasons)}")
            raise CommandError(
                f"Nothing was imported: {len(result.row_errors)} of the {result.row_count} rows "
                "have errors (listed above)."
            )
        for change in result.updated:
            note = " (note changed)" if change.note_changed else ""
            self.stdout.write(
                f"Line {change.line}: {change.indicator.slug}, {change.area}, "
                f"{change.period.code}: {change.old_value.normalize()} → "
                f"{change.new_value.normalize()}{note}"
            )
        counts = (
            f"{len(result.created)} created, {len(result.updated)} updated, "
            f"{result.unchanged} unchanged"
        )
        if result.dry_run:
            self.stdout.write(f"Dry run, nothing written: the file would give {counts}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported: {counts}."))

    def user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user is called {username!r}.") from None
