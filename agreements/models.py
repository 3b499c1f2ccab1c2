import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from monitoring.figures import format_figure
from monitoring.models import Indicator
from monitoring.periods import FIRST_YEAR, LAST_YEAR
from networks.areas import InOneArea
from networks.models import Actor, IntegrationPath
from portal.models import ContentModel
from portal.revisions import RevisionedQuerySet
from portal.richtext import MARKDOWN_HELP_TEXT
from practices.models import Practice


class FrozenVersionError(ValidationError):
    """A version under review or approved keeps its text."""


class Agreement(ContentModel):
    """A regional letter of intent, prepared version by version."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("letter of intent")
        verbose_name_plural = _("letters of intent")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("agreements:agreement-detail", kwargs={"slug": self.slug})


class Version(ContentModel):
    """A numbered draft of an agreement; frozen once it leaves the draft status."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        REVIEW_CLOSED = "review_closed", _("Review closed")
        APPROVED = "approved", _("Approved by the steering group")
        SENT = "sent", _("Sent to the parties' decision-making")
        SIGNED = "signed", _("Signed")
        SUPERSEDED = "superseded", _("Superseded")

    class Audience(models.TextChoices):
        STEERING_GROUP = "steering_group", _("The steering group")
        PARTNER_NETWORK = "partner_network", _("The wider partner network")

    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="versions", verbose_name=_("agreement")
    )
    number = models.PositiveSmallIntegerField(_("version number"))
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.DRAFT)
    audience = models.CharField(
        _("audience"), max_length=16, choices=Audience, default=Audience.STEERING_GROUP
    )
    review_closes_on = models.DateField(_("review closes on"), null=True, blank=True)
    based_on = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("based on"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        ordering = ["agreement", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "number"],
                name="agreements_version_number_unique",
                violation_error_message=_("The agreement already has a version with this number."),
            ),
            models.CheckConstraint(
                condition=~Q(status="in_review") | Q(review_closes_on__isnull=False),
                name="agreements_review_has_closing_date",
                violation_error_message=_("A version in review needs a closing date."),
            ),
        ]

    def __str__(self):
        return _("%(agreement)s, version %(number)d") % {
            "agreement": self.agreement,
            "number": self.number,
        }

    def get_absolute_url(self):
        return reverse(
            "agreements:version-detail",
            kwargs={"slug": self.agreement.slug, "number": self.number},
        )

    @property
    def is_frozen(self):
        return self.status != self.Status.DRAFT


class PartOfVersionText:
    """A row of a version's text (a section, a commitment, its indicators): written only
    while the version is a draft. The database has the same rule (migrations 0002, 0006)."""

    @property
    def text_version_id(self):
        return self.version_id

    def save(self, *args, **kwargs):
        refuse_if_frozen(self.text_version_id)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        refuse_if_frozen(self.text_version_id)
        return super().delete(*args, **kwargs)


class Section(PartOfVersionText, ContentModel):
    """A section of a version. `identity` stays the same from version to version, so two
    versions can be compared section by section."""

    version = models.ForeignKey(
        Version, on_delete=models.CASCADE, related_name="sections", verbose_name=_("version")
    )
    identity = models.UUIDField(_("identity across versions"), default=uuid.uuid4)
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    heading = models.CharField(_("heading"), max_length=200)
    text = models.TextField(_("text"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["version", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "identity"], name="agreements_section_identity_unique"
            ),
        ]

    def __str__(self):
        return self.heading


FROZEN_STATUSES = [status for status in Version.Status.values if status != Version.Status.DRAFT]


def refuse_party_of_another_agreement(party, version):
    """Commitments and decisions are made by the parties of the version's own agreement."""
    if party.agreement_id != version.agreement_id:
        raise ValidationError({"party": _("The party is not a party to this agreement.")})


def refuse_if_frozen(version_id):
    """A version's text (its sections and commitments) changes only while it is a draft."""
    # Asks the database: the version in memory may be older than its status.
    if Version.objects.filter(pk=version_id, status__in=FROZEN_STATUSES).exists():
        raise FrozenVersionError(_("This version is frozen: its text cannot change."))


