"""E-mail about reviews: to the audience when a review opens and a day before it closes, and
to the coordinators a digest of new comments. Each goes out once, however often it runs."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation

from agreements.access import AUDIENCE_GROUPS, review_is_open
from agreements.models import Comment, Notice, Version
from portal.mail import absolute, send_templated_mail
from portal.roles import COORDINATORS

EXCERPT_LENGTH = 200


@dataclass
class Sent:
    opened: int = 0
    closing: int = 0
    digests: int = 0
    comments_digested: int = 0


def send_all(base_url, today=None):
    """Sends what is due on `today` and returns how many e-mails went out."""
    today = today or timezone.localdate()
    sent = Sent()
    for version in Version.objects.filter(status=Version.Status.IN_REVIEW).select_related(
        "agreement"
    ):
        if not review_is_open(version, today):
            continue
        sent.opened += notify_audience(version, Notice.Kind.REVIEW_OPENED, base_url)
        if version.review_closes_on - today <= datetime.timedelta(days=1):
            sent.closing += notify_audience(version, Notice.Kind.REVIEW_CLOSING, base_url)
    sent.digests, sent.comments_digested = send_comment_digest(base_url)
    return sent


def active_with_email(users):
    return users.filter(is_active=True).exclude(email="").distinct().order_by("pk")


def notify_audience(version, kind, base_url):
    """E-mails each member of the version's audience who has not had this notice yet."""

    def notices(notice_kind, **filters):
        return Exists(
            Notice.objects.filter(
                recipient=OuterRef("pk"), version=version, kind=notice_kind, **filters
            )
        )

    members = active_with_email(
        get_user_model().objects.filter(groups__name__in=AUDIENCE_GROUPS[version.audience])
    ).exclude(notices(kind))
    if kind == Notice.Kind.REVIEW_CLOSING:
        # Someone told today that the review opened need not hear at once that it closes.
        members = members.exclude(
            notices(Notice.Kind.REVIEW_OPENED, sent_at__date=timezone.localdate())
        )

    def context_for(code):
        return {
            "version": version,
            "agreement": version.agreement,
            "url": absolute(base_url, version.get_absolute_url()),
        }

    count = 0
    for member in members:
        # One message per member: no one sees the others' addresses.
        if send_templated_mail(f"agreements/email/{kind}", [member.email], context_for):
            Notice.objects.create(version=version, kind=kind, recipient=member)
            count += 1
    return count


def send_comment_digest(base_url):
    """One e-mail to each coordinator listing the comments written since the last digest."""
    new = list(
        Comment.objects.filter(digested_at__isnull=True, withdrawn_at__isnull=True)
        .select_related("version__agreement", "section", "author")
        .order_by("version__agreement", "version__number", "section__order", "created_at")
    )
    coordinators = active_with_email(get_user_model().objects.filter(groups__name=COORDINATORS))
    if not new or not coordinators.exists():
        return 0, 0
    by_version = defaultdict(list)
    for comment in new:
        by_version[comment.version].append(comment)

    def context_for(code):
        return {
            "count": len(new),
            "versions": [
                {
                    "version": version,
                    "url": absolute(base_url, version.get_absolute_url()),
                    "moderation_url": absolute(base_url, moderation_path(version)),
                    "comments": [digest_line(comment) for comment in comments],
                }
                for version, comments in by_version.items()
            ],
        }

    sent = sum(
        send_templated_mail("agreements/email/comment_digest", [user.email], context_for)
        for user in coordinators
    )
    if sent:
        Comment.objects.filter(pk__in=[c.pk for c in new]).update(digested_at=timezone.now())
    return sent, len(new) if sent else 0


def digest_line(comment):
    text = " ".join(comment.text.split())
    if len(text) > EXCERPT_LENGTH:
        text = text[: EXCERPT_LENGTH - 1] + "…"
    return {
        "section": comment.section.heading,
        "author": comment.author.get_full_name() or comment.author.get_username(),
        "is_reply": comment.parent_id is not None,
        "text": text,
    }


def moderation_path(version):
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("admin:agreements_comment_changelist")
    return f"{path}?version__id__exact={version.pk}&status__exact=open"
