"""Draws the open data's files for the current content ahead of the first download after a
change (a daily cron job at night keeps downloads quick; without it, the first download
after a change waits while they are drawn)."""

from django.core.management.base import BaseCommand

from portal import open_data_files


class Command(BaseCommand):
    help = "Draw the open data's JSON and CSV files for the current content."

    def handle(self, *args, **options):
        target = open_data_files.folder()
        open_data_files.draw_all(target)
        self.stdout.write(f"Drawn into {target}.")
