"""What could close a gap of the coverage matrix: for a municipality, a stage of a path and a
language that nobody serves it in, the actors who serve that stage in that language
elsewhere in the region (the same sub-region first), and the practices that serve the stage,
ranked by their evidence, whether they are delivered in that language and whether
comparable municipalities (those of the same sub-region) use them, with the reasons in words.

The practices app depends on this one: its practices and the municipalities they are in use
in are read through the stage's reverse relations."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import (
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname, get_language

from networks.models import Municipality, PathStage, Role

LANGUAGES = ("fi", "sv")  # those the matrix counts
PARAMETERS = ("municipality", "stage", "language")  # of the gap page's address
PRACTICES_SHOWN = 10  # the most promising practices shown for a need
FINDINGS_BELOW = 0  # evidence levels under this are findings of no effect or of harm


def gap_url(base, municipality_slug, stage_pk, language):
    """The gap page's address, from the page's own (reversed once for a whole matrix)."""
    return (
        f"{base}?{urlencode(zip(PARAMETERS, (municipality_slug, stage_pk, language), strict=True))}"
    )


def language_words(code):
    return {"fi": _("in Finnish"), "sv": _("in Swedish")}[code]


@dataclass
class ActorOption:
    """An actor who serves the stage in the language, and where."""

    actor: object
    places: list = field(default_factory=list)  # municipalities it serves at this stage
    near: bool = False  # in the municipality's own sub-region


@dataclass
class PracticeOption:
    practice: object
    in_language: bool
    nearby: list  # municipalities of the same sub-region that use it
    elsewhere: int  # other municipalities that use it
    reasons: list = field(default_factory=list)
    in_use_here: bool = False  # the municipality whose need it is uses it already

    @property
    def is_finding(self):
        return self.practice.evidence_level < FINDINGS_BELOW


@dataclass
class Ranked:
    """A need's most promising practices, and how many serve it in all."""

    total: int = 0
    options: list = field(default_factory=list)

    @property
    def more(self):
        return self.total > len(self.options)


@dataclass
class Gap:
    municipality: Municipality
    stage: PathStage
    language: str
    served_by: list  # actors who already serve it (the cell is then no gap)
    actors: list
    practices: Ranked

    @property
    def language_words(self):
        return language_words(self.language)


def roles_in_language(stage, language, day):
    """The stage's roles in force that are carried out in `language`: a role without
    languages of its own speaks its actor's (as the matrix counts them)."""
    spoken = Q(languages__code=language) | Q(
        languages__isnull=True, actor__languages__code=language
    )
    matching = Role.objects.valid_on(day).filter(spoken, stage=stage).values("pk")
    return (
        Role.objects.filter(pk__in=matching)
        .select_related("actor")
        .prefetch_related("municipalities", "actor__municipalities")
        .order_by("actor__name", "pk")
    )


def actor_options(municipality, stage, language, day):
    """(actors serving the municipality already, actors serving the stage elsewhere)."""
    by_actor = {}
    for role in roles_in_language(stage, language, day):
        places = list(role.municipalities.all()) or list(role.actor.municipalities.all())
        option = by_actor.setdefault(role.actor.pk, ActorOption(role.actor))
        option.places.extend(place for place in places if place not in option.places)
    served_by, elsewhere = [], []
    for option in by_actor.values():
        if municipality in option.places:
            served_by.append(option.actor)
            continue
        option.near = any(
            place.sub_region_id == municipality.sub_region_id for place in option.places
        )
        option.places.sort(
            key=lambda place: (place.sub_region_id != municipality.sub_region_id, place.name)
        )
        elsewhere.append(option)
    elsewhere.sort(key=lambda option: (not option.near, option.actor.name.casefold()))
    return served_by, elsewhere


def count_of(places):
    """The number of rows of `places` (a practice's "in use in" links) of the outer row's
    practice, as a subquery (0 for none)."""
    counted = places.order_by().values("practice").annotate(n=Count("pk")).values("n")[:1]
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def in_use_links():
    """The link rows of practices to the municipalities they are in use in: what
    coordinators list on the practice, kept in step with its adoptions."""
    return PathStage._meta.get_field("practices").related_model.municipalities.through.objects


# The practice's fields that an option draws: its link, title and evidence.
OPTION_FIELDS = ("slug", "title", "title_fi", "title_sv", "evidence_level")


@dataclass(frozen=True)
class Want:
    """Practices wanted for a kind of need: the rows of a link table (a stage's practices,
    an indicator's), the column that groups them by need, and the need's language if any."""

    links: object
    group: str
    language: str | None = None


