import json

from django.core.management.base import BaseCommand
from django.test import Client, override_settings

from tests.portal.relevance_queries import recall


class Command(BaseCommand):
    help = (
        "The relevance test set's recall (tests/portal/relevance_queries.py) on the content "
        "loaded (the demo's): per language, how many queries find their record among the first "
        "three of its kind in the site search, and in the practice list; as JSON."
    )

    @override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"])
    def handle(self, *args, **options):
        self.stdout.write(json.dumps(recall(Client())))
