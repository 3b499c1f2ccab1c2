"""Following a public hearing by e-mail (portal.following): its new comments, the
coordinators' answers and the report."""

from django.urls import reverse
from django.utils.translation import gettext as _

from hearings.models import Hearing, PublicComment
from portal.localised import localised
from portal.registry import NewsItem

EXCERPT = 300


def find(ref):
    return Hearing.objects.visible().filter(slug=ref).first()


def title(hearing):
    return localised(hearing, "title").text


def excerpt(text):
    return text if len(text) <= EXCERPT else f"{text[:EXCERPT].rstrip()} …"


def news(hearing, since):
    comments = (
        PublicComment.objects.published()
        .filter(section__hearing=hearing)
        .select_related("section__section", "section__hearing")
        .order_by("created_at", "pk")
    )
    items = []
    for comment in comments.filter(published_at__gt=since):
        section = localised(comment.section.section, "heading").text
        items.append(
            NewsItem(
                _("A new comment on “%(section)s”") % {"section": section},
                comment.get_absolute_url(),
                excerpt(comment.text),
            )
        )
    for comment in comments.filter(answered_at__gt=since).exclude(answer=""):
        section = localised(comment.section.section, "heading").text
        items.append(
            NewsItem(
                _("The coordinators answered a comment on “%(section)s”") % {"section": section},
                comment.get_absolute_url(),
                excerpt(comment.answer),
            )
        )
    if hearing.report_published_at and hearing.report_published_at > since:
        items.append(
            NewsItem(
                _("The hearing report was published"),
                reverse("hearings:report", kwargs={"slug": hearing.slug}),
            )
        )
    return items