def ranked_rows(want, municipality, limit):
    """The link rows of the most promising published practices of each group, ranked in
    SQL: by evidence, then by the language (if the need has one), then by use in comparable
    municipalities (the same sub-region) and elsewhere; a finding of no effect or of harm
    (a negative level) comes last by its level alone. One query, however many practices and
    groups."""
    practice_model = PathStage._meta.get_field("practices").related_model
    used_elsewhere = (
        in_use_links().filter(practice=OuterRef("practice_id")).exclude(municipality=municipality)
    )
    near = Q(municipality__sub_region=municipality.sub_region_id)
    if want.language:
        spoken = practice_model.languages.through.objects.filter(
            practice=OuterRef("practice_id"), language__code=want.language
        )
        in_language = Exists(spoken)
    else:
        in_language = Value(True)
    title = f"practice__{build_localized_fieldname('title', get_language())}"
    per_group = {"partition_by": F(want.group)}
    rank_order = [
        F("practice__evidence_level").desc(),
        F("in_language").desc(),
        F("nearby").desc(),
        F("elsewhere").desc(),
        F(title).asc(),
        F("practice_id").asc(),
    ]
    return list(
        want.links.filter(practice__status="published")
        .annotate(
            in_language=in_language,
            nearby=count_of(used_elsewhere.filter(near)),
            elsewhere=count_of(used_elsewhere.exclude(near)),
            here=Exists(
                in_use_links().filter(practice=OuterRef("practice_id"), municipality=municipality)
            ),
        )
        .annotate(
            rank=Window(RowNumber(), order_by=rank_order, **per_group),
            total=Window(Count("pk"), **per_group),
        )
        .filter(rank__lte=limit)
        .select_related("practice")
        # What an option shows: every row carried through the ranking's sort costs its
        # width, and a practice's full record (its search vectors from TOAST) tripled it.
        .only(want.group, *(f"practice__{name}" for name in OPTION_FIELDS))
        .order_by(want.group, "rank")
    )


def top_practices(municipality, *wants, limit=PRACTICES_SHOWN):
    """For each Want, {group value: Ranked}: a query per want and one more for the names of
    the comparable municipalities that use the practices shown."""
    found_rows = [ranked_rows(want, municipality, limit) for want in wants]
    shown = {row.practice_id for rows in found_rows for row in rows}
    nearby_places = defaultdict(list)
    if shown:
        in_use = (
            in_use_links()
            .filter(municipality__sub_region=municipality.sub_region_id, practice__in=shown)
            .exclude(municipality=municipality)
            .select_related("municipality")
        )
        for link in in_use:
            nearby_places[link.practice_id].append(link.municipality)
    results = []
    for want, rows in zip(wants, found_rows, strict=True):
        found = {}
        for row in rows:
            nearby = sorted(nearby_places[row.practice_id], key=lambda place: place.name)
            option = PracticeOption(
                row.practice, bool(row.in_language), nearby, row.elsewhere, in_use_here=row.here
            )
            option.reasons = reasons_for(option, municipality, want.language)
            found.setdefault(getattr(row, want.group), Ranked(total=row.total)).options.append(
                option
            )
        results.append(found)
    return results


def reasons_for(option, municipality, language):
    """Why the practice stands where it does, in words."""
    practice = option.practice
    if option.is_finding:
        evidence = _("Evidence: %(level)s. Not recommended.") % {
            "level": practice.get_evidence_level_display()
        }
    else:
        evidence = _("Evidence: %(level)s.") % {"level": practice.get_evidence_level_display()}
    if language is None:
        spoken = None
    elif option.in_language:
        spoken = _("Delivered %(language)s.") % {"language": language_words(language)}
    else:
        spoken = _("Not yet delivered %(language)s: it would need adapting.") % {
            "language": language_words(language)
        }
    sub_region = municipality.sub_region.name
    if option.nearby:
        names = ", ".join(place.name for place in option.nearby)
        near = ngettext(
            "In use in %(count)d municipality of %(sub_region)s: %(names)s.",
            "In use in %(count)d municipalities of %(sub_region)s: %(names)s.",
            len(option.nearby),
        ) % {"count": len(option.nearby), "sub_region": sub_region, "names": names}
    else:
        near = _("Not yet in use elsewhere in %(sub_region)s.") % {"sub_region": sub_region}
    # Said first: a practice the municipality runs already is no new idea for it, though
    # it may need to reach further (the gap's language, the lagging figure).
    here = (
        _("Already in use in %(municipality)s.") % {"municipality": municipality.name}
        if option.in_use_here
        else None
    )
    reasons = [reason for reason in (here, evidence, spoken, near) if reason]
    if option.elsewhere:
        reasons.append(
            ngettext(
                "In use in %(count)d other municipality of the region.",
                "In use in %(count)d other municipalities of the region.",
                option.elsewhere,
            )
            % {"count": option.elsewhere}
        )
    return reasons


def find_gap(municipality, stage, language, day: datetime.date):
    served_by, actors = actor_options(municipality, stage, language, day)
    return Gap(
        municipality=municipality,
        stage=stage,
        language=language,
        served_by=served_by,
        actors=actors,
        practices=top_practices(
            municipality,
            Want(
                PathStage.practices.through.objects.filter(pathstage=stage),
                "pathstage_id",
                language,
            ),
        )[0].get(stage.pk, Ranked()),
    )
