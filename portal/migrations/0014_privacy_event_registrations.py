"""The privacy notice says what registering for an event keeps (issue 22): a name, an
e-mail address and optionally an organisation, deleted on cancelling or the night after the
event. The paragraph goes before the session cookie's where the notice still has it, else
at the end; a coordinator's own wording is otherwise left as it is."""

from django.db import migrations

REGISTRATIONS = {
    "fi": (
        "- **Ilmoittautumiset tapahtumiin**: nimesi, sähköpostiosoitteesi ja halutessasi "
        "organisaatiosi. Tarkoitus: paikan varaaminen, vahvistus, peruutuslinkki, muistutus "
        "edellisenä päivänä ja tieto jonotuslistalta vapautuneesta paikasta. Tiedot näkevät "
        "vain koordinaattorit, eikä niitä tallenneta muutoshistoriaan. Ne poistetaan, kun "
        "peruat ilmoittautumisen, ja muutoin tapahtuman päätyttyä seuraavana yönä.\n"
    ),
    "sv": (
        "- **Anmälningar till evenemang**: ditt namn, din e-postadress och, om du vill, din "
        "organisation. Syfte: att boka platsen, bekräftelsen, länken för att avboka, en "
        "påminnelse dagen före och besked om en plats som blivit ledig från väntelistan. "
        "Uppgifterna ses endast av koordinatorerna och sparas inte i ändringshistoriken. De "
        "raderas när du avbokar och annars natten efter att evenemanget har slutat.\n"
    ),
}
BEFORE = {"fi": "- **Istuntoeväste**", "sv": "- **Sessionskaka**"}


def forward(apps, schema_editor):
    page = apps.get_model("portal", "Page").objects.filter(key="privacy").first()
    if not page:
        return
    for language, paragraph in REGISTRATIONS.items():
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
    for language, paragraph in REGISTRATIONS.items():
        field = f"body_{language}"
        text = (getattr(page, field) or "").replace(paragraph, "", 1)
        setattr(page, field, text.replace(f"\n\n{paragraph.strip()}", "", 1))
    page.body = page.body_fi
    page.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0013_privacy_practice_feedback")]

    operations = [migrations.RunPython(forward, backward)]
