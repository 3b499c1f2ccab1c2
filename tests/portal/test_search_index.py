"""The site search's one index (portal.search_index): every public kind of record in it,
kept as the records change, never what the public may not see; words typed wrong found by
the nearest written word (portal.spelling)."""

import datetime
import re

import pytest
from django.apps import apps

from agreements.models import Version
from networks.models import Actor, Municipality, PathStage, SubRegion
from portal import search_index
from portal.models import SearchEntry
from portal.spelling import similarity
from practices.models import Practice, Priority
from tests.agreements.factories import VersionFactory
from tests.practices.factories import PracticeFactory, url_for

pytestmark = pytest.mark.django_db


def search(client, query, language="fi", **parameters):
    response = client.get(url_for("portal:search", language), {"q": query, **parameters})
    assert response.status_code == 200
    return response.content.decode()


def group(html, key):
    match = re.search(rf'<section aria-labelledby="group-{key}">.*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_site_search_finds_a_regional_priority_by_an_inflected_word(client, demo_content):
    priority = Priority.objects.get(title_fi__startswith="Työnantajayhteistyö")
    html = search(client, "työnantajayhteistyöhön")
    assert f'href="{priority.get_absolute_url()}"' in group(html, "priorities")


def test_site_search_finds_municipalities_by_the_name_of_their_sub_region(client, demo_content):
    municipality = Municipality.objects.select_related("sub_region").first()
    html = search(client, municipality.sub_region.name_fi)
    assert f'href="{municipality.get_absolute_url()}"' in group(html, "municipalities")


def test_site_search_finds_a_signed_letter_of_intent_and_never_a_draft(client, db):
    version = VersionFactory(sections=0)
    version.sections.create(heading_fi="Zyxsitoumukset", text_fi="Kunnat zyxlupaavat.")
    assert "Zyxsitoumukset" not in search(client, "zyxlupaavat")
    # Signed, its text is public (agreements.access.can_view): found by a word of a section.
    version.status = Version.Status.SIGNED
    version.save()
    html = group(search(client, "zyxlupaavat"), "agreements")
    with_language = url_for(
        "agreements:version-detail", slug=version.agreement.slug, number=version.number
    )
    assert f'href="{with_language}"' in html


def test_a_practice_leaves_the_search_when_it_is_archived_and_returns_when_published(client, db):
    practice = PracticeFactory(slug="zyx", title_fi="Zyxmentorointi")
    assert 'href="/fi/kaytannot/zyx/"' in search(client, "zyxmentorointi")
    practice.status = Practice.Status.ARCHIVED
    practice.save()
    assert "/fi/kaytannot/zyx/" not in search(client, "zyxmentorointi")
    practice.status = Practice.Status.PUBLISHED
    practice.save()
    assert 'href="/fi/kaytannot/zyx/"' in search(client, "zyxmentorointi")


def test_a_deleted_record_leaves_the_search(client, db):
    actor = Actor.objects.create(slug="zyx", name_fi="Zyxyhdistys")
    assert "Zyxyhdistys" in search(client, "zyxyhdistys")
    actor.delete()
    assert "Zyxyhdistys" not in search(client, "zyxyhdistys")
    assert not SearchEntry.objects.filter(kind="actors", object_id=actor.pk).exists()


def test_a_renamed_stage_finds_its_path_at_once(client, demo_content):
    stage = PathStage.objects.select_related("path").first()
    stage.name_fi = "Zyxvaihe"
    stage.save()
    assert f'href="{stage.path.get_absolute_url()}"' in group(
        search(client, "zyxvaiheessa"), "paths"
    )


def test_a_renamed_sub_region_finds_its_municipalities_at_once(client, demo_content):
    sub_region = SubRegion.objects.first()
    sub_region.name_fi = "Zyxseutu"
    sub_region.save()
    html = group(search(client, "zyxseudulla"), "municipalities")
    assert html.count("<li>") == sub_region.municipalities.count()


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("kotoutumnen", "kotoutuminen"),  # a letter missing
        ("kotuotuminen", "kotoutuminen"),  # two letters swapped
        ("alkukartotus", "alkukartoitus"),
        ("språkutbilding", "språkutbildning"),
    ],
)
def test_a_word_typed_wrong_finds_what_the_nearest_word_finds(client, demo_content, typed, meant):
    html = search(client, typed)
    assert f"Haulla ”{typed}” ei löytynyt mitään. Näytetään tulokset haulle ”{meant}”." in html
    assert kinds_found(html) == kinds_found(search(client, meant))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("työllistymstä", "työllistymistä"),
        ("tyollistymsta", "työllistymistä"),  # no dots, and a letter missing
    ],
)
def test_a_word_whose_stem_is_right_needs_no_correction(client, demo_content, typed, meant):
    # Snowball's stem of the word typed ("työllistym") begins the right word's forms.
    html = search(client, typed)
    assert "Näytetään tulokset haulle" not in html
    assert counts(html) == counts(search(client, meant))


