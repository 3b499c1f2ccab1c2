"""Public hearings: a coordinator opens a version of the letter of intent (all of it or
chosen sections) to everyone for a period. Anyone may comment without an account and
support others' comments once; coordinators moderate and answer, and publish a report when
the hearing has closed. Closed hearings stay readable."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from agreements.models import Section, Version
from portal.models import ContentModel
from portal.moderation import ModeratedWriting
from portal.periods import OpenPeriod
from portal.revisions import RevisionedQuerySet
from portal.richtext import MARKDOWN_HELP_TEXT


class Hearing(OpenPeriod):
    class Moderation(models.TextChoices):
        BEFORE = "before", _("Before publication: a coordinator publishes each comment")
        AFTER = "after", _("After publication: comments show at once and can be removed")

    version = models.ForeignKey(
        Version, on_delete=models.PROTECT, related_name="hearings", verbose_name=_("version")
    )
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=format_lazy(
            "{} {}", _("What is asked and why, in plain words."), MARKDOWN_HELP_TEXT
        ),
    )
    moderation = models.CharField(
        _("moderation"), max_length=8, choices=Moderation, default=Moderation.BEFORE
    )
    conclusion = models.TextField(
        _("the coordinators' conclusions"),
        blank=True,
        help_text=format_lazy(
            "{} {}", _("Shown at the top of the hearing report."), MARKDOWN_HELP_TEXT
        ),
    )
    report_published_at = models.DateTimeField(_("report published"), null=True, blank=True)
    is_published = models.BooleanField(
        _("shown on the site"),
        default=True,
        help_text=_("Shown before it opens too; comments are taken only while it is open."),
    )

    class Meta(OpenPeriod.Meta):
        verbose_name = _("public hearing")
        verbose_name_plural = _("public hearings")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("hearings:detail", kwargs={"slug": self.slug})

    @property
    def report_published(self):
        return self.report_published_at is not None

    def clean(self):
        if self.version_id and self.version.status == Version.Status.DRAFT:
            # The text must not change under the comments: a draft may still.
            raise ValidationError(
                {"version": _("Open a version to the public once it is no longer a draft.")}
            )


class HearingSection(ContentModel):
    """A section of the version open to comment, with its plain-language summary."""

    hearing = models.ForeignKey(
        Hearing, on_delete=models.CASCADE, related_name="sections", verbose_name=_("hearing")
    )
    section = models.ForeignKey(
        Section,
        on_delete=models.PROTECT,
        related_name="hearing_sections",
        verbose_name=_("section"),
    )
    plain_summary = models.TextField(
        _("plain-language summary"),
        blank=True,
        help_text=format_lazy(
            "{} {}",
            _("Selkokieli / lättläst: short sentences, common words. Shown before the text."),
            MARKDOWN_HELP_TEXT,
        ),
    )

    class Meta:
        verbose_name = _("section open to comment")
        verbose_name_plural = _("sections open to comment")
        ordering = ["hearing", "section__order", "section__pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["hearing", "section"],
                name="hearings_section_once",
                violation_error_message=_("The section is already open in this hearing."),
            ),
        ]

    def __str__(self):
        return str(self.section)

    def get_absolute_url(self):
        return reverse("hearings:section", kwargs={"slug": self.hearing.slug, "pk": self.pk})

    def clean(self):
        if self.hearing_id and self.section_id:
            if self.section.version_id != self.hearing.version_id:
                raise ValidationError(
                    {"section": _("Choose a section of the version the hearing is about.")}
                )


class PublicCommentQuerySet(RevisionedQuerySet):
    def published(self):
        return self.filter(status=PublicComment.Status.PUBLISHED)


class PublicComment(ModeratedWriting):
    """A comment from anyone, with a name if they want one."""

    section = models.ForeignKey(
        HearingSection, on_delete=models.CASCADE, related_name="comments", verbose_name=_("section")
    )
    text = models.TextField(_("comment"))
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderated by"),
    )
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    answer = models.TextField(_("the coordinators' answer"), blank=True)
    supports = models.PositiveIntegerField(_("supports"), default=0, editable=False)

    objects = PublicCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("public comment")
        verbose_name_plural = _("public comments")
        ordering = ["section", "created_at", "pk"]

    def __str__(self):
        return self.text[:60]

    def get_absolute_url(self):
        return f"{self.section.get_absolute_url()}#comment-{self.pk}"


class Support(models.Model):
    """One visitor's support of a comment, once: the visitor is known only by the hash of a
    random token in a cookie of theirs, which says nothing about who they are."""

    comment = models.ForeignKey(
        PublicComment, on_delete=models.CASCADE, related_name="+", verbose_name=_("comment")
    )
    supporter_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(_("supported"), auto_now_add=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "supporter_hash"], name="hearings_support_once"
            ),
        ]

    def __str__(self):
        return str(self.comment)
