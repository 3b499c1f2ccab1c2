"""The glossary's words stay in use: none of the words it marks as not to be used (and none of
the slips of issue 23) may appear in the catalogues or in the demo content. The words are data,
in glossary_not_to_use.toml next to this file."""

import ast
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from modeltranslation.translator import translator

from agreements.models import Comment

RULES_FILE = Path(__file__).with_name("glossary_not_to_use.toml")
LANGUAGES = ("fi", "sv")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n+")


@dataclass(frozen=True)
class Rule:
    language: str
    pattern: re.Pattern
    use: str
    where: tuple[str, ...]
    unless: re.Pattern | None

    def offences(self, text):
        """The sentences of text where the rule's word is used outside its allowed context."""
        for sentence in SENTENCE_END.split(text):
            match = self.pattern.search(sentence)
            if match and not (self.unless and self.unless.search(sentence)):
                yield f"“{match.group(0)}” in “{sentence.strip()}” (use {self.use})"


def load_rules():
    with RULES_FILE.open("rb") as file:
        data = tomllib.load(file)
    return [
        Rule(
            language=rule["language"],
            pattern=re.compile(rule["pattern"]),
            use=rule["use"],
            where=tuple(rule.get("where", ("catalogue", "demo"))),
            unless=re.compile(rule["unless"]) if "unless" in rule else None,
        )
        for rule in data["rule"]
    ]


RULES = load_rules()


def rules_for(language, where):
    return [rule for rule in RULES if rule.language == language and where in rule.where]


def catalogue_messages(language):
    """(msgid, msgstr) of every live entry of the language's django.po, plural forms apart."""
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    entries, entry, key = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("msgid ") and any(name.startswith("msgstr") for name in entry):
            entries.append(entry)
            entry = {}
        if line.startswith(("msgctxt ", "msgid ", "msgid_plural ", "msgstr")):
            key, value = line.split(" ", 1)
            entry[key] = ast.literal_eval(value)
        elif line.startswith('"') and key:
            entry[key] += ast.literal_eval(line)
        elif not line.startswith("#~"):
            key = None if line.startswith("#") or not line.strip() else key
    entries.append(entry)
    for entry in entries:
        if not entry.get("msgid"):
            continue  # the header
        for name, value in entry.items():
            if name.startswith("msgstr"):
                yield entry["msgid"], value


def test_the_rules_file_has_rules_for_both_languages_in_both_places():
    for language in LANGUAGES:
        assert rules_for(language, "catalogue") and rules_for(language, "demo")


def test_the_rules_catch_the_words_they_are_written_for():
    examples = {
        "sv": [
            "3 praxis sida vid sida",
            "De valda praxis",
            "på en praxis sida",
            "Praxisens namn",
            "Lämna bort en rad",
            "lämnas bort",
            "versioner som är ute på kommentarer",
            "inom måltiden",
            "Filtrera källor",
            "Malmö högskola",
            "NTM-centralen i Österbotten",
        ],
        "fi": [
            "Mittarit ovat seuraavat",
            "Sopimus on raamisopimus.",
            "%(counter)s kohtaa lisätty",
            "Palvellut kunnat",
            "Pohjanmaan ELY-keskus",
        ],
    }
    for language, texts in examples.items():
        for text in texts:
            found = [o for rule in rules_for(language, "catalogue") for o in rule.offences(text)]
            assert found, f"no rule catches {text!r}"
    allowed = {
        "sv": ["god praxis med evidens för effekten", "NTM-centralen i Österbotten till 2025"],
        "fi": ["Aloita luettelon kohta merkeillä", "ELY-keskus vuoden 2025 loppuun"],
    }
    for language, texts in allowed.items():
        for text in texts:
            found = [o for rule in rules_for(language, "catalogue") for o in rule.offences(text)]
            assert not found, found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_uses_the_glossarys_words(language):
    offences = [
        f"{msgid!r}: {offence}"
        for msgid, msgstr in catalogue_messages(language)
        for rule in rules_for(language, "catalogue")
        for offence in rule.offences(msgstr)
    ]
    assert not offences, "\n".join(offences)


def demo_texts():
    """(language, where, text) of every translated field of every record, comments too."""
    for model in translator.get_registered_models():
        options = translator.get_options_for_model(model)
        for field in options.fields:
            for language in LANGUAGES:
                column = f"{field}_{language}"
                for pk, text in model.objects.values_list("pk", column):
                    if text:
                        yield language, f"{model.__name__} {pk} {column}", str(text)
    # A comment is written in one language, and the coordinators answer in it.
    for comment in Comment.objects.all():
        for language in LANGUAGES:
            for name in ("text", "response"):
                yield language, f"Comment {comment.pk} {name}", getattr(comment, name)


@pytest.mark.django_db
def test_the_demo_content_uses_the_glossarys_words(demo_content):
    offences = [
        f"{where}: {offence}"
        for language, where, text in demo_texts()
        for rule in rules_for(language, "demo")
        for offence in rule.offences(text)
    ]
    assert not offences, "\n".join(offences)