class Transition(models.Model):
    """Who moved a version from one status to another, and when."""

    version = models.ForeignKey(
        Version, on_delete=models.CASCADE, related_name="transitions", verbose_name=_("version")
    )
    from_status = models.CharField(_("from"), max_length=16, choices=Version.Status)
    to_status = models.CharField(_("to"), max_length=16, choices=Version.Status)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["version", "at", "pk"]

    def __str__(self):
        return f"{self.version}: {self.from_status} → {self.to_status}"


class Party(ContentModel):
    """An organisation that signs the letter of intent."""

    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="parties", verbose_name=_("agreement")
    )
    actor = models.ForeignKey(
        Actor, on_delete=models.PROTECT, related_name="agreement_parties", verbose_name=_("actor")
    )
    role = models.CharField(_("role in the agreement"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=1)

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        ordering = ["agreement", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "actor"],
                name="agreements_party_unique",
                violation_error_message=_("This actor is already a party to the agreement."),
            ),
        ]

    def __str__(self):
        return str(self.actor)


class CommitmentQuerySet(RevisionedQuerySet):
    def public(self):
        """The commitments of signed versions, which every visitor may read, with what a
        list of them shows: the practice, indicator, actor and municipality pages read them
        through their reverse relations."""
        return (
            self.filter(version__status=Version.Status.SIGNED)
            .select_related("party__actor", "version__agreement")
            .order_by("version__agreement_id", "party__order", "order", "pk")
        )


class Commitment(PartOfVersionText, ContentModel):
    """What a party undertakes in a version: the practices it will adopt, the paths it serves
    and the indicators it is followed by. Part of the version's text, so frozen with it."""

    version = models.ForeignKey(
        Version,
        on_delete=models.CASCADE,
        related_name="commitments",
        verbose_name=_("version"),
    )
    party = models.ForeignKey(
        Party, on_delete=models.CASCADE, related_name="commitments", verbose_name=_("party")
    )
    text = models.TextField(_("commitment"))
    practices = models.ManyToManyField(
        Practice, blank=True, related_name="commitments", verbose_name=_("practices to adopt")
    )
    paths = models.ManyToManyField(
        IntegrationPath,
        blank=True,
        related_name="commitments",
        verbose_name=_("integration paths served"),
    )
    indicators = models.ManyToManyField(
        Indicator,
        through="FollowUp",
        blank=True,
        related_name="commitments",
        verbose_name=_("indicators it is followed by"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["version", "party__order", "order", "pk"]

    def __str__(self):
        return self.text[:80]

    def page_url(self):
        """Its party's commitments on the agreement's page, as its own version has them (a
        member may see a newer draft there by default)."""
        agreement_url = reverse(
            "agreements:agreement-detail", kwargs={"slug": self.version.agreement.slug}
        )
        return f"{agreement_url}?version={self.version.number}#party-{self.party_id}"

    def clean(self):
        if self.party_id and self.version_id:
            refuse_party_of_another_agreement(self.party, self.version)


class FollowUpQuerySet(RevisionedQuerySet):
    def public(self):
        """The indicators of signed versions' commitments, with their party and area."""
        return self.filter(commitment__version__status=Version.Status.SIGNED).select_related(
            "commitment__party__actor",
            "commitment__version__agreement",
            "indicator",
            "municipality",
            "sub_region",
        )


class FollowUp(PartOfVersionText, InOneArea, ContentModel):
    """An indicator by which a commitment is followed: in which area, from which baseline
    year and towards which target."""

    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="follow_ups",
        verbose_name=_("commitment"),
    )
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        verbose_name=_("indicator"),
    )
    baseline_year = models.PositiveSmallIntegerField(
        _("baseline year"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
    )
    target_value = models.DecimalField(_("target value"), max_digits=16, decimal_places=4)
    target_year = models.PositiveSmallIntegerField(
        _("target year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator of a commitment")
        verbose_name_plural = _("indicators of commitments")
        ordering = ["commitment", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "indicator"],
                name="agreements_follow_up_unique",
                violation_error_message=_("The commitment is already followed by this indicator."),
            ),
            *InOneArea.Meta.constraints,
            models.CheckConstraint(
                condition=Q(target_year__isnull=True) | Q(target_year__gt=F("baseline_year")),
                name="agreements_follow_up_target_after_baseline",
                violation_error_message=_("The target year comes after the baseline year."),
            ),
        ]

    def __str__(self):
        return f"{self.commitment}: {self.indicator}"

    @property
    def text_version_id(self):
        return self.commitment.version_id

    @property
    def target_figure(self):
        """The target as the indicator writes its figures: "65,0 %"."""
        value = format_figure(self.target_value, self.indicator.decimals)
        return f"{value} {self.indicator.unit}".strip()


