from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from portal import search_index
from portal.history.context import acting


class Command(BaseCommand):
    help = (
        "Load the demo content of every app (each app's demo.load()), idempotently: "
        "records are matched by their identifiers and content added meanwhile is kept."
    )

    def handle(self, *args, **options):
        # One unit of work: the history names the command, and each record's links join it.
        with transaction.atomic(), acting(via="load_demo"):
            # INSTALLED_APPS lists the apps in the order they depend on each other.
            with search_index.suspended():
                for app_config in apps.get_app_configs():
                    module_name = f"{app_config.name}.demo"
                    if find_spec(module_name) is None:
                        continue
                    import_module(module_name).load(self.stdout, self.style)
            # The search's index once, whole: some of the content was written in bulk, which
            # no signal reports, and an entry written at each save cost two thirds of the load.
            search_index.rebuild()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