def counts(html):
    return re.findall(r">([^<>]+ \(\d+\))<", kinds_found(html))


def kinds_found(html):
    """The kinds found and their counts, as the search page lists them."""
    return re.search(r'<nav class="search-kinds".*?</nav>', html, re.S).group(0)


def test_a_word_like_no_written_word_finds_nothing(client, demo_content):
    html = search(client, "xqzxqzxq")
    assert "Haulla ”xqzxqzxq” ei löytynyt mitään." in html
    assert "Näytetään tulokset" not in html


def test_the_similarity_of_words_is_that_of_postgresql(db):
    # pg_trgm's own figures for these pairs (SELECT similarity(…)).
    assert similarity("kotoutumnen", "kotoutuminen") == pytest.approx(0.6666667)
    assert similarity("alkukartotus", "alkukartoitus") == pytest.approx(0.6875)
    assert similarity("työllistymstä", "työllistymistä") == pytest.approx(0.75)


def test_a_hit_shows_the_words_found_in_its_summary_escaped(client, db):
    PracticeFactory(
        slug="zyx",
        title_fi="Kerho",
        summary_fi="Alussa <b>tekstiä</b>. " + "Sana " * 20 + "Zyxkerhot kokoontuvat viikoittain.",
    )
    hit = group(search(client, "zyxkerhoissa"), "practices")
    assert "<mark>Zyxkerhot</mark> kokoontuvat viikoittain." in hit
    assert "&lt;b&gt;" not in hit and "<b>" not in hit  # Markdown's HTML is not shown.
    assert "… Sana" in hit  # Cut to the part around the word.


def test_entries_of_an_older_analysis_are_written_again_after_migrate(db, demo_content):
    count = SearchEntry.objects.count()
    SearchEntry.objects.filter(kind="actors").update(analysis=0, terms_title="", terms_body="")
    SearchEntry.objects.filter(kind="sources").delete()
    search_index._rebuild_if_stale(sender=apps.get_app_config("portal"), using="default")
    assert SearchEntry.objects.count() == count
    assert not SearchEntry.objects.exclude(analysis=search_index.ANALYSIS).exists()
    assert not SearchEntry.objects.filter(kind="actors", terms_title="").exists()


def test_the_demo_content_is_in_the_index_whole(db, demo_content):
    from portal.registry import registry

    for kind in registry.search_kinds:
        indexed = set(kind.records().values_list("pk", flat=True))
        entries = set(SearchEntry.objects.filter(kind=kind.key).values_list("object_id", flat=True))
        assert entries == indexed, kind.key


def test_a_priority_without_an_end_shows_the_same_period_in_its_page_and_its_hit(client, db):
    Priority.objects.create(
        slug="zyx", title_fi="Zyxpainopiste", starts_on=datetime.date(2026, 1, 1)
    )
    assert (
        "1.1.2026 alkaen toistaiseksi"
        in client.get(url_for("practices:priority-list")).content.decode()
    )
    assert "1.1.2026 alkaen toistaiseksi" in group(search(client, "zyxpainopiste"), "priorities")


def test_a_hit_in_the_other_language_is_marked_with_its_language(client, db):
    # Written in Finnish only: the Swedish page shows the Finnish name and description.
    Actor.objects.create(slug="zyx", name_fi="Zyxyhdistys", description_fi="Zyxyhdistys auttaa.")
    swedish = search(client, "zyxyhdistys", "sv")
    assert '<a href="/sv/aktorer/zyx/" lang="fi">' in swedish
    assert '<p lang="fi"><mark>Zyxyhdistys</mark> auttaa.</p>' in swedish
    finnish = search(client, "zyxyhdistys")
    assert '<a href="/fi/toimijat/zyx/">' in finnish and 'lang="fi"' not in group(finnish, "actors")
