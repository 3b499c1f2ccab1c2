from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.revisions import RevisionedModel, RevisionedQuerySet
from portal.richtext import MARKDOWN_HELP_TEXT
from portal.searchable import SearchableQuerySet, SearchFields
from portal.text import NormalisedTextModel


class ContentModel(NormalisedTextModel, RevisionedModel):
    """A model whose rows coordinators edit: its text is stored normalised, and every write
    moves its revision on, so that a form opened before is refused (optimistic locking)."""

    class Meta:
        abstract = True


class PageQuerySet(SearchableQuerySet, RevisionedQuerySet):
    search_fields = SearchFields(title=("title",))


class Page(ContentModel):
    """A page whose text coordinators keep in the admin: the home page's introduction and
    the statements every Finnish public-sector site must publish."""

    class Key(models.TextChoices):
        HOME = "home", _("Home page introduction")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        PRIVACY = "privacy", _("Privacy notice")

    key = models.CharField(_("page"), max_length=32, choices=Key, unique=True)
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two plain sentences."))
    body = models.TextField(_("text"), blank=True, help_text=MARKDOWN_HELP_TEXT)
    # Only the accessibility statement has a feedback form (portal.accessibility).
    feedback_email = models.EmailField(
        _("address for feedback"),
        blank=True,
        help_text=_(
            "Where the messages of the statement's feedback form go, and the address the "
            "statement gives for feedback by e-mail: a shared mailbox of the coordinators, "
            "not a person's own. Left empty, the messages go to every coordinator."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("editable page")
        verbose_name_plural = _("editable pages")
        ordering = ["key"]

    def __str__(self):
        return self.get_key_display()

    def get_absolute_url(self):
        # Each page has its own address, named after its key.
        return reverse(f"portal:{self.key}")


class AttemptCount(models.Model):
    """Attempts of one kind counted for one identity (a username, an address, an e-mail
    address: hashed, see portal.ratelimit) in a window that starts at its first attempt.
    Kept in the database, not the cache, so that the limits hold when Redis does not answer;
    a row is deleted once its window has passed."""

    key = models.CharField(_("key"), max_length=100, unique=True)
    count = models.PositiveIntegerField(_("attempts"), default=1)
    expires_at = models.DateTimeField(_("window ends"))

    class Meta:
        verbose_name = _("attempt count")
        verbose_name_plural = _("attempt counts")
        ordering = ["expires_at"]
        indexes = [models.Index(fields=["expires_at"], name="portal_attempt_expires_idx")]

    def __str__(self):
        return self.key


class Subscription(models.Model):
    """An e-mail address following a topic (portal.following): a public hearing, the
    questions and comments on a practice, a kind of event. It gets mail only once its owner
    has confirmed it through the link sent to it (double opt-in); an unconfirmed one is
    deleted after a week, and any one at once through the link in each e-mail."""

    kind = models.CharField(_("kind"), max_length=40)
    ref = models.CharField(_("what is followed"), max_length=120)
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # Until when the news has been sent: the next e-mail tells what came after.
    notified_at = models.DateTimeField(_("last e-mail"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["kind", "ref", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "ref", "email"], name="portal_subscription_once"
            ),
        ]

    def __str__(self):
        return f"{self.kind}:{self.ref}"


class SearchEntry(models.Model):
    """A public record of any kind in the site-wide search (portal.search_index): its words
    analysed alike for every kind, and what its hit shows in each language. Derived from
    the record: written by the index, never by hand."""

    kind = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    # Which analysis wrote the row (search_index.ANALYSIS): rows of an older one are
    # written again after migrate.
    analysis = models.PositiveSmallIntegerField(default=0)
    title_fi = models.CharField(max_length=400, blank=True)
    title_sv = models.CharField(max_length=400, blank=True)
    # {language: {"url": …, "shown": the line under the title, "text": for the snippet}}
    shown = models.JSONField(default=dict)
    terms_title = models.TextField(blank=True)
    terms_summary = models.TextField(blank=True)
    terms_body = models.TextField(blank=True)
    # PostgreSQL only: the terms weighted A, B and C, GIN-indexed (migration 0010); and the
    # title's and summary's alone, small enough to rank every match by (search.entry_rank).
    vector = SearchVectorField(null=True)
    rank_vector = SearchVectorField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="portal_search_entry_once")
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class SearchWord(models.Model):
    """A word of the indexed text, as written: what "Did you mean …?" offers for a word that
    finds nothing (portal.spelling). On PostgreSQL trigram-indexed (migration 0010)."""

    word = models.CharField(max_length=60, unique=True)

    def __str__(self):
        return self.word
