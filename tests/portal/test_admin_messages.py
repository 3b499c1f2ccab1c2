"""The admin's headings and messages built from a model's name read right in both languages:
our catalogue's translations of Django's msgids (portal/admin_messages.py) win over Django's."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from portal.admin_messages import MESSAGES, PLURAL_MESSAGES
from practices.models import Theme
from tests.practices.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def admin_url(name, language, *args):
    with translation.override(language):
        return reverse(name, args=args)


def flashed(response):
    return [strip_tags(str(message)) for message in get_messages(response.wsgi_request)]


def test_every_overridden_message_has_its_own_finnish_and_swedish_wording():
    django_finnish = {
        "Change %s": "Muokkaa %s",
        "The {name} “{obj}” was added successfully.": '{name} "{obj}" on lisätty.',
    }
    for language in ("fi", "sv"):
        with translation.override(language):
            for msgid in MESSAGES:
                assert translation.gettext(msgid) != msgid, (language, msgid)
            for message in PLURAL_MESSAGES:
                assert message % {"count": 2, "name": "x"} != "2 x were changed successfully."
    with translation.override("fi"):
        for msgid, theirs in django_finnish.items():
            assert translation.gettext(msgid) != theirs


@pytest.mark.parametrize(
    ("language", "heading", "changelist"),
    [
        ("fi", "<h1>Muokkaa: teema</h1>", "<h1>Valitse muokattava teema</h1>"),
        ("sv", "<h1>Ändra tema</h1>", "<h1>Välj tema att ändra</h1>"),
    ],
)
def test_the_change_form_and_the_list_name_the_model_in_the_right_form(
    coordinator_client, language, heading, changelist
):
    theme = ThemeFactory(slug="kieli", name_fi="Kieli", name_sv="Språk")
    html = coordinator_client.get(
        admin_url("admin:practices_theme_change", language, theme.pk)
    ).content.decode()
    assert heading in html
    html = coordinator_client.get(admin_url("admin:practices_theme_changelist", language))
    assert changelist in html.content.decode()


@pytest.mark.parametrize(
    ("language", "added", "deleted"),
    [
        ("fi", "Lisätty: teema ”Kieli”.", "Poistettujen kohteiden määrä: 2 (teemat)."),
        ("sv", "Lade till tema ”Språk”.", "Tog bort 2 teman."),
    ],
)
def test_the_messages_after_saving_and_deleting_read_as_sentences(
    coordinator_client, language, added, deleted
):
    response = coordinator_client.post(
        admin_url("admin:practices_theme_add", language),
        {"name_fi": "Kieli", "name_sv": "Språk", "slug": "kieli", "order": "1"},
        follow=True,
    )
    assert added in flashed(response)

    ThemeFactory(slug="nuoret", name_fi="Nuoret", name_sv="Unga")
    changelist = admin_url("admin:practices_theme_changelist", language)
    selected = [str(pk) for pk in Theme.objects.values_list("pk", flat=True)]
    confirmation = coordinator_client.post(
        changelist, {"action": "delete_selected", "_selected_action": selected}
    ).content.decode()
    assert {"fi": "poistaa valitut kohteet (teemat)?", "sv": "de valda objekten (teman)?"}[
        language
    ] in confirmation
    response = coordinator_client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": selected, "post": "yes"},
        follow=True,
    )
    assert deleted in flashed(response)
    assert not Theme.objects.exists()
