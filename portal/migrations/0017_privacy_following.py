"""The privacy notice says what following by e-mail keeps (issue 22): the address and what it
follows, until the follower stops (a link in every e-mail) or, unconfirmed, for a week. The
paragraph goes before the session cookie's where the notice still has it, else at the end; a
coordinator's own wording is otherwise left as it is."""

from django.db import migrations

FOLLOWING = {
    "fi": (
        "- **Seuraaminen sähköpostilla**: sähköpostiosoitteesi ja se, mitä seuraat (julkinen "
        "kuuleminen, käytännön kysymykset ja kommentit tai tapahtumien laji). Tarkoitus: "
        "vahvistuslinkin ja enintään kerran päivässä lähetettävän uutisviestin lähettäminen. "
        "Osoitetta ei näytetä kenellekään. Se poistetaan heti, kun lopetat seuraamisen minkä "
        "tahansa viestin linkistä, ja vahvistamaton tilaus poistetaan viikon kuluttua.\n"
    ),
    "sv": (
        "- **Att följa per e-post**: din e-postadress och vad du följer (ett offentligt "
        "hörande, frågorna och kommentarerna om ett arbetssätt eller ett slag av evenemang). "
        "Syfte: att skicka länken för bekräftelse och högst ett nyhetsmeddelande om dagen. "
        "Adressen visas inte för någon. Den raderas genast när du slutar följa via länken i "
        "vilket meddelande som helst, och en obekräftad prenumeration raderas efter en vecka.\n"
    ),
}
BEFORE = {"fi": "- **Istuntoeväste**", "sv": "- **Sessionskaka**"}


def forward(apps, schema_editor):
    page = apps.get_model("portal", "Page").objects.filter(key="privacy").first()
    if not page:
        return
    for language, paragraph in FOLLOWING.items():
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
    for language, paragraph in FOLLOWING.items():
        field = f"body_{language}"
        text = (getattr(page, field) or "").replace(paragraph, "", 1)
        setattr(page, field, text.replace(f"\n\n{paragraph.strip()}", "", 1))
    page.body = page.body_fi
    page.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0016_subscriptions")]

    operations = [migrations.RunPython(forward, backward)]
