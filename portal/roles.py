"""The portal's two roles and what each may do; kept in one place so migrations and later
apps' models share it."""

from django.utils.translation import gettext_lazy as _

COORDINATORS = "Coordinators"
STEERING_GROUP = "Steering group"
# The wider partner network reviews the drafts sent to it, like the steering group.
PARTNER_NETWORK = "Partner network"

ROLE_LABELS = {
    COORDINATORS: _("Coordinators"),
    STEERING_GROUP: _("Steering group"),
    PARTNER_NETWORK: _("Partner network"),
}

# Coordinators keep all content of these apps in the admin.
COORDINATOR_APPS = (
    "portal",
    "networks",
    "practices",
    "monitoring",
    "agreements",
    "events",
    "hearings",
    "rounds",
)
# The steering group reads drafts and comments on them; nothing else.
STEERING_GROUP_PERMISSIONS = (
    ("agreements", "view_agreement"),
    ("agreements", "view_version"),
    ("agreements", "view_section"),
    ("agreements", "add_comment"),
    ("agreements", "view_comment"),
)


def coordinator_addresses():
    """The e-mail addresses of the active coordinators, each once."""
    from django.contrib.auth import get_user_model

    coordinators = get_user_model().objects.filter(groups__name=COORDINATORS, is_active=True)
    return sorted(set(coordinators.exclude(email="").values_list("email", flat=True)))


def sync_role_permissions(group_model, permission_model):
    """Create both groups and give them exactly their permissions (idempotent)."""
    coordinators, _created = group_model.objects.get_or_create(name=COORDINATORS)
    steering, _created = group_model.objects.get_or_create(name=STEERING_GROUP)
    partners, _created = group_model.objects.get_or_create(name=PARTNER_NETWORK)
    coordinators.permissions.set(
        permission_model.objects.filter(content_type__app_label__in=COORDINATOR_APPS)
    )
    steering_permissions = permission_model.objects.none()
    for app_label, codename in STEERING_GROUP_PERMISSIONS:
        steering_permissions = steering_permissions | permission_model.objects.filter(
            content_type__app_label=app_label, codename=codename
        )
    steering.permissions.set(steering_permissions)
    partners.permissions.set(steering_permissions)


def sync_role_permissions_after_migrate(sender, apps=None, **kwargs):
    """post_migrate: permissions of models added since the last migrate exist only once
    every app's own post_migrate has run, so act after the last app's."""
    from django.apps import apps as installed_apps

    # Only apps with a models module send the signal.
    apps_with_models = [c for c in installed_apps.get_app_configs() if c.models_module]
    if sender.label != apps_with_models[-1].label:
        return
    # flush (as transactional tests use it) sends the signal without the historical apps.
    apps = apps or installed_apps
    sync_role_permissions(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))
