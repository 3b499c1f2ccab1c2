from django.core.management.base import BaseCommand

from agreements.models import Comment, Version
from bench.pages import member
from practices.models import Practice


class Command(BaseCommand):
    help = "The load test's coordinator: saves a practice's summary and adds a comment."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("text")

    def handle(self, *args, slug, text, **options):
        # A save as the admin makes it: the model's save() and its signals.
        practice = Practice.objects.get(slug=slug)
        practice.summary_fi = practice.summary = text
        practice.save()
        version = Version.objects.filter(status=Version.Status.IN_REVIEW).latest("number")
        Comment.objects.create(
            version=version, section=version.sections.first(), author=member(), text=text
        )
