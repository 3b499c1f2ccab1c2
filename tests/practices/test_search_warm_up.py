"""Nobody waits for the Finnish analyser: a worker loads it as it starts, and a word is
analysed once for every worker (the analysis is kept in the shared cache)."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest

from portal import search_terms
from tests.practices.factories import PracticeFactory

ROOT = Path(__file__).resolve().parent.parent.parent


def run_python(code):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings_test"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_a_worker_loads_the_analyser_before_its_first_request():
    loaded = run_python(
        "import sys, portal.wsgi; from portal import search_terms; "
        "print('pyvoikko' in sys.modules, bool(search_terms._known))"
    )
    assert loaded == "True True"


def test_a_management_command_that_does_not_search_does_not_load_it():
    assert run_python("import sys, django; django.setup(); print('pyvoikko' in sys.modules)") == (
        "False"
    )


class CountingVoikko:
    def __init__(self):
        self.words = []
        self.real = search_terms._voikko()

    def analyse(self, word):
        self.words.append(word)
        return self.real.analyse(word)


@pytest.fixture
def counting_voikko():
    counting = CountingVoikko()
    with mock.patch.object(search_terms, "_voikko", return_value=counting):
        search_terms._known.clear()
        yield counting
    search_terms._known.clear()


@pytest.mark.django_db
def test_a_word_is_analysed_once_for_every_worker(counting_voikko):
    practice = PracticeFactory(
        slug="uusi", title_fi="Maahanmuuttajien työllistyminen", summary_fi="Kunnat ohjaavat."
    )
    assert set(counting_voikko.words) >= {"maahanmuuttajien", "työllistyminen", "kunnat"}
    analysed = len(counting_voikko.words)
    # Another worker, with nothing of its own yet, finds the words in the shared cache.
    search_terms._known.clear()
    practice.summary_fi = "Kunnat ohjaavat maahanmuuttajia."
    practice.save()
    assert counting_voikko.words[analysed:] == ["maahanmuuttajia"]
    assert "maahanmuuttaja" in practice.search_terms_body


@pytest.mark.django_db
def test_a_cache_that_does_not_answer_only_makes_the_analysis_slower(counting_voikko):
    with mock.patch.object(search_terms.cache, "get_many", side_effect=ConnectionError):
        practice = PracticeFactory(slug="toinen", title_fi="Kotoutumiskoulutus")
    assert "kotoutumiskoulutus" in practice.search_terms_title
