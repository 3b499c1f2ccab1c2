"""More practices fast: copies of the generated ones, made in SQL with their links and
search columns, for the search benchmark at 100,000 practices."""

from django.db import connection, transaction

from portal import caching
from practices.models import Practice

LINKS = ("themes", "target_groups", "stages", "municipalities", "languages", "actors", "sources")


def expand(total):
    """Copy the generated practices round by round until there are `total` of them."""
    table = Practice._meta.db_table
    columns = [f.column for f in Practice._meta.concrete_fields if f.column not in ("id", "slug")]
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    originals = Practice.objects.filter(slug__startswith="bench-kaytanto-").count()
    rounds = 0
    with transaction.atomic(), connection.cursor() as cursor:
        while Practice.objects.count() < total and originals:
            rounds += 1
            suffix = f"-x{rounds}"
            cursor.execute(
                f"INSERT INTO {table} ({quoted}, slug) SELECT {quoted}, slug || %s FROM {table} "
                "WHERE slug LIKE 'bench-kaytanto-%%' AND slug NOT LIKE '%%-x%%' "
                "ORDER BY id LIMIT %s",
                [suffix, total - Practice.objects.count()],
            )
            for name in LINKS:
                field = Practice._meta.get_field(name)
                links = field.remote_field.through._meta.db_table
                own, other = field.m2m_column_name(), field.m2m_reverse_name()
                cursor.execute(
                    f"INSERT INTO {links} ({own}, {other}) "
                    f"SELECT copy.id, link.{other} FROM {links} link "
                    f"JOIN {table} original ON original.id = link.{own} "
                    f"JOIN {table} copy ON copy.slug = original.slug || %s",
                    [suffix],
                )
    caching.content_changed()
    return Practice.objects.count()
