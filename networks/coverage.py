"""Who serves each municipality at each stage, in Finnish and in Swedish: the gaps."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Prefetch

from networks.models import Actor, Language, Role

FINNISH, SWEDISH = "fi", "sv"


@dataclass(frozen=True)
class Cell:
    municipality: object
    stage: object
    finnish: int
    swedish: int

    @property
    def is_empty(self):
        return self.finnish == 0 and self.swedish == 0


@dataclass
class Coverage:
    stages: list
    municipalities: list
    rows: list = field(default_factory=list)  # (municipality, [Cell per stage])

    @property
    def stages_by_path(self):
        """(path, number of its stages) in column order, for the matrix's top header row."""
        return [
            (path, len(list(stages))) for path, stages in groupby(self.stages, key=lambda s: s.path)
        ]

    @property
    def cells(self):
        return [cell for _municipality, cells in self.rows for cell in cells]

    @property
    def empty_cells(self):
        return [cell for cell in self.cells if cell.is_empty]

    @property
    def no_finnish(self):
        return [cell for cell in self.cells if cell.finnish == 0 and cell.swedish > 0]

    @property
    def no_swedish(self):
        return [cell for cell in self.cells if cell.swedish == 0 and cell.finnish > 0]


def roles_in_force(stages, day: datetime.date):
    languages = Prefetch("languages", queryset=Language.objects.only("code"))
    actors = Prefetch(
        "actor",
        queryset=Actor.objects.only("pk").prefetch_related(
            "municipalities", Prefetch("languages", queryset=Language.objects.only("code"))
        ),
    )
    return (
        Role.objects.valid_on(day)
        .filter(stage__in=stages)
        .only("pk", "actor_id", "stage_id")
        .prefetch_related("municipalities", languages, actors)
    )


def build_coverage(stages, municipalities, day: datetime.date) -> Coverage:
    """Count distinct actors per (municipality, stage) and language. A role without its own
    municipalities or languages covers all of its actor's."""
    stages, municipalities = list(stages), list(municipalities)
    serving = defaultdict(lambda: {FINNISH: set(), SWEDISH: set()})
    for role in roles_in_force(stages, day):
        role_municipalities = role.municipalities.all() or role.actor.municipalities.all()
        role_languages = role.languages.all() or role.actor.languages.all()
        codes = {language.code for language in role_languages}
        for municipality in role_municipalities:
            for code in codes & {FINNISH, SWEDISH}:
                serving[(municipality.pk, role.stage_id)][code].add(role.actor_id)
    coverage = Coverage(stages=stages, municipalities=municipalities)
    for municipality in municipalities:
        cells = []
        for stage in stages:
            actors = serving[(municipality.pk, stage.pk)]
            cells.append(Cell(municipality, stage, len(actors[FINNISH]), len(actors[SWEDISH])))
        coverage.rows.append((municipality, cells))
    return coverage
