"""Shared priority rounds: the coordinators list candidate priorities and practices; the
partner network (and the public, when the round is opened to it) rank them within a
period; the result, with its counts, is published on the round's page and follows each
priority made of a candidate onto the regional priorities page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from portal.localised import localised
from portal.models import ContentModel
from portal.periods import OpenPeriod
from portal.richtext import MARKDOWN_HELP_TEXT
from practices.models import Practice, Priority


class Round(OpenPeriod):
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=format_lazy(
            "{} {}", _("What is chosen, for which period, and how."), MARKDOWN_HELP_TEXT
        ),
    )
    opens_at = models.DateTimeField(_("ranking opens"), help_text=_("In Finnish time."))
    closes_at = models.DateTimeField(_("ranking closes"))
    places = models.PositiveSmallIntegerField(
        _("places to give"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_(
            "How many priorities, and how many practices, each person ranks at most. The first "
            "place scores this many points, the last one point."
        ),
    )
    open_to_public = models.BooleanField(
        _("open to the public"),
        default=False,
        help_text=_(
            "Anyone may rank, without an account; their rankings are counted apart from the "
            "partner network's."
        ),
    )
    period_starts_on = models.DateField(
        _("the priorities' period starts"),
        null=True,
        blank=True,
        help_text=_("For the priorities made of the result."),
    )
    result_published_at = models.DateTimeField(_("result published"), null=True, blank=True)

    class Meta(OpenPeriod.Meta):
        verbose_name = _("priority round")
        verbose_name_plural = _("priority rounds")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("rounds:detail", kwargs={"slug": self.slug})

    @property
    def result_published(self):
        return self.result_published_at is not None


class Candidate(ContentModel):
    class Kind(models.TextChoices):
        PRIORITY = "priority", _("Priority")
        PRACTICE = "practice", _("Practice")

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="candidates", verbose_name=_("round")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.PRIORITY)
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("A priority's; a practice has its own.")
    )
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    practice = models.ForeignKey(
        Practice,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("practice"),
    )
    priority = models.ForeignKey(
        Priority,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="round_candidacies",
        verbose_name=_("the regional priority made of it"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)

    class Meta:
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        ordering = ["round", "kind", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "practice"],
                name="rounds_candidate_practice_once",
                violation_error_message=_("The practice is already a candidate in this round."),
            ),
        ]

    def __str__(self):
        return str(self.name)

    @property
    def name(self):
        if self.kind == self.Kind.PRACTICE and self.practice_id:
            return localised(self.practice, "title")
        return localised(self, "title")

    def clean(self):
        if self.kind == self.Kind.PRACTICE and not self.practice_id:
            raise ValidationError({"practice": _("Choose the practice.")})
        if self.kind == self.Kind.PRIORITY and not (self.title_fi or self.title):
            raise ValidationError({"title": _("Give the priority a title.")})


class Ballot(models.Model):
    """One person's ranking in a round: a member's (by their account) or, in a round open
    to the public, a visitor's (by the hash of a random token in a cookie of theirs)."""

    class Group(models.TextChoices):
        PARTNER_NETWORK = "partner", _("Partner network")
        PUBLIC = "public", _("The public")

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="ballots", verbose_name=_("round")
    )
    group = models.CharField(_("ranked by"), max_length=10, choices=Group)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("member"),
    )
    ranker_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(_("ranked"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("ranking")
        verbose_name_plural = _("rankings")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "user"],
                condition=Q(user__isnull=False),
                name="rounds_ballot_once_per_member",
            ),
            models.UniqueConstraint(
                fields=["round", "ranker_hash"],
                condition=~Q(ranker_hash=""),
                name="rounds_ballot_once_per_visitor",
            ),
        ]

    def __str__(self):
        return f"{self.round}: {self.get_group_display()}"


class Ranking(models.Model):
    """The place one ballot gives one candidate: 1 is the first."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="rankings")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="rankings")
    place = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["ballot", "candidate"], name="rounds_ranking_once_per_candidate"
            ),
        ]

    def __str__(self):
        return f"{self.candidate}: {self.place}"
