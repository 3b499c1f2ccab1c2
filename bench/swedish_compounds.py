"""Which splitter splits the Swedish compounds of the bank best (issue 18): each splitter is
given compounds from the demo content, each with the parts a reader sees in it, and counts
how many it splits into those parts (compared as Snowball stems, as the index stores them).

    .venv/bin/python bench/swedish_compounds.py [--hunspell DIR ...] [--postgres DSN]

Without options it measures the dictionary the portal uses (the hunspell-sv package, through
spylls). `--hunspell DIR` adds another Hunspell dictionary's sv_SE or sv_FI files (Debian's
hunspell-sv: /usr/share/hunspell); `--postgres DSN` adds PostgreSQL's ispell template over a
dictionary installed in its tsearch_data as `sv_ispell` (see docs/search.md)."""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from portal.search_terms import (  # noqa: E402
    HUNSPELL_SWEDISH,
    MIN_SWEDISH_PART,
    hunspell_compound_parts,
    hunspell_dictionary_path,
    swedish_stem,
)

# Compounds of the demo content (and of the issue), with their parts as a reader sees them.
COMPOUNDS = {
    "delaktighetspolitiken": ("delaktighet", "politik"),
    "beredningsprocessen": ("beredning", "process"),
    "integrationsutbildning": ("integration", "utbildning"),
    "kortutbildningar": ("kort", "utbildning"),
    "nätverksanalysen": ("nätverk", "analys"),
    "processbeskrivningar": ("process", "beskrivning"),
    "integrationsvägarna": ("integration", "väg"),
    "samverkansavtal": ("samverkan", "avtal"),
    "samverkansmodell": ("samverkan", "modell"),
    "strategiarbete": ("strategi", "arbete"),
    "kommunledningen": ("kommun", "ledning"),
    "sysselsättningsöversikt": ("sysselsättning", "översikt"),
    "befolkningsstruktur": ("befolkning", "struktur"),
    "projektbeskrivning": ("projekt", "beskrivning"),
    "kommuninvånare": ("kommun", "invånare"),
    "avsiktsförklaringen": ("avsikt", "förklaring"),
    "förhandsinformation": ("förhand", "information"),
    "integrationsprogrammet": ("integration", "program"),
    "arbetarskyddskortet": ("arbetarskydd", "kort"),
    "språkutbildningen": ("språk", "utbildning"),
    "arbetsförmedlingsstatistiken": ("arbet", "förmedling", "statistik"),
    "arbetslöshetsförmån": ("arbetslöshet", "förmån"),
    "bildningstjänster": ("bildning", "tjänst"),
    "examensutbildning": ("examen", "utbildning"),
    "familjetjänster": ("familj", "tjänst"),
    "flyktingmottagande": ("flykting", "mottagande"),
    "föreningsverksamhet": ("förening", "verksamhet"),
    "gymnasieutbildning": ("gymnasie", "utbildning"),
    "hälsoundersökningar": ("hälsa", "undersökning"),
    "integrationsenheten": ("integration", "enhet"),
    "integrationslagen": ("integration", "lag"),
    "integrationsplanen": ("integration", "plan"),
    "invandrarbakgrund": ("invandrare", "bakgrund"),
    "kunskapsbanken": ("kunskap", "bank"),
    "landskapsplanering": ("landskap", "planering"),
    "lokalavdelningar": ("lokal", "avdelning"),
    "medborgarinstitut": ("medborgare", "institut"),
    "målgrupperna": ("mål", "grupp"),
    "personuppgifter": ("person", "uppgift"),
    "principbeslut": ("princip", "beslut"),
    "regeringsperiodens": ("regering", "period"),
    "samhällsorienteringen": ("samhälle", "orientering"),
    "småbarnspedagogik": ("småbarn", "pedagogik"),
    "socialarbetet": ("social", "arbete"),
    "studiefärdigheter": ("studie", "färdighet"),
    "styrgruppen": ("styr", "grupp"),
    "tillgänglighetsutlåtande": ("tillgänglighet", "utlåtande"),
    "ungdomstjänster": ("ungdom", "tjänst"),
    "utvecklingsprojekt": ("utveckling", "projekt"),
    "välfärdsområdet": ("välfärd", "område"),
}


def stems(words):
    return {swedish_stem(word) for word in words if len(word) >= MIN_SWEDISH_PART}


def spylls_splitter(path):
    from spylls.hunspell import Dictionary

    dictionary = Dictionary.from_files(str(path))
    return lambda word: set(hunspell_compound_parts(dictionary, word))


def postgres_splitter(dsn):
    import psycopg2

    cursor = psycopg2.connect(dsn).cursor()

    def split(word):
        cursor.execute("SELECT ts_lexize('sv_ispell', %s)", [word])
        lexemes = cursor.fetchone()[0] or []
        return {lexeme for lexeme in lexemes if lexeme != word}

    return split


def measure(name, make_splitter):
    started = time.perf_counter()
    split = make_splitter()
    loaded = time.perf_counter() - started
    right, misses = 0, []
    started = time.perf_counter()
    for word, parts in COMPOUNDS.items():
        if stems(parts) <= stems(split(word)):
            right += 1
        else:
            misses.append(word)
    each = (time.perf_counter() - started) / len(COMPOUNDS) * 1000
    sys.stdout.write(
        f"{name}: {right}/{len(COMPOUNDS)} split right"
        f" (loaded in {loaded:.1f} s, {each:.0f} ms a word)\n"
    )
    if misses:
        sys.stdout.write("  missed: " + ", ".join(misses) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hunspell", action="append", default=[], type=Path)
    parser.add_argument("--postgres")
    options = parser.parse_args()
    portal = hunspell_dictionary_path(HUNSPELL_SWEDISH)
    measure(f"spylls + {portal}", lambda: spylls_splitter(portal))
    for path in options.hunspell:
        measure(f"spylls + {path}", lambda path=path: spylls_splitter(path))
    if options.postgres:
        measure("PostgreSQL ispell (sv_ispell)", lambda: postgres_splitter(options.postgres))


if __name__ == "__main__":
    main()
