import datetime

from django.conf import settings
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.models import ContentModel
from portal.revisions import RevisionedQuerySet
from portal.searchable import SearchableQuerySet, SearchFields


class SubRegion(ContentModel):
    """A group of municipalities that cooperate, such as the Jakobstad region or K5."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("sub-region")
        verbose_name_plural = _("sub-regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MunicipalityQuerySet(SearchableQuerySet, RevisionedQuerySet):
    search_fields = SearchFields(title=("name",))

    def for_list(self):
        return self.select_related("sub_region")


class Municipality(ContentModel):
    """One of Ostrobothnia's municipalities, named in Finnish and Swedish."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    sub_region = models.ForeignKey(
        SubRegion,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=_("sub-region"),
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("networks:municipality-detail", kwargs={"slug": self.slug})


class Language(ContentModel):
    """A language a service is given in; Finnish and Swedish first, then the others."""

    code = models.CharField(_("language code"), max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=60)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["order", "code"]

    def __str__(self):
        return self.name


class IntegrationPathQuerySet(SearchableQuerySet, RevisionedQuerySet):
    search_fields = SearchFields(title=("name",))


class IntegrationPath(ContentModel):
    """One of the three paths of the integration act that a newcomer follows."""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("identifier in addresses"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = IntegrationPathQuerySet.as_manager()

    class Meta:
        verbose_name = _("integration path")
        verbose_name_plural = _("integration paths")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("networks:path-detail", kwargs={"slug": self.slug})


class PathStage(ContentModel):
    """A stage of a path, in the order a newcomer meets it."""

    path = models.ForeignKey(
        IntegrationPath,
        on_delete=models.CASCADE,
        related_name="stages",
        verbose_name=_("integration path"),
    )
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["path__order", "order", "pk"]

    def __str__(self):
        return f"{self.path} – {self.name}"

    def get_absolute_url(self):
        return f"{self.path.get_absolute_url()}#stage-{self.pk}"


class ActorQuerySet(SearchableQuerySet, RevisionedQuerySet):
    search_fields = SearchFields(title=("name",))

    def for_list(self):
        """What the actor list shows: the parent's name and the languages, as a list."""
        languages = models.Prefetch("languages", to_attr="language_list")
        return self.select_related("parent").prefetch_related(languages)

    def serving(self, municipality):
        return self.filter(municipalities=municipality)


class Actor(ContentModel):
    """An organisation that takes part in integration work. Organisations only: no
    private person's contact details."""

    class Type(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        WELLBEING_COUNTY = "wellbeing_county", _("Wellbeing services county")
        STATE_AUTHORITY = "state_authority", _("State authority")
        EMPLOYMENT_SERVICES = "employment_services", _("Employment services")
        EDUCATION = "education", _("Educational institution")
        NGO = "ngo", _("NGO or association")
        EMPLOYER = "employer", _("Employer")
        PROJECT = "project", _("Project")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    actor_type = models.CharField(_("type"), max_length=32, choices=Type, default=Type.OTHER)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="units",
        verbose_name=_("parent organisation"),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(
        _("public e-mail"),
        blank=True,
        help_text=_("An organisation's shared address only, never a person's own."),
    )
    public_phone = models.CharField(
        _("public telephone"),
        max_length=40,
        blank=True,
        help_text=_("A switchboard or service number only, never a person's own."),
    )
    municipalities = models.ManyToManyField(
        Municipality, blank=True, related_name="actors", verbose_name=_("municipalities served")
    )
    languages = models.ManyToManyField(
        Language, blank=True, related_name="actors", verbose_name=_("languages served in")
    )

    objects = ActorQuerySet.as_manager()

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=F("pk")), name="networks_actor_not_own_parent"
            ),
        ]
        indexes = [models.Index(fields=["actor_type"], name="networks_actor_type_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("networks:actor-detail", kwargs={"slug": self.slug})

    def get_map_url(self):
        """The network map of this actor and those tied to it."""
        return reverse("networks:actor-map", kwargs={"slug": self.slug})


class InForceQuerySet(RevisionedQuerySet):
    """Records in force for a period (valid_from to valid_to, both optional): roles and ties
    change as responsibilities move between state and municipalities."""

    def valid_on(self, day: datetime.date):
        """Records in force on a day."""
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=day),
            Q(valid_to__isnull=True) | Q(valid_to__gte=day),
        )

    def current(self):
        return self.valid_on(timezone.localdate())

    def valid_during(self, year: int):
        """Records in force at any time of a year."""
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=datetime.date(year, 12, 31)),
            Q(valid_to__isnull=True) | Q(valid_to__gte=datetime.date(year, 1, 1)),
        )


