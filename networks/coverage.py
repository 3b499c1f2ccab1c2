"""Who serves each municipality at each stage, in Finnish and in Swedish: the gaps."""

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from itertools import groupby

from django.db import connection
from django.urls import reverse

from networks.gaps import gap_url
from networks.models import Actor, Language, Role

FINNISH, SWEDISH = "fi", "sv"


@dataclass(frozen=True)
class Cell:
    municipality: object
    stage: object
    finnish: int
    swedish: int
    gap_base: str = ""  # the gap page's address, where "what could close it" is told

    @property
    def is_empty(self):
        return self.finnish == 0 and self.swedish == 0

    @property
    def has_gap(self):
        """Nobody serves it in Finnish, in Swedish or in either."""
        return not self.finnish or not self.swedish

    @property
    def finnish_gap_url(self):
        return gap_url(self.gap_base, self.municipality.slug, self.stage.pk, FINNISH)

    @property
    def swedish_gap_url(self):
        return gap_url(self.gap_base, self.municipality.slug, self.stage.pk, SWEDISH)


@dataclass
class Coverage:
    stages: list
    municipalities: list
    rows: list = field(default_factory=list)  # (municipality, [Cell per stage])

    # The figures below are read several times by the template, after the rows are in.

    @cached_property
    def stages_by_path(self):
        """(path, number of its stages) in column order, for the matrix's top header row."""
        return [
            (path, len(list(stages))) for path, stages in groupby(self.stages, key=lambda s: s.path)
        ]

    @cached_property
    def cells(self):
        return [cell for _municipality, cells in self.rows for cell in cells]

    @cached_property
    def empty_cells(self):
        return [cell for cell in self.cells if cell.is_empty]

    @cached_property
    def no_finnish(self):
        return [cell for cell in self.cells if cell.finnish == 0 and cell.swedish > 0]

    @cached_property
    def no_swedish(self):
        return [cell for cell in self.cells if cell.swedish == 0 and cell.finnish > 0]


# Distinct actors per municipality, stage and language among the roles in force: a role
# without municipalities of its own covers its actor's, and likewise for languages.
COUNTS_SQL = """
WITH roles AS ({roles}),
places AS (
    SELECT roles.pk AS role_id, own.municipality_id FROM roles
    JOIN {role_municipalities} AS own ON own.role_id = roles.pk
    UNION ALL
    SELECT roles.pk, served.municipality_id FROM roles
    JOIN {actor_municipalities} AS served ON served.actor_id = roles.actor_id
    WHERE NOT EXISTS (SELECT 1 FROM {role_municipalities} AS own WHERE own.role_id = roles.pk)
),
tongues AS (
    SELECT roles.pk AS role_id, own.language_id FROM roles
    JOIN {role_languages} AS own ON own.role_id = roles.pk
    UNION ALL
    SELECT roles.pk, spoken.language_id FROM roles
    JOIN {actor_languages} AS spoken ON spoken.actor_id = roles.actor_id
    WHERE NOT EXISTS (SELECT 1 FROM {role_languages} AS own WHERE own.role_id = roles.pk)
)
SELECT places.municipality_id, roles.stage_id,
    COUNT(DISTINCT roles.actor_id) FILTER (WHERE language.code = %s),
    COUNT(DISTINCT roles.actor_id) FILTER (WHERE language.code = %s)
FROM roles
JOIN places ON places.role_id = roles.pk
JOIN tongues ON tongues.role_id = roles.pk
JOIN {language} AS language ON language.id = tongues.language_id
WHERE language.code IN (%s, %s)
GROUP BY places.municipality_id, roles.stage_id
"""


def through_table(model, field_name):
    return connection.ops.quote_name(
        model._meta.get_field(field_name).remote_field.through._meta.db_table
    )


def count_actors(stages, day: datetime.date) -> dict[tuple[int, int], tuple[int, int]]:
    """(municipality pk, stage pk) -> (actors in Finnish, actors in Swedish), in one query;
    places and stages that nobody serves are left out."""
    if not stages:
        return {}  # No SQL to write for none: Django would refuse `IN ()`.
    roles = Role.objects.valid_on(day).filter(stage__in=stages).order_by()
    # Named, not placed: the translation manager may put the columns in another order.
    roles_sql, params = roles.values("pk", "actor_id", "stage_id").query.sql_with_params()
    sql = COUNTS_SQL.format(
        roles=roles_sql,
        role_municipalities=through_table(Role, "municipalities"),
        role_languages=through_table(Role, "languages"),
        actor_municipalities=through_table(Actor, "municipalities"),
        actor_languages=through_table(Actor, "languages"),
        language=connection.ops.quote_name(Language._meta.db_table),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, (*params, FINNISH, SWEDISH, FINNISH, SWEDISH))
        return {(place, stage): (finnish, swedish) for place, stage, finnish, swedish in cursor}


def build_coverage(stages, municipalities, day: datetime.date) -> Coverage:
    """Count distinct actors per (municipality, stage) and language. A role without its own
    municipalities or languages covers all of its actor's."""
    stages, municipalities = list(stages), list(municipalities)
    counts = count_actors([stage.pk for stage in stages], day)
    coverage = Coverage(stages=stages, municipalities=municipalities)
    gap_base = reverse("networks:gap")
    for municipality in municipalities:
        cells = [
            Cell(municipality, stage, *counts.get((municipality.pk, stage.pk), (0, 0)), gap_base)
            for stage in stages
        ]
        coverage.rows.append((municipality, cells))
    return coverage
