"""Tests that run on PostgreSQL only: CI's second run of the suite, against the database
production runs. On SQLite they would take minutes of `make test`'s ten."""

import os

import pytest

ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith("postgres")


def on_postgresql_only(why):
    """Skip on SQLite, saying why the test is worth running on PostgreSQL alone."""
    return pytest.mark.skipif(
        not ON_POSTGRESQL, reason=f"PostgreSQL only (DATABASE_URL=postgres://…): {why}"
    )
