import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from bench.generate import Scale, generate


class Command(BaseCommand):
    help = "Load the demo content and generate benchmark content at a scale, in bulk."

    def add_arguments(self, parser):
        defaults = Scale()
        for name in ("practices", "sources", "actors", "ties", "comments"):
            parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
        parser.add_argument("--seed", type=int, default=8)
        parser.add_argument(
            "--demo-loaded",
            action="store_true",
            help="the database is a copy of one with the demo content: do not load it again",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        if not options["demo_loaded"]:
            call_command("load_demo", stdout=self.stdout)
        scale = Scale(
            **{k: options[k] for k in ("practices", "sources", "actors", "ties", "comments")}
        )
        generate(scale, seed=options["seed"], stdout=self.stdout)
        self.stdout.write(f"Generated in {time.monotonic() - started:.0f} s.")
