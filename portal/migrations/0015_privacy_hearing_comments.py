"""The privacy notice says what a comment in a public hearing keeps (issue 22): the comment,
a name if given and an e-mail address if given (erased when the answer has gone, the comment
is rejected, or 90 days after the hearing closed), and the supporter cookie. The paragraph
goes before the session cookie's where the notice still has it, else at the end; a
coordinator's own wording is otherwise left as it is."""

from django.db import migrations

HEARINGS = {
    "fi": (
        "- **Kommentit julkisissa kuulemisissa**: kommenttisi ja halutessasi nimesi tai "
        "nimimerkkisi sekä sähköpostiosoitteesi. Tarkoitus: kommentin julkaiseminen kuulemisen "
        "sivulla ja raportissa sekä koordinaattorien vastauksen lähettäminen sinulle. Nimi "
        "näkyy kommentin yhteydessä. Sähköpostiosoitetta ei näytetä eikä tallenneta "
        "muutoshistoriaan; se poistetaan, kun vastaus on lähetetty tai kommentti hylätty, ja "
        "viimeistään 90 päivää kuulemisen päättymisen jälkeen. Kun tuet kommenttia, selaimeesi "
        "tallennetaan vuodeksi satunnainen tunniste (eväste *hearing_supporter*), jotta tuki "
        "lasketaan vain kerran; siitä ei voi päätellä, kuka olet.\n"
    ),
    "sv": (
        "- **Kommentarer i offentliga höranden**: din kommentar och, om du vill, ditt namn "
        "eller din signatur och din e-postadress. Syfte: att publicera kommentaren på "
        "hörandets sida och i rapporten och att skicka koordinatorernas svar till dig. Namnet "
        "visas med kommentaren. E-postadressen visas inte och sparas inte i "
        "ändringshistoriken; den raderas när svaret har skickats eller kommentaren avvisats, "
        "och senast 90 dagar efter att hörandet avslutats. När du stöder en kommentar sparas "
        "en slumpmässig kod i din webbläsare för ett år (kakan *hearing_supporter*), så att "
        "stödet räknas en gång; den säger inget om vem du är.\n"
    ),
}
BEFORE = {"fi": "- **Istuntoeväste**", "sv": "- **Sessionskaka**"}


def forward(apps, schema_editor):
    page = apps.get_model("portal", "Page").objects.filter(key="privacy").first()
    if not page:
        return
    for language, paragraph in HEARINGS.items():
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
    for language, paragraph in HEARINGS.items():
        field = f"body_{language}"
        text = (getattr(page, field) or "").replace(paragraph, "", 1)
        setattr(page, field, text.replace(f"\n\n{paragraph.strip()}", "", 1))
    page.body = page.body_fi
    page.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0014_privacy_event_registrations")]

    operations = [migrations.RunPython(forward, backward)]
