"""Who may see a version and its comments, and who may comment."""

from django.utils import timezone

from agreements.models import Version
from portal.roles import COORDINATORS, PARTNER_NETWORK, STEERING_GROUP

S = Version.Status
AUDIENCE_GROUPS = {
    Version.Audience.STEERING_GROUP: {STEERING_GROUP},
    # The wider round includes the steering group.
    Version.Audience.PARTNER_NETWORK: {STEERING_GROUP, PARTNER_NETWORK},
}


def group_names(user):
    # user.groups.all() is prefetched once per request (views.shared.with_groups).
    return {group.name for group in user.groups.all()} if user.is_authenticated else set()


def is_coordinator(user):
    """A role, like the audience: the Coordinators group (or a superuser)."""
    return user.is_authenticated and (user.is_superuser or COORDINATORS in group_names(user))


def in_audience(user, version):
    return bool(group_names(user) & AUDIENCE_GROUPS[version.audience])


def can_view(user, version):
    """Signed agreements are public; drafts are the coordinators'; the rest is for the
    version's audience and the coordinators."""
    if version.status == S.SIGNED or is_coordinator(user):
        return True
    return version.status != S.DRAFT and in_audience(user, version)


def can_see_comments(user, version):
    """Comments are the audience's and the coordinators', even once the version is signed
    and its text public."""
    return is_coordinator(user) or (version.status != S.DRAFT and in_audience(user, version))


def review_is_open(version, today=None):
    today = today or timezone.localdate()
    return version.status == S.IN_REVIEW and (
        version.review_closes_on is None or today <= version.review_closes_on
    )


def can_comment(user, version):
    return review_is_open(version) and (is_coordinator(user) or in_audience(user, version))
