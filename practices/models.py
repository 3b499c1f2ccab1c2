import datetime
from dataclasses import replace

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from networks.models import Actor, Language, Municipality, PathStage
from portal.localised import localised, reading_language
from portal.models import ContentModel
from portal.moderation import ModeratedWriting
from portal.revisions import RevisionedQuerySet
from portal.richtext import MARKDOWN_HELP_TEXT
from portal.searchable import SearchableQuerySet, SearchFields
from practices import search_index
from practices.evidence import EvidenceLevel
from practices.uploads import validate_attachment


class Theme(ContentModel):
    """A subject a practice is about: employment, inclusion, language, …"""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("identifier in addresses"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name


class TargetGroup(ContentModel):
    """Whom a practice is for: newcomers outside services, family migrants, young people, …"""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("identifier in addresses"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name


class SourceQuerySet(SearchableQuerySet, RevisionedQuerySet):
    search_fields = SearchFields(title=("title",))


class Source(ContentModel):
    """A document in the knowledge bank: a norm, an evaluation, monitoring data, research."""

    class Kind(models.TextChoices):
        NORM = "norm", _("Legislation or other norm")
        EVALUATION = "evaluation", _("Evaluation")
        MONITORING = "monitoring", _("Monitoring data")
        RESEARCH = "research", _("Research")
        GUIDE = "guide", _("Guide or handbook")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    language = models.ForeignKey(
        Language,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        verbose_name=_("language of the document"),
    )
    summary = models.TextField(_("summary"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    url = models.URLField(_("link"), max_length=500, blank=True)
    file = models.FileField(
        _("file"), upload_to="sources/%Y/", blank=True, validators=[validate_attachment]
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-year", "title"]
        indexes = [models.Index(fields=["kind", "year"], name="practices_source_kind_year")]

    def __str__(self):
        return f"{self.title} ({self.year})" if self.year else self.title

    def get_absolute_url(self):
        return reverse("practices:source-detail", kwargs={"slug": self.slug})

    def localised_title(self, language=None):
        """The title in the reader's language. A title not translated (the same in every
        language it is written in) is the document's own: it is in the document's language,
        an English report's title in English. Read with `select_related("language")`."""
        title = localised(self, "title", language)
        written = {
            (getattr(self, f"title_{code}", "") or "").strip() for code, _name in settings.LANGUAGES
        }
        written.discard("")
        if self.language_id is None or len(written) != 1:
            return title
        own = self.language.code
        return replace(title, lang=own, is_fallback=own != reading_language(language))

    @property
    def counts_as_evidence_of_effect(self):
        return self.kind in EVIDENCE_OF_EFFECT_KINDS


# The rating rules: level 3 needs one of these sources, levels 4 and 5 one of the stronger.
EVIDENCE_KINDS = (Source.Kind.EVALUATION, Source.Kind.MONITORING, Source.Kind.RESEARCH)
EVIDENCE_OF_EFFECT_KINDS = (Source.Kind.EVALUATION, Source.Kind.RESEARCH)


class PracticeQuerySet(SearchableQuerySet, RevisionedQuerySet):
    # Matched on the terms that save() stores (practices.search_index).
    search_fields = SearchFields(title=("title",), stored_terms=True)

    def published(self):
        return self.filter(status=Practice.Status.PUBLISHED)

    def visible_to(self, user):
        """Published practices; coordinators also see drafts and archived ones."""
        if user.is_authenticated and user.has_perm("practices.change_practice"):
            return self.all()
        return self.published()

    def for_list(self):
        return self.select_related("latest_assessment").prefetch_related("themes")

    def review_overdue(self, today=None):
        return self.filter(next_review_due__lt=today or timezone.localdate())


# The columns the practice list filters, counts and orders by, besides the title.
LIST_COLUMNS = ["evidence_level", "origin", "ended_on", "published_at"]


class Practice(ContentModel):
    """An integration practice: what it is, for whom, how to adopt it and how well it works."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    class Origin(models.TextChoices):
        REGIONAL = "regional", _("Regional (Ostrobothnia)")
        NATIONAL = "national", _("National (Finland)")
        NORDIC = "nordic", _("Nordic")
        INTERNATIONAL = "international", _("International")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.DRAFT)
    summary = models.TextField(_("summary"), help_text=_("Two or three plain sentences."))
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    aims = models.TextField(_("aims"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    results = models.TextField(_("results"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    resources = models.TextField(
        _("resources and staff needed"), blank=True, help_text=MARKDOWN_HELP_TEXT
    )
    duration = models.CharField(_("duration"), max_length=200, blank=True)
    cost = models.CharField(_("cost"), max_length=200, blank=True)
    origin = models.CharField(_("origin"), max_length=16, choices=Origin, blank=True)
    country = models.CharField(_("country of origin"), max_length=100, blank=True)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="practices", verbose_name=_("themes")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="practices", verbose_name=_("target groups")
    )
    stages = models.ManyToManyField(
        PathStage,
        blank=True,
        related_name="practices",
        verbose_name=_("stages of the integration paths"),
    )
    actors = models.ManyToManyField(
        Actor, blank=True, related_name="practices", verbose_name=_("organisations running it")
    )
    municipalities = models.ManyToManyField(
        Municipality, blank=True, related_name="practices", verbose_name=_("in use in")
    )
    languages = models.ManyToManyField(
        Language, blank=True, related_name="practices", verbose_name=_("delivered in")
    )
    sources = models.ManyToManyField(
        Source, blank=True, related_name="practices", verbose_name=_("sources")
    )
    related = models.ManyToManyField(
        "self", blank=True, symmetrical=True, verbose_name=_("related practices")
    )
    started_on = models.DateField(_("started"), null=True, blank=True)
    ended_on = models.DateField(
        _("ended"), null=True, blank=True, help_text=_("Leave empty while the practice runs.")
    )
    contact_organisation = models.CharField(
        _("contact organisation"),
        max_length=200,
        blank=True,
        help_text=_("An organisation, not a person, unless the person has agreed to it."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_url = models.URLField(_("contact page"), blank=True)
    latest_assessment = models.ForeignKey(
        "Assessment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("latest assessment"),
    )
    evidence_level = models.SmallIntegerField(
        _("evidence level"),
        choices=EvidenceLevel,
        default=EvidenceLevel.NOT_ASSESSED,
        editable=False,
        help_text=_("The level of the latest assessment, kept here for filtering and sorting."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    last_reviewed_on = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)
    proposed_by_email = models.EmailField(
        _("proposer's e-mail"),
        blank=True,
        help_text=_("Told when the practice is published; removed after that."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposed_practices",
        verbose_name=_("proposed by"),
    )

    # Base forms and compound parts of the Finnish and Swedish text (practices.search_index),
    # so that any inflected form of a word finds the practice on every database.
    search_terms_title = models.TextField(editable=False, blank=True, default="")
    search_terms_body = models.TextField(editable=False, blank=True, default="")
    search_vector = SearchVectorField(editable=False, null=True)
    # The title's terms alone, small enough to stay in the row: the results are ranked by
    # it, since ranking thousands of matches by the whole text's vector read each from
    # TOAST (0.15 s for a word in half of 10,000 practices, against 0.006 s).
    title_vector = SearchVectorField(editable=False, null=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(started_on__lte=models.F("ended_on")),
                name="practices_practice_period",
                violation_error_message=_("A practice cannot end before it starts."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="practices_status_published"),
            models.Index(fields=["status", "evidence_level"], name="practices_status_evidence"),
            # The list's default order, in each language: without them every page sorted all
            # the published practices. They hold the columns the list's counting statement
            # reads (practices.facet_counts), which reads them alone, not the wide rows.
            models.Index(
                fields=["status", "title_fi", "id"],
                include=LIST_COLUMNS,
                name="practices_status_title_fi",
            ),
            models.Index(
                fields=["status", "title_sv", "id"],
                include=LIST_COLUMNS,
                name="practices_status_title_sv",
            ),
            # The admin's list of every practice, by title in each language: without them
            # each page of it sorted all the practices, whole rows (PracticeAdmin.ordering).
            models.Index(fields=["title_fi", "id"], name="practices_title_fi"),
            models.Index(fields=["title_sv", "id"], name="practices_title_sv"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.search_terms_title, self.search_terms_body = search_index.terms_for(self)
        super().save(*args, **kwargs)
        search_index.update_vector(self)

    def get_absolute_url(self):
        return reverse("practices:detail", kwargs={"slug": self.slug})

    def refresh_evidence(self):
        """Show the latest assessment; called whenever an assessment is saved or removed."""
        latest = self.assessments.order_by("-assessed_on", "-pk").first()
        self.latest_assessment = latest
        self.evidence_level = latest.level if latest else EvidenceLevel.NOT_ASSESSED
        Practice.objects.filter(pk=self.pk).update(
            latest_assessment=latest, evidence_level=self.evidence_level
        )

    @property
    def is_ongoing(self):
        return self.ended_on is None or self.ended_on >= timezone.localdate()

    @property
    def is_review_overdue(self):
        return bool(self.next_review_due and self.next_review_due < timezone.localdate())

    def missing_for_publishing(self):
        """The fields that must be filled in both languages before the practice is public."""
        missing = []
        for field in ("title", "summary"):
            for code, _name in settings.LANGUAGES:
                if not (getattr(self, f"{field}_{code}", "") or "").strip():
                    missing.append(f"{field}_{code}")
        return missing


class Step(ContentModel):
    """One step of a practice's model, in order."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="steps", verbose_name=_("practice")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        ordering = ["practice", "order", "pk"]

    def __str__(self):
        return f"{self.order}. {self.title}"


class Assessment(ContentModel):
    """A rating of a practice's evidence: level, why, on which sources, by whom and when."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="assessments", verbose_name=_("practice")
    )
    level = models.SmallIntegerField(_("evidence level"), choices=EvidenceLevel)
    rationale = models.TextField(_("rationale"), help_text=MARKDOWN_HELP_TEXT)
    sources = models.ManyToManyField(
        Source, blank=True, related_name="assessments", verbose_name=_("sources it rests on")
    )
    assessed_by = models.CharField(
        _("assessed by"), max_length=200, help_text=_("The assessing organisation or group.")
    )
    assessed_on = models.DateField(_("assessed on"), default=datetime.date.today)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["practice", "-assessed_on", "-pk"]
        get_latest_by = ["assessed_on", "pk"]

    def __str__(self):
        return f"{self.practice}: {self.get_level_display()} ({self.assessed_on:%d.%m.%Y})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.practice.refresh_evidence()

    def delete(self, *args, **kwargs):
        practice = self.practice
        result = super().delete(*args, **kwargs)
        practice.refresh_evidence()
        return result


class Link(ContentModel):
    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="links", verbose_name=_("practice")
    )
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), max_length=500)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["practice", "pk"]

    def __str__(self):
        return self.title


class Attachment(ContentModel):
    """A document or an image; served as a download, never as a page."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("practice")
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"), upload_to="attachments/%Y/", validators=[validate_attachment]
    )

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["practice", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("practices:attachment", kwargs={"pk": self.pk})


class Priority(ContentModel):
    """A regional priority area for a period, with the practices selected for it."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    starts_on = models.DateField(_("period starts"))
    ends_on = models.DateField(_("period ends"), null=True, blank=True)
    selected_by = models.TextField(
        _("selected by"),
        blank=True,
        help_text=_("Who selected the practices: the network's actors together with immigrants."),
    )
    practices = models.ManyToManyField(
        Practice,
        through="PrioritySelection",
        blank=True,
        related_name="priorities",
        verbose_name=_("selected practices"),
    )
    stages = models.ManyToManyField(
        PathStage,
        blank=True,
        related_name="priorities",
        verbose_name=_("stages of the integration paths it answers"),
        help_text=_("Its page shows in how many municipalities each stage has a gap today."),
    )

    class Meta:
        verbose_name = _("regional priority")
        verbose_name_plural = _("regional priorities")
        ordering = ["-starts_on", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(starts_on__lte=models.F("ends_on")),
                name="practices_priority_period",
                violation_error_message=_("A period cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("practices:priority-list") + f"#{self.slug}"

    @property
    def period(self):
        """The period in words, as its page and the site search show it."""
        starts = date_format(self.starts_on, "j.n.Y")
        if self.ends_on:
            return f"{starts}–{date_format(self.ends_on, 'j.n.Y')}"
        return gettext("from %(date)s until further notice") % {"date": starts}


class PrioritySelection(ContentModel):
    """A practice selected for a priority, and why."""

    priority = models.ForeignKey(
        Priority, on_delete=models.CASCADE, related_name="selections", verbose_name=_("priority")
    )
    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="selections", verbose_name=_("practice")
    )
    reason = models.TextField(_("why it was selected"), blank=True)

    class Meta:
        verbose_name = _("selected practice")
        verbose_name_plural = _("selected practices")
        ordering = ["priority", "practice__title"]
        constraints = [
            models.UniqueConstraint(
                fields=["priority", "practice"],
                name="practices_selection_unique",
                violation_error_message=_("This practice is already selected for the priority."),
            ),
        ]

    def __str__(self):
        return f"{self.priority}: {self.practice}"


class AdoptionQuerySet(RevisionedQuerySet):
    def public(self):
        """What the public pages show: checked adoptions of published practices."""
        return self.filter(is_published=True, practice__status=Practice.Status.PUBLISHED)

    def in_use(self):
        """Adoptions still in use today."""
        today = timezone.localdate()
        return self.filter(Q(ended_on__isnull=True) | Q(ended_on__gte=today))


class Adoption(ContentModel):
    """A practice in use in a municipality or by an organisation (Innokylä's "local
    implementation"): since when, how it was adapted there, whom to ask and what came of it."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="adoptions", verbose_name=_("practice")
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="adoptions",
        verbose_name=_("municipality"),
        help_text=_(
            "Saved, the municipality is added to the practice's “in use in” list, and taken"
            " off it when its adoptions there have ended."
        ),
    )
    actor = models.ForeignKey(
        Actor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="adoptions",
        verbose_name=_("organisation"),
    )
    started_on = models.DateField(_("in use since"), null=True, blank=True)
    ended_on = models.DateField(
        _("in use until"), null=True, blank=True, help_text=_("Leave empty while it is in use.")
    )
    adaptation = models.TextField(_("how it was adapted"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    results = models.TextField(_("local results"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    contact_organisation = models.CharField(
        _("contact organisation"),
        max_length=200,
        blank=True,
        help_text=_("An organisation, not a person."),
    )
    contact_url = models.URLField(_("contact page"), blank=True)
    is_published = models.BooleanField(
        _("shown on the site"),
        default=True,
        help_text=_(
            "A proposal from municipal staff waits hidden until a coordinator has checked it."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = AdoptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        ordering = ["practice", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False) | Q(actor__isnull=False),
                name="practices_adoption_where",
                violation_error_message=_("Name the municipality or the organisation, or both."),
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(started_on__lte=models.F("ended_on")),
                name="practices_adoption_period",
                violation_error_message=_("A period cannot end before it starts."),
            ),
        ]

    def __str__(self):
        where = self.municipality or self.actor
        return f"{self.practice}: {where}"

    def get_absolute_url(self):
        return self.practice.get_absolute_url() + f"#adoption-{self.pk}"

    def save(self, *args, **kwargs):
        before = (
            Adoption.objects.filter(pk=self.pk).values("municipality", "is_published").first()
            if self.pk
            else None
        )
        super().save(*args, **kwargs)
        self.keep_on_in_use_list(self.municipality_id)
        left = before and before["is_published"] and before["municipality"]
        if left and (left != self.municipality_id or not self.is_published):
            self.take_off_in_use_list(left)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        if self.is_published:
            self.take_off_in_use_list(self.municipality_id)
        return result

    # The practice's "in use in" list (its list filter, the municipality's page and the gap
    # ranking read it) follows the checked adoptions; a place no checked adoption speaks of
    # stays as the coordinators listed it.
    def checked_in(self, place):
        return self.practice.adoptions.filter(municipality=place, is_published=True)

    def keep_on_in_use_list(self, place):
        """On the list while a checked adoption there is in use; off once they all ended."""
        if place is None:
            return
        if self.checked_in(place).in_use().exists():
            self.practice.municipalities.add(place)
        elif self.checked_in(place).exists():
            self.practice.municipalities.remove(place)

    def take_off_in_use_list(self, place):
        """A checked adoption moved, hidden or deleted: off the list unless another is in use."""
        if place and not self.checked_in(place).in_use().exists():
            self.practice.municipalities.remove(place)


class PendingProposal(models.Model):
    """A proposal from a visitor without an account, kept only until its e-mail address is
    confirmed: the link carries a random token, never the proposal or the address."""

    token = models.CharField(_("token"), max_length=64, unique=True)
    email = models.EmailField(_("e-mail"), blank=True)
    payload = models.JSONField(_("proposal"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("proposal awaiting confirmation")
        verbose_name_plural = _("proposals awaiting confirmation")
        ordering = ["created_at"]

    def __str__(self):
        return self.token[:8]


class FeedbackQuerySet(RevisionedQuerySet):
    def public(self):
        """What the practice's page shows: published feedback on a published practice."""
        return self.filter(
            status=Feedback.Status.PUBLISHED, practice__status=Practice.Status.PUBLISHED
        )


class Feedback(ModeratedWriting):
    """A question or a comment on a practice from anyone, with or without an account; shown
    on the practice's page once a coordinator has published it, with the answer of the
    coordinators or of an organisation that runs the practice."""

    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        COMMENT = "comment", _("Comment")

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="feedback", verbose_name=_("practice")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.QUESTION)
    text = models.TextField(_("text"))
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        Actor,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback_answers",
        verbose_name=_("answered by"),
        help_text=_(
            "An organisation that runs the practice, when the answer is its own; "
            "empty: the coordinators'."
        ),
    )
    # A private link for an organisation running the practice to write its own answer: only
    # its hash is kept, and it works once, until it expires.
    answer_link_hash = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    answer_link_actor = models.ForeignKey(
        Actor,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation asked to answer"),
    )
    answer_link_expires_at = models.DateTimeField(
        _("answer link valid until"), null=True, blank=True
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("question or comment")
        verbose_name_plural = _("questions and comments")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"

    def get_absolute_url(self):
        return f"{self.practice.get_absolute_url()}#feedback-{self.pk}"

    def clean(self):
        if self.answered_by_id and not self.practice.actors.filter(pk=self.answered_by_id).exists():
            raise ValidationError(
                {"answered_by": _("Choose one of the organisations that run the practice.")}
            )
        if self.answered_by_id and not self.answer.strip():
            raise ValidationError({"answer": _("Write the answer of the organisation chosen.")})
