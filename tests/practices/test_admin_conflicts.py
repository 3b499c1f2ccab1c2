"""Two coordinators edit the same practice in the admin: the one who saves over the other's
later change is refused, sees that change field by field and language by language, keeps
what they typed and merges by hand; nothing either of them saved is lost."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from practices.models import Practice, Step, Theme
from tests.posted_forms import admin_form, posted_form
from tests.practices.factories import PracticeFactory
from tests.translated import translated

pytestmark = pytest.mark.django_db

REFUSED = {
    "fi": "Joku muu tallensi tähän muutoksen sen jälkeen, kun avasit lomakkeen",
    "sv": "Någon annan sparade en ändring här efter att du öppnade formuläret",
}
LABELS = {
    "fi": {"summary": "Tiivistelmä", "themes": "Teemat", "title": "Otsikko"},
    "sv": {"summary": "Sammanfattning", "themes": "Teman", "title": "Rubrik"},
}
# Chosen items by their names in the admin's language, in their own order.
THEMES_CHANGE = {
    "fi": "”Työllisyys” → ”Osallisuus, Työllisyys”",
    "sv": "”Sysselsättning” → ”Delaktighet, Sysselsättning”",
}
OPENED, NOW = (
    {"fi": "Kun avasit lomakkeen", "sv": "När du öppnade formuläret"},
    {
        "fi": "Nyt",
        "sv": "Nu",
    },
)


@pytest.fixture
def practice(db):
    practice = PracticeFactory(
        slug="kielikahvila",
        summary_fi="Vanha tiivistelmä.",
        summary_sv="Gammal sammanfattning.",
        description_fi="Ensimmäinen kappale.\n\nToinen kappale.",
    )
    practice.themes.add(theme("tyollisyys", "Työllisyys", "Sysselsättning"))
    for order, (title_fi, title_sv) in enumerate((("Alku", "Början"), ("Loppu", "Slut")), 1):
        Step.objects.create(
            practice=practice, order=order, **translated(title_fi=title_fi, title_sv=title_sv)
        )
    return practice


def theme(slug, name_fi, name_sv):
    return Theme.objects.create(slug=slug, **translated(name_fi=name_fi, name_sv=name_sv))


@pytest.fixture
def two_coordinators(coordinator, django_user_model):
    other = django_user_model.objects.create_user("toinen", is_staff=True)
    other.groups.set(coordinator.groups.all())
    first, second = Client(), Client()
    first.force_login(coordinator)
    second.force_login(other)
    return first, second


def change_url(practice, language="fi"):
    with translation.override(language):
        return reverse("admin:practices_practice_change", args=[practice.pk])


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_save_over_a_later_change_is_refused_and_shows_it_per_field_and_language(
    two_coordinators, practice, language
):
    first, second = two_coordinators
    url = change_url(practice, language)
    mine, theirs = admin_form(first, url, "practice"), admin_form(second, url, "practice")
    inclusion = theme("osallisuus", "Osallisuus", "Delaktighet")
    theirs |= {
        "summary_fi": "Heidän tiivistelmänsä.",
        "summary_sv": "Deras sammanfattning.",
        "themes": [theirs["themes"], str(inclusion.pk)],
    }
    assert second.post(url, theirs).status_code == 302

    mine["description_fi"] = "Minun kuvaukseni.\r\n\r\nToinen kappale."
    response = first.post(url, mine)
    assert response.status_code == 200
    html = response.content.decode()
    labels = LABELS[language]
    # Listed above the form, per field and per language: the value then → the value now.
    assert REFUSED[language] in html
    assert f"{labels['summary']} [fi]: ”Vanha tiivistelmä.” → ”Heidän tiivistelmänsä.”" in html
    assert f"{labels['summary']} [sv]: ”Gammal sammanfattning.” → ”Deras sammanfattning.”" in html
    assert f"{labels['themes']}: {THEMES_CHANGE[language]}" in html
    # And beside each field, inside its language tab (the field's own row).
    row = html.split('class="form-row errors field-summary_sv"')[1].split('class="form-row')[0]
    assert f"{OPENED[language]}: ”Gammal sammanfattning.”" in row
    assert f"{NOW[language]}: ”Deras sammanfattning.”" in row
    # What this coordinator typed is kept; nothing of theirs was saved.
    assert "Minun kuvaukseni." in html
    practice.refresh_from_db()
    assert practice.summary_fi == "Heidän tiivistelmänsä."
    assert practice.description_fi == "Ensimmäinen kappale.\n\nToinen kappale."

    # The form now counts as opened at the other's save: merged by hand, it saves.
    merged = posted_form(html, "practice_form") | {"_save": "Tallenna"}
    assert merged["initial-summary_fi"] == "Heidän tiivistelmänsä."
    assert merged["description_fi"] == "Minun kuvaukseni.\r\n\r\nToinen kappale."
    merged |= {"summary_fi": "Heidän tiivistelmänsä.", "summary_sv": "Deras sammanfattning."}
    merged["themes"] = theirs["themes"]
    assert first.post(url, merged).status_code == 302
    practice.refresh_from_db()
    assert practice.summary_fi == "Heidän tiivistelmänsä."
    assert practice.description_fi == "Minun kuvaukseni.\n\nToinen kappale."
    assert set(practice.themes.values_list("slug", flat=True)) == {"tyollisyys", "osallisuus"}


def test_a_save_after_another_that_changed_nothing_it_shows_passes(two_coordinators, practice):
    """The other coordinator saved the page with a step changed (which moves the practice's
    revision on too): this one's change of the summary saves, and so does theirs."""
    first, second = two_coordinators
    url = change_url(practice)
    mine, theirs = admin_form(first, url, "practice"), admin_form(second, url, "practice")
    theirs["steps-1-title_fi"] = "Heidän loppunsa"
    assert second.post(url, theirs).status_code == 302
    mine["summary_fi"] = "Minun tiivistelmäni."
    assert first.post(url, mine).status_code == 302
    practice.refresh_from_db()
    assert practice.summary_fi == "Minun tiivistelmäni."
    assert practice.steps.get(order=2).title_fi == "Heidän loppunsa"


