"""Demo users, one of each role, with published passwords: only where DEBUG is on."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.roles import COORDINATORS, PARTNER_NETWORK, STEERING_GROUP

DEMO_USERS = [
    {
        "username": "koordinaattori",
        "password": "demo-koordinaattori",
        "first_name": "Demo",
        "last_name": "Koordinaattori",
        "group": COORDINATORS,
        "is_staff": True,
    },
    {
        "username": "ohjausryhma",
        "password": "demo-ohjausryhma",
        "first_name": "Demo",
        "last_name": "Ohjausryhmä",
        "group": STEERING_GROUP,
        "is_staff": False,
    },
    {
        "username": "verkosto",
        "password": "demo-verkosto",
        "first_name": "Demo",
        "last_name": "Kumppaniverkosto",
        "group": PARTNER_NETWORK,
        "is_staff": False,
    },
]


def load(stdout, style):
    if not settings.DEMO_USERS_ALLOWED:
        stdout.write(style.WARNING("Demo users skipped: they exist only with DJANGO_DEBUG on."))
        return
    user_model = get_user_model()
    for data in DEMO_USERS:
        user, created = user_model.objects.get_or_create(
            username=data["username"],
            defaults={
                "first_name": data["first_name"],
                "last_name": data["last_name"],
                "is_staff": data["is_staff"],
            },
        )
        if created:
            user.set_password(data["password"])
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=data["group"]))
    stdout.write(style.WARNING("Demo users (for trying the portal only, never in production):"))
    for data in DEMO_USERS:
        stdout.write(f"  {data['group']}: {data['username']} / {data['password']}")
