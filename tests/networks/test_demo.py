import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.db.models import Q

from networks.models import (
    Actor,
    IntegrationPath,
    Language,
    Municipality,
    Network,
    PathStage,
    Role,
    SubRegion,
    Tie,
)

pytestmark = pytest.mark.django_db

PERSON_LIKE_EMAIL = re.compile(r"^[^@.\s]+\.[^@.\s]+@", re.IGNORECASE)
DURING_2025 = datetime.date(2025, 6, 1)


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    models = [SubRegion, Municipality, Language, IntegrationPath, PathStage, Actor, Role, Tie]
    result = {model.__name__: model.objects.count() for model in [*models, Network]}
    for model, field in [
        (Actor, "municipalities"),
        (Actor, "languages"),
        (Role, "municipalities"),
        (Role, "languages"),
        (Network, "actors"),
    ]:
        through = getattr(model, field).through
        result[f"{model.__name__}.{field}"] = through.objects.count()
    return result


def test_demo_has_three_paths_with_ordered_stages_in_both_languages():
    load_demo()
    paths = list(IntegrationPath.objects.all())
    assert [path.slug for path in paths] == ["tyollisyys", "aikuiset", "lapset-ja-nuoret"]
    for path in paths:
        assert path.name_fi and path.name_sv and path.description_fi and path.description_sv
        stages = list(path.stages.order_by("order"))
        assert 4 <= len(stages) <= 6
        assert [stage.order for stage in stages] == list(range(1, len(stages) + 1))
        for stage in stages:
            assert stage.name_fi and stage.name_sv
            assert stage.description_fi and stage.description_sv


def test_every_stage_has_a_responsible_actor_in_a_role_in_force_today():
    load_demo()
    current = Role.objects.current().filter(kind=Role.Kind.RESPONSIBLE)
    for stage in PathStage.objects.all():
        assert current.filter(stage=stage).exists(), f"no one is responsible for {stage}"


def test_actors_are_named_in_finnish_and_have_no_personal_email():
    load_demo()
    assert 20 <= Actor.objects.count() <= 30
    assert not Actor.objects.filter(Q(name_fi="") | Q(name_fi__isnull=True)).exists()
    for actor in Actor.objects.exclude(public_email=""):
        assert not PERSON_LIKE_EMAIL.match(actor.public_email), actor.slug


def test_demo_network_has_an_isolated_actor_and_a_one_way_tie():
    load_demo()
    isolated = Actor.objects.filter(ties_out__isnull=True, ties_in__isnull=True)
    assert isolated.exists()
    ties = set(Tie.objects.values_list("source_id", "target_id"))
    assert any((target, source) not in ties for source, target in ties)
    assert any((target, source) in ties for source, target in ties), "some ties are mutual"


def test_loading_the_demo_twice_leaves_every_count_unchanged():
    load_demo()
    before = counts()
    output = load_demo()
    assert counts() == before
    assert "Networks demo:" in output


def test_loading_the_demo_again_keeps_a_coordinators_edits():
    load_demo()
    te_role = Role.objects.get(actor__slug="pohjanmaan-te-toimisto", stage__order=1)
    te_role.valid_to = datetime.date(2024, 6, 30)
    te_role.save()
    Actor.objects.filter(slug="vamia").update(name_sv="Vamia (redigerad)")
    load_demo()
    assert Actor.objects.get(slug="vamia").name_sv == "Vamia (redigerad)"
    assert Role.objects.filter(actor__slug="pohjanmaan-te-toimisto", stage__order=1).count() == 1


def test_te_office_role_ended_with_2024_and_its_successor_holds_in_2025():
    load_demo()
    te_role = Role.objects.get(
        actor__slug="pohjanmaan-te-toimisto", stage__path__slug="tyollisyys", stage__order=1
    )
    assert te_role.valid_to == datetime.date(2024, 12, 31)
    assert Role.objects.valid_on(datetime.date(2024, 6, 1)).filter(pk=te_role.pk).exists()
    assert not Role.objects.valid_on(DURING_2025).filter(pk=te_role.pk).exists()
    successors = Role.objects.valid_on(DURING_2025).filter(
        stage=te_role.stage,
        kind=Role.Kind.RESPONSIBLE,
        actor__actor_type=Actor.Type.EMPLOYMENT_SERVICES,
        valid_from=datetime.date(2025, 1, 1),
    )
    assert successors.exists()
    assert not Role.objects.valid_on(datetime.date(2024, 6, 1)).filter(
        pk__in=successors.values("pk")
    )


def test_demo_loads_again_after_a_coordinator_has_reordered_and_added_stages():
    from networks.models import IntegrationPath, PathStage

    load_demo()
    path = IntegrationPath.objects.get(slug="tyollisyys")
    PathStage.objects.create(path=path, order=1, name="Uusi", name_fi="Uusi", name_sv="Ny")
    stages_before = PathStage.objects.count()
    load_demo()
    assert PathStage.objects.count() == stages_before


def test_the_ely_centre_is_the_elinvoimakeskus_since_2026_and_an_older_load_is_renamed():
    load_demo()
    centre = Actor.objects.get(slug="pohjanmaan-elinvoimakeskus")
    assert (centre.name_fi, centre.name_sv) == (
        "Pohjanmaan elinvoimakeskus",
        "Livskraftscentralen i Österbotten",
    )
    assert "Pohjanmaan ELY-keskuksen" in centre.description_fi
    ties = centre.ties_out.count() + centre.ties_in.count()

    # A database loaded before the rename has the same authority under the ELY Centre's slug.
    Actor.objects.filter(pk=centre.pk).update(slug="pohjanmaan-ely-keskus")
    load_demo()
    assert Actor.objects.get(pk=centre.pk).slug == "pohjanmaan-elinvoimakeskus"
    assert not Actor.objects.filter(slug="pohjanmaan-ely-keskus").exists()
    assert Actor.objects.filter(name_fi="Pohjanmaan elinvoimakeskus").count() == 1
    assert centre.ties_out.count() + centre.ties_in.count() == ties


def test_actors_public_contact_details_are_organisations_own_and_shown_on_their_page(client):
    load_demo()
    vaasa = Actor.objects.get(slug="vaasan-kaupunki")
    assert (vaasa.public_email, vaasa.public_phone) == ("kirjaamo@vaasa.fi", "06 325 1111")
    for actor in Actor.objects.exclude(public_phone=""):
        assert re.fullmatch(r"0\d{1,3}( \d{2,4}){1,3}", actor.public_phone), actor.slug
    html = client.get(vaasa.get_absolute_url()).content.decode()
    assert "kirjaamo@vaasa.fi" in html and "06 325 1111" in html
