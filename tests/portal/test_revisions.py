"""Every write of a content row moves its revision on, whoever writes it; a save that expects
an older revision writes nothing; text is stored normalised whoever saves it."""

import pytest
from django.apps import apps
from django.db.models import F

from networks.models import Actor
from portal.models import ContentModel, Page
from portal.revisions import RevisionedQuerySet, StaleRevisionError
from portal.text import normalise_text
from practices.models import Practice, Step
from tests.practices.factories import PracticeFactory

pytestmark = pytest.mark.django_db


def stored_revision(row):
    return type(row).objects.filter(pk=row.pk).values_list("revision", flat=True).get()


def test_text_is_normalised_to_lf_nfc_and_no_spaces_at_line_ends():
    decomposed = "Va\u0308xjo\u0308"  # ä and ö as a letter and a combining diaeresis
    assert normalise_text(f"Eka  \r\nToka\t\r\rKolmas \u00a0\n{decomposed}") == (
        "Eka\nToka\n\nKolmas\nVäxjö"
    )
    assert normalise_text("  sisennys säilyy") == "  sisennys säilyy"


def test_a_save_from_a_shell_stores_text_normalised_in_both_languages():
    practice = PracticeFactory(slug="kahvila")
    practice.description_fi = "Eka kappale.  \r\n\r\nToka kappale."
    practice.description_sv = "Första stycket.\r\nAndra."
    practice.save()
    practice.refresh_from_db()
    assert practice.description_fi == "Eka kappale.\n\nToka kappale."
    assert practice.description_sv == "Första stycket.\nAndra."
    assert practice.description == "Eka kappale.\n\nToka kappale."


def test_every_save_and_update_moves_the_revision_on():
    practice = PracticeFactory(slug="kahvila")
    assert stored_revision(practice) == 1
    practice.save()
    assert practice.revision == stored_revision(practice) == 2
    Practice.objects.filter(pk=practice.pk).update(summary_fi="Muutettu.")
    assert stored_revision(practice) == 3
    practice.title_fi = "Uusi nimi"
    Practice.objects.bulk_update([practice], ["title_fi"])
    assert stored_revision(practice) == 4
    practice.save(update_fields=["title_fi"])
    assert stored_revision(practice) == 5
    step = practice.steps.create(order=1, title_fi="Alku", title="Alku")
    practice.steps.update(order=2)
    assert stored_revision(step) == 2


def test_a_stale_instance_saved_from_a_shell_still_moves_the_revision_on():
    practice = PracticeFactory(slug="kahvila")
    old_copy = Practice.objects.get(pk=practice.pk)
    practice.save()
    practice.save()
    old_copy.save()
    assert old_copy.revision == stored_revision(practice) == 4


def test_a_save_that_expects_an_older_revision_writes_nothing():
    practice = PracticeFactory(slug="kahvila", summary_fi="Alkuperäinen.")
    opened = Practice.objects.get(pk=practice.pk)
    practice.summary_fi = "Toisen muutos."
    practice.save()

    opened.summary_fi = "Ensimmäisen muutos."
    opened.expect_revision(1)
    with pytest.raises(StaleRevisionError):
        opened.save()
    practice.refresh_from_db()
    assert (practice.summary_fi, practice.revision) == ("Toisen muutos.", 2)

    opened.expect_revision(2)
    opened.save()
    practice.refresh_from_db()
    assert (practice.summary_fi, practice.revision) == ("Ensimmäisen muutos.", 3)


def test_a_delete_that_expects_an_older_revision_deletes_nothing():
    practice = PracticeFactory(slug="kahvila")
    step = Step.objects.create(practice=practice, order=1, title_fi="Alku", title="Alku")
    opened = Step.objects.get(pk=step.pk)
    step.save()
    opened.expect_revision(1)
    with pytest.raises(StaleRevisionError):
        opened.delete()
    assert Step.objects.filter(pk=step.pk).exists()
    opened.expect_revision(2)
    opened.delete()
    assert not Step.objects.filter(pk=step.pk).exists()


def test_an_assessment_moves_its_practices_revision_on():
    """The evidence level is written with update(): a form of the practice opened before
    must not write the old level back."""
    from tests.practices.factories import assess

    practice = PracticeFactory(slug="kahvila")
    assess(practice, 2, "2025-01-01")
    assert stored_revision(practice) > 1


def test_every_content_models_updates_move_its_revision_on():
    content = [model for model in apps.get_models() if issubclass(model, ContentModel)]
    assert {Practice, Actor, Page} <= set(content)
    for model in content:
        assert isinstance(model._default_manager.all(), RevisionedQuerySet), model


def test_an_update_may_set_the_revision_itself():
    practice = PracticeFactory(slug="kahvila")
    Practice.objects.filter(pk=practice.pk).update(title_fi="Uusi", revision=F("revision"))
    assert stored_revision(practice) == 1
