"""The portal's own system checks."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from portal import checks


def test_the_swedish_dictionary_is_found_where_pip_put_it():
    assert checks.swedish_dictionary_installed(None) == []


def test_a_missing_swedish_dictionary_stops_manage_py_check(monkeypatch, tmp_path):
    monkeypatch.setattr(checks, "hunspell_dictionary_path", lambda name: Path(tmp_path) / name)
    with pytest.raises(SystemCheckError, match="portal.E001"):
        call_command("check")
