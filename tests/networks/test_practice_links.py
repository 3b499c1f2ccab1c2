"""Networks pages show the published practices linked to them, and never drafts."""

import pytest

from practices.models import Practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(small_network):
    city = small_network["actors"][0]
    alpha = small_network["municipalities"][0]
    plan = small_network["stages"][1]
    published = Practice.objects.create(
        title="Julkaistu malli",
        title_fi="Julkaistu malli",
        title_sv="Publicerad modell",
        summary="S",
        summary_fi="S",
        summary_sv="S",
        slug="julkaistu",
        status="published",
    )
    draft = Practice.objects.create(
        title="Luonnosmalli",
        title_fi="Luonnosmalli",
        summary="S",
        summary_fi="S",
        slug="luonnos",
        status="draft",
    )
    for practice in (published, draft):
        practice.actors.add(city)
        practice.municipalities.add(alpha)
        practice.stages.add(plan)
    return published, draft


def test_path_page_lists_the_published_practices_serving_each_stage(client, practices):
    html = client.get("/fi/polut/tyo/").content.decode()
    plan = html[html.index("Suunnitelma</h2>") :]
    assert 'href="/fi/kaytannot/julkaistu/">Julkaistu malli</a>' in plan
    assert "Luonnosmalli" not in html


def test_actor_page_lists_the_practices_it_runs(client, practices):
    html = client.get("/sv/aktorer/kaupunki/").content.decode()
    assert "Publicerad modell</a>" in html
    assert "Luonnosmalli" not in html


def test_municipality_page_lists_practices_in_use_there(client, practices):
    html = client.get("/fi/kunnat/alfa/").content.decode()
    assert "Julkaistu malli</a>" in html
    assert "Luonnosmalli" not in html
    assert "Julkaistu malli" not in client.get("/fi/kunnat/gamma/").content.decode()


def many_practices(stage, count, status="published"):
    created = Practice.objects.bulk_create(
        Practice(
            title=f"Malli {n:02d}",
            title_fi=f"Malli {n:02d}",
            summary="S",
            summary_fi="S",
            slug=f"malli-{status}-{n}",
            status=status,
        )
        for n in range(count)
    )
    stage.practices.add(*created)


@pytest.mark.parametrize("count", [3, 40])
def test_a_stage_shows_its_ten_strongest_practices_and_links_to_all(
    client, small_network, django_assert_num_queries, count
):
    assessment, plan, _school = small_network["stages"]
    many_practices(plan, count)
    many_practices(plan, 5, status="draft")
    path = small_network["paths"][0]
    # Every path, the stages, the roles and their links, the practices ranked and the rows of
    # those shown, the stages' indicators and priorities: the same whatever the number of
    # practices.
    with django_assert_num_queries(10):
        html = client.get(path.get_absolute_url()).content.decode()
    assert html.count("Malli ") == min(count, 10)
    link = f"?stage={plan.pk}"
    if count > 10:
        assert link in html
        assert f"Tämän vaiheen kaikki {count} käytäntöä" in html
    else:
        assert link not in html
