"""The practice list's counts in one statement: the practices matching the search words are
found once (a materialised CTE, with a flag per filter in use), and every count is read
from that set, the options' counts over the link tables.

Counting each option with the search condition inside a `COUNT … FILTER` evaluated the
search again for every count: 0.5 s for a common word at 10,000 practices."""

from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, F, Q

TOTAL = "__total__"
PAGE = "__page__"


@dataclass(frozen=True)
class LinkedFacet:
    """A facet counted over a link table: `name`, the practice's many-to-many `relation` and,
    for an option one step further (a stage's path), the foreign key `via` on the linked
    model."""

    name: str
    relation: str
    via: str = ""


@dataclass(frozen=True)
class ScalarFacet:
    """A facet on the practice's own columns: one Q per option."""

    name: str
    conditions: tuple[Q, ...]


def flag(condition):
    return ExpressionWrapper(condition, output_field=BooleanField())


def all_of(names):
    return " AND ".join(f'm."f_{name}"' for name in names) or "1 = 1"


def link_sql(model, facet, others):
    """(option id, practices) of one linked facet, from the matched set."""
    field = model._meta.get_field(facet.relation)
    through = field.remote_field.through._meta.db_table
    practice_column, other_column = field.m2m_column_name(), field.m2m_reverse_name()
    where = all_of(others)
    if not facet.via:
        return (
            f"SELECT %s, l.{other_column}, COUNT(*) FROM matched m "
            f"JOIN {through} l ON l.{practice_column} = m.match_id WHERE {where} "
            f"GROUP BY l.{other_column}"
        )
    linked = field.related_model._meta
    via_column = linked.get_field(facet.via).column
    return (
        f"SELECT %s, o.{via_column}, COUNT(DISTINCT m.match_id) FROM matched m "
        f"JOIN {through} l ON l.{practice_column} = m.match_id "
        f"JOIN {linked.db_table} o ON o.{linked.pk.column} = l.{other_column} "
        f"WHERE {where} GROUP BY o.{via_column}"
    )


@dataclass
class Counts:
    """What the one statement found: every count, and the ids of a page of the results."""

    counts: dict
    page_ids: list

    def get(self, key, default=0):
        return self.counts.get(key, default)


def count(matching, conditions, linked, scalars, order, window, *, searched=False):
    """The counts: (facet name, option id or index) → practices, and (TOTAL, None): those
    meeting all the filters; and the ids of the results from `window` (offset, limit) in the
    order `order` ((expression, descending) pairs), in one statement.

    `matching`: the practices before the filters (published, with the search words, if
    `searched`);
    `conditions`: each filter in use by name. An option's count holds the other filters,
    not its own facet's, so that it tells what choosing it would give."""
    columns = {"match_id": F("pk")}
    columns.update({f"o_{index}": expression for index, (expression, _d) in enumerate(order)})
    columns.update({f"f_{name}": flag(condition) for name, condition in conditions.items()})
    for facet in scalars:
        for index, condition in enumerate(facet.conditions):
            columns[f"s_{facet.name}_{index}"] = flag(condition)
    # annotate() then values(): modeltranslation's values(**expressions) selects every column.
    matched = matching.order_by().annotate(**columns).values(*columns)
    matched_sql, matched_params = matched.query.sql_with_params()

    def others(name):
        return [other for other in conditions if other != name]

    parts = [(f"SELECT %s, NULL, COUNT(*) FROM matched m WHERE {all_of(conditions)}", [TOTAL])]
    for facet in scalars:
        for index in range(len(facet.conditions)):
            where = " AND ".join([all_of(others(facet.name)), f'm."s_{facet.name}_{index}"'])
            parts.append(
                (f"SELECT %s, {index}, COUNT(*) FROM matched m WHERE {where}", [facet.name])
            )
    model = matching.model
    parts += [(link_sql(model, facet, others(facet.name)), [facet.name]) for facet in linked]
    offset, limit = window
    by = ", ".join(
        f'm."o_{index}" {"DESC" if descending else "ASC"}'
        for index, (_e, descending) in enumerate(order)
    )
    parts.append(
        (
            f"SELECT %s, ranked.match_id, ranked.position FROM (SELECT m.match_id, "
            f"ROW_NUMBER() OVER (ORDER BY {by}) AS position FROM matched m "
            f"WHERE {all_of(conditions)}) AS ranked "
            f"WHERE ranked.position > %s AND ranked.position <= %s",
            [PAGE, offset, offset + limit],
        )
    )
    sql = f"WITH matched AS MATERIALIZED ({matched_sql}) " + " UNION ALL ".join(
        part for part, _params in parts
    )
    params = [*matched_params, *(param for _part, part_params in parts for param in part_params)]
    if searched and connection.vendor == "postgresql":
        # The search words through their GIN index: for a common word the planner reckons a
        # scan of every row cheap, but each row's vector is then read from TOAST (0.12 s
        # against 0.01 s at 10,000 practices). Sent with the statement, SET LOCAL lasts for
        # it alone (one implicit transaction) outside a transaction, to its end inside one.
        sql = "SET LOCAL enable_seqscan = off; " + sql
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    page = sorted((position, pk) for name, pk, position in rows if name == PAGE)
    counts = {(name, option): number for name, option, number in rows if name != PAGE}
    return Counts(counts=counts, page_ids=[pk for _position, pk in page])
