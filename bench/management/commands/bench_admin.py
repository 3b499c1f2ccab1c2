import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.test import Client, override_settings

from agreements import services
from agreements.models import Version
from bench.admin_pages import measure
from portal.roles import COORDINATORS

COORDINATOR = "bench-coordinator"


class Command(BaseCommand):
    help = "Every admin list and a save of each model's largest record, timed, as JSON."

    @override_settings(ALLOWED_HOSTS=["*"])
    def handle(self, *args, **options):
        user, _created = get_user_model().objects.get_or_create(
            username=COORDINATOR, defaults={"is_staff": True, "email": "bench@example.org"}
        )
        user.groups.add(Group.objects.get(name=COORDINATORS))
        if not Version.objects.filter(status=Version.Status.DRAFT).exists():
            # Only a draft's text can be saved: the coordinators' next draft, as they start it.
            services.new_version(Version.objects.order_by("-number").first(), by=user)
        client = Client()
        client.force_login(user)
        lists, saves = measure(client)
        self.stdout.write(
            json.dumps(
                {
                    "lists": [timing.as_dict() for timing in lists],
                    "saves": [timing.as_dict() for timing in saves],
                }
            )
        )
