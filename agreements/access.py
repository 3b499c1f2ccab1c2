"""Who may see a version and its comments, and who may comment."""

from django.utils import timezone

from agreements.models import Version
from portal.roles import PARTNER_NETWORK, STEERING_GROUP

S = Version.Status
AUDIENCE_GROUPS = {
    Version.Audience.STEERING_GROUP: {STEERING_GROUP},
    # The wider round includes the steering group.
    Version.Audience.PARTNER_NETWORK: {STEERING_GROUP, PARTNER_NETWORK},
}


def is_coordinator(user):
    return user.is_authenticated and user.has_perm("agreements.change_version")


def in_audience(user, version):
    if not user.is_authenticated:
        return False
    groups = {group.name for group in user.groups.all()}
    return bool(groups & AUDIENCE_GROUPS[version.audience])


def can_view(user, version):
    """Signed agreements are public; drafts are the coordinators'; the rest is for the
    version's audience and the coordinators."""
    if version.status == S.SIGNED or is_coordinator(user):
        return True
    return version.status != S.DRAFT and in_audience(user, version)


def review_is_open(version, today=None):
    today = today or timezone.localdate()
    return version.status == S.IN_REVIEW and (
        version.review_closes_on is None or today <= version.review_closes_on
    )


def can_comment(user, version):
    return review_is_open(version) and (is_coordinator(user) or in_audience(user, version))
