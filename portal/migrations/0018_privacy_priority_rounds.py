"""The privacy notice says what ranking in a shared priority round keeps (issue 22): a
member's ranking with their account; a visitor's, in a round open to the public, with the
hash of a random code kept in a cookie of theirs, and nothing that says who they are. The
paragraph goes before the session cookie's where the notice still has it, else at the end;
a coordinator's own wording is otherwise left as it is."""

from django.db import migrations

ROUNDS = {
    "fi": (
        "- **Painopistekierrosten järjestykset**: kumppaniverkoston jäsenen järjestys "
        "tallennetaan hänen tunnuksensa yhteyteen, jotta hän voi muuttaa sitä kierroksen "
        "aikana. Kaikille avoimella kierroksella selaimeesi tallennetaan vuodeksi satunnainen "
        "koodi (eväste *round_ranker*), ja järjestyksesi tallennetaan vain koodin tiivisteen "
        "yhteyteen; siitä ei voi päätellä, kuka olet. Tuloksessa näytetään vain lukumäärät.\n"
    ),
    "sv": (
        "- **Rangordningar i prioriteringsrundor**: en medlem i partnernätverket har sin "
        "rangordning kopplad till sitt konto, så att den kan ändras medan rundan pågår. I en "
        "runda som är öppen för alla sparas en slumpmässig kod i din webbläsare för ett år "
        "(kakan *round_ranker*), och din rangordning sparas endast med kodens hashvärde; den "
        "säger inget om vem du är. Resultatet visar endast antal.\n"
    ),
}
BEFORE = {"fi": "- **Istuntoeväste**", "sv": "- **Sessionskaka**"}


def forward(apps, schema_editor):
    page = apps.get_model("portal", "Page").objects.filter(key="privacy").first()
    if not page:
        return
    for language, paragraph in ROUNDS.items():
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
    for language, paragraph in ROUNDS.items():
        field = f"body_{language}"
        text = (getattr(page, field) or "").replace(paragraph, "", 1)
        setattr(page, field, text.replace(f"\n\n{paragraph.strip()}", "", 1))
    page.body = page.body_fi
    page.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0017_privacy_following")]

    operations = [migrations.RunPython(forward, backward)]
