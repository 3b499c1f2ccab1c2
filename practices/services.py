"""Writes with rules: publishing and archiving practices, drafts from proposals, and the
e-mail they send."""

from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from networks.models import Actor, Municipality
from portal.mail import absolute, send_templated_mail
from practices.evidence import source_rule_error
from practices.models import Adoption, Practice
from practices.slugs import reserved_slugs

MISSING_LABELS = {
    "title_fi": _("the title in Finnish"),
    "title_sv": _("the title in Swedish"),
    "summary_fi": _("the summary in Finnish"),
    "summary_sv": _("the summary in Swedish"),
}
SLUG_LENGTH = Practice._meta.get_field("slug").max_length - 10


def incomplete_error(missing):
    """The error for a practice that lacks what publishing needs, naming what is missing."""
    return ValidationError(
        _(
            "A practice can be published only with its title and summary in both languages. "
            "Missing: %(missing)s."
        ),
        params={"missing": missing_labels(missing)},
        code="incomplete",
    )


def missing_labels(missing):
    return ", ".join(str(MISSING_LABELS.get(name, name)) for name in missing)


def publish(practice, *, base_url=""):
    """Publish the practice and tell whoever proposed it; refuse when it is incomplete.

    The proposer's e-mail address is removed once used (GDPR: kept only for this)."""
    missing = practice.missing_for_publishing()
    if missing:
        raise incomplete_error(missing)
    first_time = practice.published_at is None
    address_removed = bool(practice.proposed_by_email)
    recipient = practice.proposed_by_email or getattr(practice.proposed_by, "email", "")
    practice.status = Practice.Status.PUBLISHED
    practice.proposed_by_email = ""
    practice.save()
    if first_time and recipient:
        # After commit: the proposer is told only of a publication that really happened.
        transaction.on_commit(
            partial(tell_proposer, practice.pk, recipient, base_url, address_removed)
        )
    return practice


def archive(practice):
    practice.status = Practice.Status.ARCHIVED
    practice.save()
    return practice


def tell_proposer(practice_pk, recipient, base_url, address_removed):
    practice = Practice.objects.get(pk=practice_pk)

    def context_for(code):
        return {
            "title": getattr(practice, f"title_{code}"),
            "url": absolute(base_url, practice.get_absolute_url()),
            "address_removed": address_removed,
        }

    send_templated_mail("practices/email/published", [recipient], context_for)


def assessments_resting_on(source):
    """The assessments whose level would break the rating rules without this source."""
    return [
        assessment
        for assessment in source.assessments.select_related("practice").prefetch_related("sources")
        if source_rule_error(
            assessment.level, [s.kind for s in assessment.sources.all() if s.pk != source.pk]
        )
    ]


def assessments_broken_by_kind_change(source, kind):
    """The assessments whose level would break the rating rules if the source's kind changed."""
    return [
        assessment
        for assessment in source.assessments.select_related("practice").prefetch_related("sources")
        if source_rule_error(
            assessment.level,
            [kind if s.pk == source.pk else s.kind for s in assessment.sources.all()],
        )
    ]


@transaction.atomic
def create_proposal(proposal, *, user=None):
    """A draft from a proposal made on the site, in the language it was written in.

    `proposal` holds the proposal form's fields (municipalities as ids), `language` and,
    for visitors without an account, `email`."""
    language = proposal["language"]
    organisation = proposal["organisation"]
    actors = Actor.objects.filter(Q(name_fi__iexact=organisation) | Q(name_sv__iexact=organisation))
    contact = proposal.get("contact_organisation") or organisation
    description = proposal.get("description", "")
    if not actors and contact != organisation:
        # Not one of the actors we know and not the contact either: keep the name for the
        # coordinators, who add the organisation to the actors.
        with translation.override(language):
            note = gettext("Organisation running it: %(name)s") % {"name": organisation}
        description = f"{description}\n\n{note}".strip()
    practice = Practice(
        status=Practice.Status.DRAFT,
        slug=unique_slug(proposal["title"]),
        contact_organisation=contact,
        proposed_by=user if user is not None and user.is_authenticated else None,
        proposed_by_email="" if user is not None and user.is_authenticated else proposal["email"],
    )
    for field, value in (
        ("title", proposal["title"]),
        ("summary", proposal["summary"]),
        ("description", description),
    ):
        setattr(practice, f"{field}_{language}", value)
    practice.save()
    practice.actors.set(actors)
    practice.municipalities.set(Municipality.objects.filter(pk__in=proposal["municipalities"]))
    return practice


def create_adoption_proposal(proposal):
    """A hidden adoption from what municipal staff told on the site, in the language they
    wrote in, for a coordinator to check and show. `proposal` holds the form's fields (the
    municipality as an id), `practice` (its id) and `language`. An organisation we know
    becomes the adoption's actor; another one is kept as the contact. None if the practice
    is no longer published, or the municipality or actor is gone, since it was told."""
    if not Practice.objects.published().filter(pk=proposal["practice"]).exists():
        return None
    for model, key in ((Municipality, "municipality"), (Actor, "actor")):
        if proposal.get(key) and not model.objects.filter(pk=proposal[key]).exists():
            return None
    language = proposal["language"]
    organisation = proposal.get("organisation", "")
    contact = proposal.get("contact_organisation", "")
    if organisation and not proposal.get("actor"):
        contact = contact or organisation  # Not an actor we know: kept as the contact.
    adoption = Adoption(
        practice_id=proposal["practice"],
        municipality_id=proposal.get("municipality"),
        actor_id=proposal.get("actor"),
        started_on=proposal.get("started_on") or None,
        contact_organisation=contact,
        is_published=False,
    )
    for field in ("adaptation", "results"):
        setattr(adoption, f"{field}_{language}", proposal.get(field, ""))
    adoption.save()
    return adoption


def unique_slug(title):
    base = slugify(title)[:SLUG_LENGTH].strip("-") or "practice"
    slug, number = base, 2
    while slug in reserved_slugs() or Practice.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug
