from django.core.management.base import BaseCommand

from bench.expand import expand


class Command(BaseCommand):
    help = "Copy the generated practices (in SQL, with their links) up to a total."

    def add_arguments(self, parser):
        parser.add_argument("total", type=int)

    def handle(self, *args, total, **options):
        self.stdout.write(f"{expand(total)} practices.")
