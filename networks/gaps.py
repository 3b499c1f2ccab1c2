"""What could close a gap of the coverage matrix: for a municipality, a stage of a path and a
language that nobody serves it in, the actors who serve that stage in that language
elsewhere in the region (the same sub-region first), and the practices that serve the stage,
ranked by their evidence, whether they are delivered in that language and whether
comparable municipalities (those of the same sub-region) use them, with the reasons in words.

The practices app depends on this one: its practices and their adoptions are read through
the stage's reverse relations."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from networks.models import Municipality, PathStage, Role

LANGUAGES = ("fi", "sv")  # those the matrix counts
PARAMETERS = ("municipality", "stage", "language")  # of the gap page's address
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

    @property
    def is_finding(self):
        return self.practice.evidence_level < FINDINGS_BELOW

    def rank_key(self):
        """Evidence first, then the language, then use in comparable municipalities."""
        return (
            self.is_finding,
            -self.practice.evidence_level,
            not self.in_language,
            -len(self.nearby),
            -self.elsewhere,
            self.practice.title.casefold(),
        )


@dataclass
class Gap:
    municipality: Municipality
    stage: PathStage
    language: str
    served_by: list  # actors who already serve it (the cell is then no gap)
    actors: list
    practices: list

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


def practices_in_use(practice_filter):
    """The published practices that match `practice_filter` (a Q), each with the adoptions
    in use (`adoptions_in_use`) and the codes of its languages (`language_codes`): three
    queries, however many practices."""
    practice_model = PathStage._meta.get_field("practices").related_model
    adoption_model = practice_model._meta.get_field("adoptions").related_model
    in_use = (
        adoption_model.objects.public()
        .in_use()
        .filter(municipality__isnull=False)
        .select_related("municipality")
    )
    practices = list(
        practice_model.objects.published()
        .filter(pk__in=practice_model.objects.filter(practice_filter).values("pk"))
        .prefetch_related(
            Prefetch("adoptions", queryset=in_use, to_attr="adoptions_in_use"),
            Prefetch("languages", to_attr="language_list"),
        )
    )
    for practice in practices:
        practice.language_codes = {language.code for language in practice.language_list}
    return practices


def ranked(practices, municipality, language=None):
    """The practices as options for the municipality, the most promising first; `language`:
    the one the need is in, if any (a gap is in one language, a lagging indicator in none)."""
    options = []
    for practice in practices:
        places = {adoption.municipality for adoption in practice.adoptions_in_use}
        places.discard(municipality)
        nearby = sorted(
            (place for place in places if place.sub_region_id == municipality.sub_region_id),
            key=lambda place: place.name,
        )
        in_language = language is None or language in practice.language_codes
        option = PracticeOption(practice, in_language, nearby, len(places) - len(nearby))
        option.reasons = reasons_for(option, municipality, language)
        options.append(option)
    return sorted(options, key=PracticeOption.rank_key)


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
    reasons = [reason for reason in (evidence, spoken, near) if reason]
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
        practices=ranked(practices_in_use(Q(stages=stage)), municipality, language),
    )
