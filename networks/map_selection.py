"""The network map's selection counted in the database: each chosen actor's ties, so that
the map can pick the actors it draws without loading a thousand actors and their ties."""

from dataclasses import dataclass

from django.db import connection
from modeltranslation.utils import build_localized_fieldname, get_language

from networks.models import Actor, Tie

# Per chosen actor: the distinct others tied to it either way, from it and to it. Ties to
# actors outside the selection do not count.
FIGURES_SQL = """
WITH chosen (id) AS ({chosen}),
ties AS (
    SELECT source_id, target_id FROM {tie}
    WHERE source_id IN (SELECT id FROM chosen) AND target_id IN (SELECT id FROM chosen)
),
ends AS (
    SELECT source_id AS actor_id, target_id AS other_id, TRUE AS outward FROM ties
    UNION ALL
    SELECT target_id, source_id, FALSE FROM ties
)
SELECT actor.id,
    COUNT(DISTINCT ends.other_id),
    COUNT(DISTINCT ends.other_id) FILTER (WHERE ends.outward),
    COUNT(DISTINCT ends.other_id) FILTER (WHERE NOT ends.outward)
FROM {actor} AS actor
JOIN chosen ON chosen.id = actor.id
LEFT JOIN ends ON ends.actor_id = actor.id
GROUP BY actor.id
ORDER BY 2 DESC, actor.{name}, actor.id
"""


@dataclass(frozen=True)
class Degrees:
    """The distinct actors tied to or from one actor, within the selection."""

    degree: int
    in_degree: int
    out_degree: int


@dataclass(frozen=True)
class Selection:
    """The chosen actors' figures; `ranked` holds their pks, most tied first, by name
    among equals."""

    ranked: tuple[int, ...]
    degrees: dict[int, Degrees]

    @property
    def isolated(self) -> tuple[int, ...]:
        """The chosen actors without a tie to another chosen one, by name."""
        return tuple(pk for pk in self.ranked if self.degrees[pk].degree == 0)

    def most_connected(self, limit: int) -> tuple[int, ...] | None:
        """The `limit` actors tied to the most others, or None when there are no more."""
        return self.ranked[:limit] if len(self.ranked) > limit else None


def count_selection(actors) -> Selection:
    """The figures of the actors of a queryset, counted in one query."""
    chosen, params = actors.order_by().values("pk").distinct().query.sql_with_params()
    quote = connection.ops.quote_name
    sql = FIGURES_SQL.format(
        chosen=chosen,
        tie=quote(Tie._meta.db_table),
        actor=quote(Actor._meta.db_table),
        name=quote(build_localized_fieldname("name", get_language())),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return Selection(
        ranked=tuple(row[0] for row in rows),
        degrees={
            pk: Degrees(degree=degree, in_degree=inward, out_degree=outward)
            for pk, degree, outward, inward in rows
        },
    )
