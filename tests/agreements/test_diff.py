"""compare_versions: sections added, removed, moved and changed, with the words that changed."""

import uuid

from agreements.diff import compare_versions, word_diff
from agreements.models import Section

PURPOSE, LAW, PARTIES, GOALS, FOLLOW_UP, VALIDITY = (uuid.UUID(int=n) for n in range(1, 7))


def section(identity, heading_fi, text_fi, heading_sv="", text_sv=""):
    return Section(
        identity=identity,
        heading=heading_fi,
        heading_fi=heading_fi,
        heading_sv=heading_sv,
        text=text_fi,
        text_fi=text_fi,
        text_sv=text_sv,
    )


OLD = [
    section(PURPOSE, "Tarkoitus", "Sopimus ohjaa työtä.", "Syfte", "Avtalet styr arbetet."),
    section(LAW, "Säädöspohja", "Kotoutumislaki.", "Rättslig grund", "Integrationslagen."),
    section(
        GOALS,
        "Tavoitteet",
        "Kunnat tarjoavat ohjausta.",
        "Mål",
        "Kommunerna erbjuder vägledning.",
    ),
    section(PARTIES, "Osapuolet", "Kunnat ja järjestöt.", "Parter", "Kommuner och föreningar."),
    section(VALIDITY, "Voimassaolo", "Vuoden 2027 loppuun.", "Giltighet", ""),
]
NEW = [
    section(PURPOSE, "Tarkoitus", "Sopimus ohjaa työtä.", "Syfte", "Avtalet styr arbetet."),
    section(PARTIES, "Osapuolet", "Kunnat ja järjestöt.", "Parter", "Kommuner och föreningar."),
    section(
        GOALS,
        "Tavoitteet",
        "Kunnat järjestävät maksutonta ohjausta.",
        "Mål",
        "Kommunerna ordnar avgiftsfri vägledning.",
    ),
    section(FOLLOW_UP, "Seuranta", "Mittarit vuosittain.", "Uppföljning", "Indikatorer årligen."),
    section(VALIDITY, "Voimassaolo", "Vuoden 2027 loppuun.", "Giltighet", ""),
]


def test_each_section_is_added_removed_moved_changed_or_unchanged_in_the_new_order():
    changes = compare_versions(OLD, NEW, "fi")
    assert [(c.identity, c.status) for c in changes] == [
        (PURPOSE, "unchanged"),
        # Removed: where it was, after the section that preceded it.
        (LAW, "removed"),
        (PARTIES, "moved"),
        (GOALS, "changed"),
        (FOLLOW_UP, "added"),
        (VALIDITY, "unchanged"),
    ]


def test_a_moved_section_knows_its_old_and_new_position():
    parties = compare_versions(OLD, NEW, "fi")[2]
    assert (parties.old_position, parties.new_position) == (4, 2)
    assert parties.moved and not parties.changed


def test_moving_one_section_to_the_end_marks_only_that_one_as_moved():
    old = [section(uuid.UUID(int=n), f"Osa {n}", "") for n in range(1, 6)]
    new = old[1:] + old[:1]
    changes = compare_versions(old, new, "fi")
    assert [c.status for c in changes] == ["unchanged"] * 4 + ["moved"]


def test_a_replaced_and_an_inserted_word_give_exact_runs():
    goals = compare_versions(OLD, NEW, "fi")[3]
    assert goals.text_runs == [
        ("equal", "<p>Kunnat "),
        ("delete", "tarjoavat"),
        ("insert", "järjestävät maksutonta"),
        ("equal", " ohjausta.</p>"),
    ]
    assert goals.heading_runs == [("equal", "Tavoitteet")]
    assert goals.changed and goals.language == "fi"


def test_swedish_text_is_compared_in_swedish():
    goals = compare_versions(OLD, NEW, "sv")[3]
    assert goals.heading == "Mål"
    assert goals.text_runs == [
        ("equal", "<p>Kommunerna "),
        ("delete", "erbjuder"),
        ("insert", "ordnar avgiftsfri"),
        ("equal", " vägledning.</p>"),
    ]
    assert goals.language == "sv"


def test_added_and_removed_sections_are_all_insertion_or_all_deletion():
    changes = compare_versions(OLD, NEW, "sv")
    assert changes[1].text_runs == [
        ("equal", "<p>"),
        ("delete", "Integrationslagen."),
        ("equal", "</p>"),
    ]
    assert changes[1].heading == "Rättslig grund"
    assert changes[4].text_runs == [
        ("equal", "<p>"),
        ("insert", "Indikatorer årligen."),
        ("equal", "</p>"),
    ]


def test_empty_text_in_the_chosen_language_falls_back_to_the_other_language():
    validity = compare_versions(OLD, NEW, "sv")[5]
    assert validity.heading == "Giltighet"
    assert validity.text_runs == [("equal", "<p>Vuoden 2027 loppuun.</p>")]
    assert validity.language == "fi"


def test_a_word_diff_keeps_whitespace_and_punctuation_so_runs_join_back_into_both_texts():
    old, new = "Yksi, kaksi\n\nkolme.", "Yksi kaksi!\n\nneljä kolme."
    runs = word_diff(old, new)
    assert "".join(text for kind, text in runs if kind != "insert") == old
    assert "".join(text for kind, text in runs if kind != "delete") == new
    assert runs == word_diff(old, new)


def test_a_section_both_moved_and_changed_is_reported_as_moved_and_changed():
    old = [section(PURPOSE, "A", "yksi"), section(LAW, "B", "kaksi")]
    new = [section(LAW, "B", "kaksi"), section(PURPOSE, "A", "yksi ja puoli")]
    moved = [c for c in compare_versions(old, new, "fi") if c.moved]
    assert len(moved) == 1
    assert moved[0].status == "moved"


def test_the_rendered_text_is_compared_so_markdown_marks_never_show():
    old = [section(PURPOSE, "Tarkoitus", "Sopimus **ohjaa** työtä.\n\n- kunnat\n- järjestöt")]
    new = [section(PURPOSE, "Tarkoitus", "Sopimus **ohjaa** yhteistä työtä.\n\n- kunnat")]
    runs = compare_versions(old, new, "fi")[0].text_runs
    shown = "".join(html for _kind, html in runs)
    assert "**" not in shown
    assert "<strong>ohjaa</strong>" in shown
    assert ("insert", " yhteistä") in runs
    assert ("delete", "järjestöt") in runs
    assert "<li>" in shown
