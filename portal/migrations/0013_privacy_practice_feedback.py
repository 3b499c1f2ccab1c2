"""The privacy notice says what the questions and comments on practices keep (issue 22): the
text and an optional name, shown once published; an optional e-mail address, never shown,
for the answer, erased when it is sent, when the feedback is rejected or after 180 days. The
paragraph goes before the session cookie's where the notice still has it, else at the end; a
coordinator's own wording is otherwise left as it is."""

from django.db import migrations

FEEDBACK = {
    "fi": (
        "- **Kysymykset ja kommentit käytännöistä**: kirjoittamasi teksti ja halutessasi nimi "
        "tai nimimerkki, jotka näytetään käytännön sivulla, kun koordinaattori on tarkistanut "
        "ne, sekä halutessasi sähköpostiosoitteesi. Tarkoitus: vastauksen lähettäminen sinulle. "
        "Osoitetta ei näytetä kenellekään sivustolla, eikä sitä tallenneta muutoshistoriaan. Se "
        "poistetaan heti, kun vastaus on lähetetty tai teksti hylätty, ja viimeistään 180 "
        "päivän kuluttua.\n"
    ),
    "sv": (
        "- **Frågor och kommentarer om arbetssätt**: texten du skriver och, om du vill, ett "
        "namn eller en signatur, som visas på arbetssättets sida när en koordinator har "
        "granskat dem, samt, om du vill, din e-postadress. Syfte: att skicka svaret till dig. "
        "Adressen visas aldrig på webbplatsen och sparas inte i ändringshistoriken. Den tas "
        "bort så snart svaret har skickats eller texten avvisats, och senast efter 180 dagar.\n"
    ),
}
BEFORE = {"fi": "- **Istuntoeväste**", "sv": "- **Sessionskaka**"}


def forward(apps, schema_editor):
    page = apps.get_model("portal", "Page").objects.filter(key="privacy").first()
    if not page:
        return
    for language, paragraph in FEEDBACK.items():
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
    for language, paragraph in FEEDBACK.items():
        field = f"body_{language}"
        text = (getattr(page, field) or "").replace(paragraph, "", 1)
        setattr(page, field, text.replace(f"\n\n{paragraph.strip()}", "", 1))
    page.body = page.body_fi
    page.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0012_privacy_adoption_reports")]

    operations = [migrations.RunPython(forward, backward)]
