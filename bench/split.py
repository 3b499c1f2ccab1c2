"""Where a request's time goes, in the process: running SQL, compiling the ORM's statements,
rendering templates, and the rest (Python around them). For the cold budgets of
docs/performance.md: which part alone is already more than a page may take."""

import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from unittest import mock

from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.template.backends.django import Template


@dataclass
class Parts:
    """Milliseconds of one request, each counted once: a statement compiled or run while a
    template renders (a queryset read by the template) is the statement's, not the
    template's."""

    total: float = 0.0
    sql: float = 0.0  # executing statements and fetching their rows
    compiling: float = 0.0  # the ORM turning querysets into SQL
    rendering: float = 0.0  # Django templates
    statements: int = 0

    @property
    def rest(self):
        return max(0.0, self.total - self.sql - self.compiling - self.rendering)


class _Timer:
    """Times nested regions, each by its own time: the regions inside it are taken out."""

    def __init__(self, parts):
        self.parts, self.open = parts, []  # [part, started, time of regions inside]

    @contextmanager
    def region(self, part):
        self.open.append([part, time.perf_counter(), 0.0])
        try:
            yield
        finally:
            part, started, inner = self.open.pop()
            elapsed = time.perf_counter() - started
            setattr(self.parts, part, getattr(self.parts, part) + (elapsed - inner) * 1000)
            if self.open:
                self.open[-1][2] += elapsed

    def wrap(self, function, part):
        def timed(*args, **kwargs):
            with self.region(part):
                return function(*args, **kwargs)

        return timed

    def execute(self, run, sql, params, many, context):
        self.parts.statements += 1
        with self.region("sql"):
            return run(sql, params, many, context)


@contextmanager
def measured():
    """Yields a Parts filled in when the block ends."""
    parts = Parts()
    timer = _Timer(parts)
    with ExitStack() as stack:
        for owner, name, part in (
            (SQLCompiler, "as_sql", "compiling"),
            (Template, "render", "rendering"),
        ):
            timed = timer.wrap(getattr(owner, name), part)
            stack.enter_context(mock.patch.object(owner, name, timed))
        stack.enter_context(connection.execute_wrapper(timer.execute))
        started = time.perf_counter()
        yield parts
        parts.total = (time.perf_counter() - started) * 1000
