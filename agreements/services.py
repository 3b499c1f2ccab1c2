"""The steering group's workflow: versions follow one another and move through statuses."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from agreements.models import Commitment, Decision, FollowUp, Section, Transition, Version
from portal.history import bulk as history

S = Version.Status
ALLOWED_TRANSITIONS = {
    S.DRAFT: {S.IN_REVIEW, S.SUPERSEDED},
    S.IN_REVIEW: {S.REVIEW_CLOSED, S.SUPERSEDED},
    S.REVIEW_CLOSED: {S.APPROVED, S.SUPERSEDED},
    S.APPROVED: {S.SENT, S.SUPERSEDED},
    S.SENT: {S.SIGNED, S.SUPERSEDED},
    S.SIGNED: set(),
    S.SUPERSEDED: set(),
}
TRANSLATED_SECTION_FIELDS = ("heading_fi", "heading_sv", "text_fi", "text_sv")
FOLLOW_UP_FIELDS = (
    "indicator_id",
    "municipality_id",
    "sub_region_id",
    "baseline_year",
    "target_value",
    "target_year",
    "order",
)


@transaction.atomic
def change_status(version, to_status, *, by, note="", review_closes_on=None, audience=None):
    """Move a version to a new status and record who did it and when."""
    version = Version.objects.select_for_update().get(pk=version.pk)
    if to_status not in ALLOWED_TRANSITIONS[version.status]:
        raise ValidationError(
            _("A version cannot move from “%(from)s” to “%(to)s”.")
            % {"from": version.get_status_display(), "to": S(to_status).label}
        )
    if to_status == S.IN_REVIEW:
        if review_closes_on is None:
            raise ValidationError(_("A review needs a closing date."))
        version.review_closes_on = review_closes_on
        version.audience = audience or version.audience
    if to_status == S.SIGNED:
        refuse_signing_without_decisions(version)
    Transition.objects.create(
        version=version, from_status=version.status, to_status=to_status, by=by, note=note
    )
    version.status = to_status
    version.save(update_fields=["status", "review_closes_on", "audience"])
    if to_status == S.SIGNED:
        supersede_versions_sent_before(version, by=by)
    return version


def refuse_signing_without_decisions(version):
    """A version is signed only when every party of the agreement has decided on this very
    version (a decision on an earlier one does not count) and at least one approved it."""
    parties = list(version.agreement.parties.select_related("actor"))
    if not parties:
        raise ValidationError(
            _("The agreement has no parties: add them and their decisions before signing.")
        )
    decided = dict(
        Decision.objects.filter(version=version)
        .exclude(status=Decision.Status.PENDING)
        .values_list("party_id", "status")
    )
    missing = [party for party in parties if party.pk not in decided]
    if missing:
        raise ValidationError(
            _(
                "Version %(number)d can be marked signed only when every party has decided on "
                "it. No decision on this version is recorded for: %(parties)s."
            )
            % {"number": version.number, "parties": ", ".join(str(p) for p in missing)},
            code="decisions_missing",
        )
    if Decision.Status.APPROVED not in decided.values():
        raise ValidationError(
            _("No party approved version %(number)d, so it cannot be marked signed.")
            % {"number": version.number},
            code="nobody_approved",
        )


def supersede_versions_sent_before(version, *, by):
    """Earlier versions still waiting in the parties' decision-making give way to the signed
    one; the step is on each one's timeline."""
    earlier = version.agreement.versions.filter(status=S.SENT, number__lt=version.number)
    for sent in earlier:
        change_status(
            sent,
            S.SUPERSEDED,
            by=by,
            note=_("Version %(number)d was signed.") % {"number": version.number},
        )


@transaction.atomic
def new_version(version, *, by):
    """A new draft that starts as a copy of `version`; each section keeps its identity."""
    agreement = version.agreement
    if agreement.versions.filter(status=S.DRAFT).exists():
        raise ValidationError(_("The agreement already has a draft: edit that one."))
    number = agreement.versions.aggregate(highest=Max("number"))["highest"] + 1
    draft = Version.objects.create(
        agreement=agreement, number=number, based_on=version, audience=version.audience
    )
    history.bulk_create(
        Section,
        (
            Section(
                version=draft,
                identity=section.identity,
                order=section.order,
                heading=section.heading,
                text=section.text,
                **{field: getattr(section, field) for field in TRANSLATED_SECTION_FIELDS},
            )
            for section in version.sections.all()
        ),
    )
    copy_commitments(version, draft)
    # The timeline names the version it started from (Version.based_on).
    Transition.objects.create(version=draft, from_status=S.DRAFT, to_status=S.DRAFT, by=by)
    return draft


def copy_commitments(version, draft):
    """The parties' commitments of `version`, with their practices, paths and indicators, as
    the new draft's own: they change with the draft, the frozen version keeps its own."""
    commitments = version.commitments.prefetch_related("practices", "paths", "follow_ups")
    for commitment in commitments:
        copy = Commitment.objects.create(
            version=draft,
            party_id=commitment.party_id,
            order=commitment.order,
            text=commitment.text,
            text_fi=commitment.text_fi,
            text_sv=commitment.text_sv,
        )
        copy.practices.set(commitment.practices.all())
        copy.paths.set(commitment.paths.all())
        history.bulk_create(
            FollowUp,
            (
                FollowUp(
                    commitment=copy,
                    **{field: getattr(follow_up, field) for field in FOLLOW_UP_FIELDS},
                )
                for follow_up in commitment.follow_ups.all()
            ),
        )
