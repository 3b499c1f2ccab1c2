"""The apps depend on each other one way, as DESIGN.md orders them: networks, practices,
monitoring, agreements. An app imports only the apps before it (and the project package,
portal); a link pointing back up the chain is read through the reverse relation."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ORDER = ("networks", "practices", "monitoring", "agreements")


def imported_apps(app):
    """{(module file, imported app)} of every module of `app` but its migrations."""
    found = set()
    for path in (ROOT / app).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            found |= {(str(path.relative_to(ROOT)), name.split(".")[0]) for name in names}
    return found


@pytest.mark.parametrize("app", ORDER)
def test_an_app_imports_only_the_apps_before_it(app):
    later = set(ORDER[ORDER.index(app) + 1 :])
    assert imported_apps(app), app  # the walk found the app's modules
    assert sorted((path, name) for path, name in imported_apps(app) if name in later) == []
