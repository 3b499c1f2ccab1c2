"""The privacy notice says what the form that tells where a practice is in use keeps (issue
19): the e-mail address of a visitor without an account, until they confirm. The paragraph
goes before the session cookie's where the notice still has it, else at the end; a
coordinator's own wording is otherwise left as it is."""

from django.db import migrations

ADOPTION_REPORTS = {
    "fi": (
        "- **Käyttöilmoitukset**: jos kerrot ilman käyttäjätiliä, että organisaatiosi käyttää "
        "käytäntöä, sähköpostiosoitteesi. Tarkoitus: ilmoituksen vahvistaminen. Osoite "
        "poistetaan heti, kun olet vahvistanut ilmoituksen, tai kolmen päivän kuluttua, jos et "
        "vahvista sitä. Ilmoitus itse kuvaa organisaatiota, ei henkilöä.\n"
    ),
    "sv": (
        "- **Anmälningar om användning**: om du utan användarkonto berättar att din "
        "organisation använder ett arbetssätt, din e-postadress. Syfte: att bekräfta "
        "anmälan. Adressen tas bort så snart du har bekräftat anmälan, eller efter tre dagar "
        "om du inte bekräftar den. Själva anmälan beskriver en organisation, inte en person.\n"
    ),
}
BEFORE = {"fi": "- **Istuntoeväste**", "sv": "- **Sessionskaka**"}


def forward(apps, schema_editor):
    page = apps.get_model("portal", "Page").objects.filter(key="privacy").first()
    if not page:
        return
    for language, paragraph in ADOPTION_REPORTS.items():
        field = f"body_{language}"
        text = getattr(page, field) or ""
        if paragraph.strip() in text:
            continue
        if BEFORE[language] in text:
            text = text.replace(BEFORE[language], paragraph + BEFORE[language], 1)
        else:
            text = f"{text.rstrip()}\n\n{paragraph}".strip()
        setattr(page, field, text)
    page.body = page.body_fi
    page.save()


def backward(apps, schema_editor):
    page = apps.get_model("portal", "Page").objects.filter(key="privacy").first()
    if not page:
        return
    for language, paragraph in ADOPTION_REPORTS.items():
        field = f"body_{language}"
        text = (getattr(page, field) or "").replace(paragraph, "", 1)
        setattr(page, field, text.replace(f"\n\n{paragraph.strip()}", "", 1))
    page.body = page.body_fi
    page.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0011_search_entry_rank_vector")]

    operations = [migrations.RunPython(forward, backward)]
