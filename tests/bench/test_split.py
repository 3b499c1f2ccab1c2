"""bench.split: a request's time told apart into SQL, compiling, rendering and the rest,
each counted once, the parts adding up to the whole."""

import time

import pytest
from django.db import connection
from django.template import engines

from bench.split import measured
from networks.models import Language

SLEPT = 0.03


def slow_database(execute, sql, params, many, context):
    time.sleep(SLEPT)
    return execute(sql, params, many, context)


class SlowToShow:
    """A value that takes SLEPT seconds to draw, and reads the database while drawn."""

    def __str__(self):
        time.sleep(SLEPT)
        return ", ".join(Language.objects.order_by("code").values_list("code", flat=True))


@pytest.mark.django_db
def test_a_query_read_while_a_template_renders_counts_as_sql_and_compiling_not_rendering():
    Language.objects.create(code="xx", name="Xx", order=9)
    template = engines["django"].from_string("<p>{{ value }}</p>")
    with measured() as parts, connection.execute_wrapper(slow_database):
        html = template.render({"value": SlowToShow()})
        time.sleep(SLEPT)  # outside any template or statement: the rest
    assert "xx" in html
    assert parts.statements == 1
    assert parts.compiling > 0
    assert SLEPT * 1000 <= parts.sql < SLEPT * 1000 + 25
    # The sleep inside the render is the template's; the statement run inside it is not.
    assert SLEPT * 1000 <= parts.rendering < SLEPT * 1000 + 25
    assert SLEPT * 1000 <= parts.rest < SLEPT * 1000 + 25
    assert parts.sql + parts.compiling + parts.rendering + parts.rest == pytest.approx(parts.total)


@pytest.mark.django_db
def test_nothing_stays_patched_after_the_measurement():
    from django.db.models.sql.compiler import SQLCompiler
    from django.template.backends.django import Template

    before = (SQLCompiler.as_sql, Template.render)
    with measured():
        list(Language.objects.all())
    assert (SQLCompiler.as_sql, Template.render) == before
    with measured() as later:
        pass
    assert later.statements == 0 and later.sql == 0
