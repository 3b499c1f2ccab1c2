"""The documented backup (dumpdata) restores into an empty database with every object and
both languages intact; every migration can be reversed."""

import datetime
import io

import pytest
from django.apps import apps
from django.core.management import call_command

from agreements.models import Version
from portal.roles import COORDINATOR_APPS
from practices.models import Practice
from tests.databases import on_postgresql_only
from tests.frozen_versions import empty_agreements_tables


def to_milliseconds(value):
    # JSON keeps times to the millisecond, as Django's serializer writes them.
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=value.microsecond // 1000 * 1000)
    return value


def content_rows():
    rows = {}
    for label in COORDINATOR_APPS:
        for model in apps.get_app_config(label).get_models():
            rows[model._meta.label] = sorted(
                repr(tuple(map(to_milliseconds, row))) for row in model.objects.values_list()
            )
    return rows


@pytest.mark.django_db(transaction=True)
def test_a_dump_of_the_demo_content_restores_into_an_empty_database(tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    before = content_rows()
    practice = Practice.objects.published().order_by("pk").first()
    assert practice.title_fi and practice.title_sv
    # The demo's versions are out of draft: their text is frozen in the database.
    assert Version.objects.exclude(status=Version.Status.DRAFT).exists()
    backup = tmp_path / "backup.json"
    call_command("dump_content", output=str(backup))
    empty_agreements_tables()  # so that flush may delete the text of frozen versions
    call_command("flush", interactive=False, verbosity=0)
    assert not Practice.objects.exists()
    call_command("loaddata", str(backup), verbosity=0)
    assert content_rows() == before
    restored = Practice.objects.get(pk=practice.pk)
    assert (restored.title_fi, restored.title_sv) == (practice.title_fi, practice.title_sv)


# Walking every migration down and up again is a minute of Django's migration states
# (rendering ~100 related models at each step) on either database.
@on_postgresql_only("a minute of the migration framework's own work")
@pytest.mark.django_db(transaction=True)
def test_every_migration_can_be_reversed_and_applied_again():
    out = io.StringIO()
    for label in reversed(COORDINATOR_APPS):
        call_command("migrate", label, "zero", verbosity=0, stdout=out)
    call_command("migrate", verbosity=0, stdout=out)
    assert Practice.objects.count() == 0
    call_command("load_demo", stdout=out)
    assert Practice.objects.published().exists()
