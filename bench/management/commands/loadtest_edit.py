from django.core.management.base import BaseCommand

from practices.models import Practice


class Command(BaseCommand):
    help = (
        "The load test's coordinator: saves a practice's summary and description (the latter "
        "in the page's cached part), as the admin does."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("text")

    def handle(self, *args, slug, text, **options):
        # A save as the admin makes it: the model's save() and its signals.
        practice = Practice.objects.get(slug=slug)
        practice.summary_fi = practice.summary = text
        practice.description_fi = practice.description = text
        practice.save()
