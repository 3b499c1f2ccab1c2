"""Importing actors, roles and ties from a file, all or nothing, as a coordinator does in
the admin."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from networks import imports
from networks.models import Actor, Role, Tie
from portal.table_files import ADMIN_LIMITS

pytestmark = pytest.mark.django_db

ACTORS_CSV = """identifier;name_fi;name_sv;type;parent;municipalities;languages
uusi-yksikko;Uusi yksikkö;Ny enhet;Kunta;uusi-kunta;alfa, Beeta;fi
uusi-kunta;Uusi kunta;Ny kommun;municipality;;gamma;suomi, ruotsi
"""


def csv_file(text, name="file.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"))


def run(kind, text, **options):
    return imports.import_file(kind, csv_file(text), limits=ADMIN_LIMITS, **options)


def test_actors_are_created_with_their_parent_places_and_languages(small_network):
    result = run(imports.ACTORS, ACTORS_CSV)
    assert result.ok and (result.created, result.updated) == (2, 0), result.row_errors
    unit = Actor.objects.get(slug="uusi-yksikko")
    assert (unit.name_fi, unit.name_sv, unit.actor_type) == (
        "Uusi yksikkö",
        "Ny enhet",
        "municipality",
    )
    assert unit.parent.slug == "uusi-kunta"
    assert sorted(unit.municipalities.values_list("slug", flat=True)) == ["alfa", "beeta"]
    kunta = Actor.objects.get(slug="uusi-kunta")
    assert sorted(kunta.languages.values_list("code", flat=True)) == ["fi", "sv"]
    # The same file again changes nothing.
    again = run(imports.ACTORS, ACTORS_CSV)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_a_file_with_one_bad_row_writes_nothing_and_names_each_bad_row(small_network):
    text = """source;target;kind;strength;valid_from;valid_to
kaupunki;yhdistys;Rahoittaa;3;2021-01-01;
kaupunki;ei-ole;funds;;;
yhdistys;yhdistys;lahjoittaa;9;1.1.2024;31.12.2023
"""
    result = run(imports.TIES, text)
    assert not result.ok
    assert Tie.objects.filter(kind=Tie.Kind.FUNDS).count() == 0
    lines = {error.line: " ".join(error.reasons) for error in result.row_errors}
    assert set(lines) == {3, 4}
    assert "ei-ole" in lines[3]
    assert "lahjoittaa" in lines[4] and "9" in lines[4]
    assert "valid_to" in lines[4] and "toiseen toimijaan" in lines[4]


def test_ties_are_created_then_changed_by_their_two_actors_and_kind(small_network):
    city, office, association, employer = small_network["actors"]
    result = run(
        imports.TIES, "source;target;kind;valid_from\ntyonantaja;kaupunki;funds;31.1.2022\n"
    )
    assert result.ok and result.created == 1
    tie = Tie.objects.get(source=employer, target=city, kind=Tie.Kind.FUNDS)
    assert str(tie.valid_from) == "2022-01-31" and tie.strength == Tie.Strength.MODERATE
    changed = run(imports.TIES, "source;target;kind;strength\ntyonantaja;kaupunki;funds;Tiivis\n")
    assert (changed.created, changed.updated) == (0, 1)
    tie.refresh_from_db()
    assert tie.strength == Tie.Strength.STRONG
    assert str(tie.valid_from) == "2022-01-31"  # no valid_from column: kept


def test_roles_name_their_stage_by_path_and_number_or_name(small_network):
    text = """actor;path;stage;kind;valid_from;municipalities
tyonantaja;Työn polku;1;participates;2024-01;gamma
tyonantaja;tyo;Suunnitelma;Ohjaa eteenpäin;;
"""
    result = run(imports.ROLES, text)
    assert result.ok and result.created == 2, result.row_errors
    roles = Role.objects.filter(actor__slug="tyonantaja").order_by("stage__order")
    assert [(role.stage.name_fi, role.kind) for role in roles] == [
        ("Kartoitus", "participates"),
        ("Suunnitelma", "refers"),
    ]
    assert str(roles[0].valid_from) == "2024-01-01"
    assert list(roles[0].municipalities.values_list("slug", flat=True)) == ["gamma"]


def test_a_workbook_is_read_like_a_csv_file(small_network):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["identifier", "name_fi", "type"])
    sheet.append(["excel-toimija", "Excel-toimija", "Järjestö tai yhdistys"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("actors.xlsx", buffer.getvalue())
    result = imports.import_file(imports.ACTORS, upload, limits=ADMIN_LIMITS)
    assert result.ok and Actor.objects.get(slug="excel-toimija").actor_type == "ngo"


def test_a_wrong_header_names_the_required_columns(small_network):
    result = run(imports.TIES, "from;to;kind\na;b;funds\n")
    assert "source, target, kind" in result.file_error
    assert "from" in result.file_error


def test_a_coordinator_imports_in_the_admin_checking_first(client, coordinator, small_network):
    client.force_login(coordinator)
    page = client.get("/fi/admin/networks/actor/")
    assert 'href="/fi/admin/networks/actor/import/"' in page.content.decode()
    upload = {"kind": "actors", "file": csv_file(ACTORS_CSV), "dry_run": "on"}
    checked = client.post("/fi/admin/networks/actor/import/", upload)
    assert "Tiedosto on kunnossa" in checked.content.decode()
    assert not Actor.objects.filter(slug="uusi-kunta").exists()
    imported = client.post(
        "/fi/admin/networks/actor/import/", {"kind": "actors", "file": csv_file(ACTORS_CSV)}
    )
    assert imported.status_code == 200
    assert Actor.objects.filter(slug="uusi-kunta").exists()
    assert client.get("/fi/admin/networks/actor/import/format/").status_code == 200
    template = client.get("/fi/admin/networks/actor/import/ties-template.csv")
    assert template.content.decode("utf-8-sig").startswith("source")


def test_staff_without_the_right_to_add_ties_cannot_import_them(client, small_network):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user("clerk", password="pw", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_actor", "change_actor", "view_actor"])
    )
    client.force_login(user)
    text = "source;target;kind\ntyonantaja;kaupunki;funds\n"
    response = client.post(
        "/fi/admin/networks/actor/import/", {"kind": "ties", "file": csv_file(text)}
    )
    assert response.status_code == 403
    assert not Tie.objects.filter(kind=Tie.Kind.FUNDS).exists()
