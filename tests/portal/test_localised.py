from types import SimpleNamespace

import pytest
from django.utils import translation

from agreements.diff import localised_text
from portal.localised import LocalisedText, localised


def named(fi="", sv=""):
    return SimpleNamespace(name_fi=fi, name_sv=sv)


@pytest.mark.parametrize(("language", "text"), [("fi", "Kaupunki"), ("sv", "Staden")])
def test_text_is_in_the_readers_language(language, text):
    with translation.override(language):
        assert localised(named("Kaupunki", "Staden"), "name") == LocalisedText(
            text=text, lang=language, is_fallback=False
        )


@pytest.mark.parametrize(("fi", "sv", "expected"), [("", "Staden", "sv"), ("Kaupunki", " ", "fi")])
def test_blank_text_falls_back_to_the_other_language_and_says_so(fi, sv, expected):
    reader = "sv" if expected == "fi" else "fi"
    with translation.override(reader):
        text = localised(named(fi, sv), "name")
    assert (text.lang, text.is_fallback) == (expected, True)
    assert str(text) == (fi or sv)


def test_a_language_given_wins_over_the_active_one():
    with translation.override("fi"):
        assert localised(named("Kaupunki", "Staden"), "name", "sv").text == "Staden"


def test_no_text_in_either_language_is_empty_in_the_readers_language():
    with translation.override("sv"):
        assert localised(named(), "name") == LocalisedText(text="", lang="sv", is_fallback=False)


def test_compared_text_is_normalised_and_names_its_language():
    section = SimpleNamespace(text_fi="", text_sv="Rad ett  \r\nRad två")
    assert localised_text(section, "text", "fi") == ("Rad ett\nRad två", "sv")