class RoleQuerySet(InForceQuerySet):
    def responsible_first(self):
        kinds = [Role.Kind.RESPONSIBLE, Role.Kind.PARTICIPATES, Role.Kind.REFERS]
        rank = Case(*(When(kind=kind, then=Value(i)) for i, kind in enumerate(kinds)))
        return self.order_by(rank, "actor__name")


class Role(ContentModel):
    """What an actor does at a stage of a path, for which municipalities, in which languages."""

    class Kind(models.TextChoices):
        RESPONSIBLE = "responsible", _("Responsible")
        PARTICIPATES = "participates", _("Takes part")
        REFERS = "refers", _("Refers onwards")

    actor = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="roles", verbose_name=_("actor")
    )
    stage = models.ForeignKey(
        PathStage, on_delete=models.CASCADE, related_name="roles", verbose_name=_("stage")
    )
    kind = models.CharField(_("role"), max_length=16, choices=Kind, default=Kind.PARTICIPATES)
    description = models.TextField(_("what the actor does"), blank=True)
    municipalities = models.ManyToManyField(
        Municipality,
        blank=True,
        related_name="roles",
        verbose_name=_("municipalities"),
        help_text=_("Leave empty if the role covers all municipalities the actor serves."),
    )
    languages = models.ManyToManyField(
        Language,
        blank=True,
        related_name="roles",
        verbose_name=_("languages"),
        help_text=_("Leave empty if the role is given in all the actor's languages."),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["stage__path__order", "stage__order", "kind", "actor__name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_from__lte=F("valid_to")),
                name="networks_role_valid_period",
                violation_error_message=_("A role cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.actor}: {self.get_kind_display()} – {self.stage}"


class Tie(ContentModel):
    """A tie from one actor to another: who refers clients to whom, who funds whom."""

    class Kind(models.TextChoices):
        REFERS = "refers", _("Refers clients")
        COOPERATES = "cooperates", _("Cooperates")
        FUNDS = "funds", _("Funds")
        CONTRACTS = "contracts", _("Buys services under contract")
        INFORMS = "informs", _("Shares information")

    class Strength(models.IntegerChoices):
        WEAK = 1, pgettext_lazy("tie strength", "Occasional")
        MODERATE = 2, pgettext_lazy("tie strength", "Regular")
        STRONG = 3, pgettext_lazy("tie strength", "Close")

    source = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="ties_out", verbose_name=_("from actor")
    )
    target = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="ties_in", verbose_name=_("to actor")
    )
    kind = models.CharField(_("kind of tie"), max_length=16, choices=Kind)
    strength = models.PositiveSmallIntegerField(
        _("strength"), choices=Strength, default=Strength.MODERATE
    )
    description = models.TextField(_("description"), blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    objects = InForceQuerySet.as_manager()

    class Meta:
        verbose_name = _("tie")
        verbose_name_plural = _("ties")
        ordering = ["source__name", "target__name", "kind"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(source=F("target")),
                name="networks_tie_not_to_itself",
                violation_error_message=_("A tie must point to another actor."),
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_from__lte=F("valid_to")),
                name="networks_tie_valid_period",
                violation_error_message=_("A tie cannot end before it starts."),
            ),
            models.UniqueConstraint(
                fields=["source", "target", "kind"],
                name="networks_tie_unique",
                violation_error_message=_("This tie has already been entered."),
            ),
        ]

    def __str__(self):
        return f"{self.source} → {self.target} ({self.get_kind_display()})"


class Network(ContentModel):
    """A named group of actors that work together, such as the Hyvä alku network."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("identifier in addresses"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    actors = models.ManyToManyField(
        Actor, blank=True, related_name="networks", verbose_name=_("members")
    )

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('networks:map')}?network={self.slug}"


class TieSurvey(models.Model):
    """A private, expiring link through which an actor's own organisation confirms, adds or
    ends its ties and roles. Its answer waits for a coordinator's decision; the survey keeps
    the answer, who decided and when, on record. Only a hash of the link's token is stored:
    the link is shown once, when the survey is made."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for an answer")
        ANSWERED = "answered", _("Answered: waiting for a decision")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    actor = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="surveys", verbose_name=_("actor")
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    expires_at = models.DateTimeField(_("link valid until"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status, default=Status.OPEN, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("created by"),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, editable=False)
    answer = models.JSONField(_("answer"), default=dict, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("tie survey")
        verbose_name_plural = _("tie surveys")
        ordering = ["-created_at"]

    def __str__(self):
        return _("Tie survey of %(actor)s") % {"actor": self.actor}

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at
