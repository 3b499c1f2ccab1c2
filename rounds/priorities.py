"""The regional priorities made of a round's result: its best-ranked candidate priorities,
as many as it had places to give, each with the round's best-ranked practices selected for
it."""

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext, override

from practices.models import Priority, PrioritySelection
from rounds import results
from rounds.models import Candidate


def unique_slug(title):
    base = slugify(title)[:100] or "painopiste"
    slug, number = base, 1
    while Priority.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def selected_by(round_, language):
    with override(language):
        return gettext("The shared priority round “%(round)s”: %(count)d rankings.") % {
            "round": getattr(round_, f"title_{language}") or round_.title,
            "count": results.ballot_counts(round_)["all"],
        }


def make_priorities(round_):
    """Makes the priorities not made yet; returns those made."""
    ranked = results.ranked_candidates(round_)
    chosen = [c for c in ranked[Candidate.Kind.PRIORITY] if c.points][: round_.places]
    practices = [c.practice for c in ranked[Candidate.Kind.PRACTICE] if c.points][: round_.places]
    made = []
    for candidate in chosen:
        if candidate.priority_id:
            continue
        priority = Priority.objects.create(
            slug=unique_slug(candidate.title_fi or candidate.title),
            title_fi=candidate.title_fi or candidate.title,
            # A priority has a title in both languages; the Finnish stands in for a missing one.
            title_sv=candidate.title_sv or candidate.title_fi or candidate.title,
            description_fi=candidate.description_fi or "",
            description_sv=candidate.description_sv or "",
            starts_on=round_.period_starts_on or timezone.localdate(),
            selected_by_fi=selected_by(round_, "fi"),
            selected_by_sv=selected_by(round_, "sv"),
        )
        PrioritySelection.objects.bulk_create(
            PrioritySelection(priority=priority, practice=practice) for practice in practices
        )
        candidate.priority = priority
        candidate.save(update_fields=["priority"])
        made.append(priority)
    return made