class Decision(ContentModel):
    """A party's decision, always on a named version."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    party = models.ForeignKey(
        Party, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("party")
    )
    version = models.ForeignKey(
        Version, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("version")
    )
    status = models.CharField(_("decision"), max_length=16, choices=Status, default=Status.PENDING)
    body = models.CharField(_("decision-making body"), max_length=200, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    minutes_url = models.URLField(_("link to the minutes"), blank=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["version", "party"]
        constraints = [
            models.UniqueConstraint(
                fields=["party", "version"],
                name="agreements_decision_unique",
                violation_error_message=_("The party already has a decision on this version."),
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(decided_on__isnull=False),
                name="agreements_decision_has_date",
                violation_error_message=_("A decision made needs its date."),
            ),
        ]

    def __str__(self):
        return f"{self.party}: {self.get_status_display()} ({self.version})"

    def save(self, *args, **kwargs):
        refuse_if_signed(self.version_id)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        refuse_if_signed(self.version_id)
        return super().delete(*args, **kwargs)

    def clean(self):
        if self.party_id and self.version_id:
            refuse_party_of_another_agreement(self.party, self.version)


def refuse_if_signed(version_id):
    """The decisions a signed version rests on stay as they were recorded."""
    if Version.objects.filter(pk=version_id, status=Version.Status.SIGNED).exists():
        raise ValidationError(
            _("The version is signed: the decisions it rests on stay as they were recorded.")
        )


class Comment(ContentModel):
    """A comment of a member of the audience on a section, or a reply to one."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")
        RESOLVED = "resolved", _("Resolved")

    version = models.ForeignKey(
        Version, on_delete=models.CASCADE, related_name="comments", verbose_name=_("version")
    )
    section = models.ForeignKey(
        Section, on_delete=models.CASCADE, related_name="comments", verbose_name=_("section")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("reply to"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="agreement_comments",
        verbose_name=_("author"),
    )
    text = models.TextField(_("comment"))
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.OPEN)
    response = models.TextField(_("coordinators' response"), blank=True)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    updated_at = models.DateTimeField(_("edited"), auto_now=True)
    # When its author last changed its text: coordinators' status changes do not count.
    edited_at = models.DateTimeField(_("edited by its author"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    # When the coordinators' digest of new comments first listed this one.
    digested_at = models.DateTimeField(_("in the coordinators' digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["section", "created_at", "pk"]
        indexes = [models.Index(fields=["version", "status"], name="agreements_comment_status")]

    def __str__(self):
        return f"{self.author}: {self.text[:60]}"


class Notice(models.Model):
    """An e-mail sent to a member of a version's audience, recorded so it goes out once."""

    class Kind(models.TextChoices):
        REVIEW_OPENED = "review_opened", _("The review opened")
        REVIEW_CLOSING = "review_closing", _("The review is about to close")

    version = models.ForeignKey(
        Version, on_delete=models.CASCADE, related_name="notices", verbose_name=_("version")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="agreement_notices",
        verbose_name=_("recipient"),
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("e-mail notice")
        verbose_name_plural = _("e-mail notices")
        ordering = ["version", "kind", "sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "kind", "recipient"], name="agreements_notice_once"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.recipient} ({self.version})"