def test_a_step_changed_by_someone_else_refuses_the_whole_save(two_coordinators, practice):
    first, second = two_coordinators
    url = change_url(practice)
    mine, theirs = admin_form(first, url, "practice"), admin_form(second, url, "practice")
    theirs["steps-0-title_fi"] = "Heidän alkunsa"
    assert second.post(url, theirs).status_code == 302

    mine |= {"steps-0-description_fi": "Minun kuvaukseni.", "summary_fi": "Minun tiivistelmäni."}
    response = first.post(url, mine)
    assert response.status_code == 200
    html = response.content.decode()
    # The row's own message above it, and its fields with what this coordinator typed.
    step_row = html.split('id="steps-group"')[1].split('id="steps-1"')[0]
    assert "Otsikko [fi]: ”Alku” → ”Heidän alkunsa”" in step_row
    assert "Kun avasit lomakkeen: ”Alku”<br>Nyt: ”Heidän alkunsa”" in step_row
    assert "Minun kuvaukseni." in step_row
    # The whole page's save was refused, the practice's own fields too.
    practice.refresh_from_db()
    assert practice.summary_fi == "Vanha tiivistelmä."
    step = practice.steps.get(order=1)
    assert (step.title_fi, step.description_fi) == ("Heidän alkunsa", "")


def test_removing_a_step_someone_else_changed_is_refused(two_coordinators, practice):
    first, second = two_coordinators
    url = change_url(practice)
    mine, theirs = admin_form(first, url, "practice"), admin_form(second, url, "practice")
    theirs["steps-0-description_fi"] = "Tärkeä lisäys."
    assert second.post(url, theirs).status_code == 302
    mine["steps-0-DELETE"] = "on"
    response = first.post(url, mine)
    assert response.status_code == 200
    assert "Joku muu muutti riviä ”1. Alku”" in response.content.decode()
    assert practice.steps.get(order=1).description_fi == "Tärkeä lisäys."


def test_removing_a_step_nobody_changed_meanwhile_is_saved(two_coordinators, practice):
    first, second = two_coordinators
    url = change_url(practice)
    mine, theirs = admin_form(first, url, "practice"), admin_form(second, url, "practice")
    theirs["steps-1-description_fi"] = "Toisen vaiheen lisäys."
    assert second.post(url, theirs).status_code == 302
    mine["steps-0-DELETE"] = "on"
    assert first.post(url, mine).status_code == 302
    assert list(practice.steps.values_list("title_fi", "description_fi")) == [
        ("Loppu", "Toisen vaiheen lisäys.")
    ]


def test_an_order_edited_in_the_list_over_a_later_change_is_refused(two_coordinators):
    first, second = two_coordinators
    employment = theme("tyollisyys", "Työllisyys", "Sysselsättning")
    changelist = reverse("admin:practices_theme_changelist")
    listed = posted_form(first.get(changelist).content.decode(), "changelist-form")
    change = reverse("admin:practices_theme_change", args=[employment.pk])
    theirs = admin_form(second, change, "theme") | {"order": "5"}
    assert second.post(change, theirs).status_code == 302

    listed |= {"form-0-order": "7", "_save": "Tallenna"}
    response = first.post(changelist, listed)
    assert response.status_code == 200
    assert "Joku muu muutti tätä kenttää" in response.content.decode()
    employment.refresh_from_db()
    assert employment.order == 5


def test_a_practice_published_by_someone_else_meanwhile_is_not_set_back_to_draft(
    two_coordinators, practice
):
    first, second = two_coordinators
    Practice.objects.filter(pk=practice.pk).update(status=Practice.Status.DRAFT)
    url = change_url(practice)
    mine, theirs = admin_form(first, url, "practice"), admin_form(second, url, "practice")
    assert second.post(url, theirs | {"status": "published"}).status_code == 302
    response = first.post(url, mine | {"cost_fi": "Ilmainen"})
    assert response.status_code == 200
    assert "Tila: ”Luonnos” → ”Julkaistu”" in response.content.decode()
    practice.refresh_from_db()
    assert practice.status == "published" and not practice.cost_fi
