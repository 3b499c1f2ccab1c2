"""The accessibility statement's editable text gets its compliance status and how it was
prepared; its feedback and enforcement parts are drawn by the page itself now
(portal.accessibility). The privacy notice says what the feedback form keeps. Texts that
coordinators have edited since 0003 are left as they are, except that the privacy notice
always gains its paragraph on the feedback form."""

from importlib import import_module

from django.db import migrations

from portal.text import normalise_text

FIRST = import_module("portal.migrations.0003_statement_pages").PAGES
WORDING = import_module("portal.migrations.0005_statement_pages_wording").REWORDINGS


def as_first_written(page, key, field):
    """Whether the page's text is still 0003's, as 0005 reworded and 0006 normalised it."""
    text = FIRST[key][field]
    for page_key, reworded_field, old, new in WORDING:
        if (page_key, reworded_field) == (key, field):
            text = text.replace(old, new)
    return getattr(page, field) in {FIRST[key][field], text, normalise_text(text)}


STATEMENT = {
    "body_fi": (
        "## Saavutettavuuden tila\n\n"
        "Palvelu täyttää saavutettavuusvaatimukset osittain. Se on tehty täyttämään WCAG 2.1 "
        "-ohjeiston A- ja AA-tason vaatimukset: jokainen sivu toimii näppäimistöllä ja ilman "
        "JavaScriptiä, sivuilla on otsikkorakenne ja alueet, lomakkeiden kentillä on nimet, "
        "sivun kieli on merkitty ja sivut mukautuvat 320 pikselin levyiselle näytölle ilman "
        "vaakavieritystä. Alla luetellut sisällöt eivät vielä ole saavutettavia.\n\n"
        "## Ei-saavutettava sisältö\n\n"
        "- Ylläpitäjien käyttämä hallintanäkymä on Django-ohjelmiston vakionäkymä, jota ei "
        "ole arvioitu erikseen.\n"
        "- Liitetiedostot (esimerkiksi PDF-raportit) ovat niiden julkaisijoiden tuottamia, "
        "eivätkä ne välttämättä ole saavutettavia. Voit pyytää niiden sisällön saavutettavassa "
        "muodossa palautelomakkeella.\n\n"
        "## Selosteen laatiminen\n\n"
        "Seloste on laadittu 2.12.2026. Saavutettavuus on arvioitu itse: sivut tarkistetaan "
        "automaattisesti axe-työkalulla jokaisen muutoksen yhteydessä, ja niitä on käytetty "
        "näppäimistöllä ja kapealla näytöllä."
    ),
    "body_sv": (
        "## Tillgänglighetsstatus\n\n"
        "Tjänsten uppfyller tillgänglighetskraven delvis. Den är gjord för att uppfylla "
        "kraven på nivå A och AA i riktlinjerna WCAG 2.1: varje sida fungerar med "
        "tangentbordet och utan JavaScript, sidorna har rubriker och landmärken, "
        "formulärfälten har namn, sidans språk är angivet och sidorna anpassar sig till en 320 "
        "pixlar bred skärm utan vågrät rullning. Innehållet som räknas upp nedan är ännu inte "
        "tillgängligt.\n\n"
        "## Innehåll som inte är tillgängligt\n\n"
        "- Administratörernas förvaltningsvy är programmet Djangos standardvy och har inte "
        "utvärderats separat.\n"
        "- Bilagor (till exempel rapporter i PDF-format) är gjorda av sina utgivare och är "
        "inte nödvändigtvis tillgängliga. Du kan be om innehållet i tillgänglig form med "
        "responsformuläret.\n\n"
        "## Hur utlåtandet har utarbetats\n\n"
        "Utlåtandet har utarbetats 2.12.2026. Tillgängligheten har bedömts av oss själva: "
        "sidorna granskas automatiskt med verktyget axe vid varje ändring, och de har använts "
        "med tangentbordet och på en smal skärm."
    ),
}

FEEDBACK_FI = (
    "- **Saavutettavuuspalaute**: palautteen teksti sekä halutessasi nimesi ja "
    "sähköpostiosoitteesi. Tarkoitus: palautteen käsittely ja siihen vastaaminen. Palaute "
    "lähetetään sähköpostilla koordinaattoreille, eikä portaali tallenna siitä mitään.\n"
)
FEEDBACK_SV = (
    "- **Tillgänglighetsrespons**: responsens text och, om du vill, ditt namn och din "
    "e-postadress. Syfte: att behandla och besvara responsen. Responsen skickas per e-post "
    "till koordinatorerna, och portalen sparar ingenting av den.\n"
)
KEPT_FI = (
    "Saavutettavuuspalaute poistetaan koordinaattoreiden sähköpostista, kun palaute on "
    "käsitelty ja siihen on vastattu."
)
KEPT_SV = (
    "Tillgänglighetsrespons raderas ur koordinatorernas e-post när den har behandlats och "
    "besvarats."
)
# Where each language's paragraph goes in the first privacy notice.
FEEDBACK_BEFORE = {"fi": "- **Istuntoeväste**", "sv": "- **Sessionskaka**"}
KEPT_AFTER = {
    "fi": "poistetaan, kun ehdotus on käsitelty.",
    "sv": "tas bort när förslaget har behandlats.",
}
ADDED = {"fi": (FEEDBACK_FI, KEPT_FI), "sv": (FEEDBACK_SV, KEPT_SV)}
# The session also holds the practices a visitor chose to compare (practices.comparison).
SESSION = {
    "fi": (
        "kirjautuneen käyttäjän istunto ja lomakkeiden suojaus.",
        "kirjautuneen käyttäjän istunto, vertailuun valitut käytännöt ja lomakkeiden suojaus.",
    ),
    "sv": (
        "den inloggade användarens session och formulärens skydd.",
        "den inloggade användarens session, de arbetssätt du har valt att jämföra och "
        "formulärens skydd.",
    ),
}


def privacy_text(first, language):
    feedback, kept = ADDED[language]
    text = first.replace(FEEDBACK_BEFORE[language], feedback + FEEDBACK_BEFORE[language], 1)
    text = text.replace(*SESSION[language], 1)
    return text.replace(KEPT_AFTER[language], f"{KEPT_AFTER[language]} {kept}", 1)


def forward(apps, schema_editor):
    page_model = apps.get_model("portal", "Page")
    statement = page_model.objects.filter(key="accessibility").first()
    if statement:
        for field, text in STATEMENT.items():
            if as_first_written(statement, "accessibility", field):
                setattr(statement, field, text)
        statement.body = statement.body_fi
        statement.save()
    privacy = page_model.objects.filter(key="privacy").first()
    if privacy:
        for language in ("fi", "sv"):
            field = f"body_{language}"
            current = getattr(privacy, field)
            if as_first_written(privacy, "privacy", field):
                setattr(privacy, field, privacy_text(current, language))
            elif ADDED[language][0].strip() not in current:
                feedback, kept = ADDED[language]
                setattr(privacy, field, f"{current}\n\n{feedback}\n{kept}".strip())
        privacy.body = privacy.body_fi
        privacy.save()


def backward(apps, schema_editor):
    page_model = apps.get_model("portal", "Page")
    for key, new_texts in (
        ("accessibility", STATEMENT),
        (
            "privacy",
            {
                f"body_{code}": privacy_text(FIRST["privacy"][f"body_{code}"], code)
                for code in ("fi", "sv")
            },
        ),
    ):
        page = page_model.objects.filter(key=key).first()
        if not page:
            continue
        for field, text in new_texts.items():
            if getattr(page, field) == text:
                setattr(page, field, FIRST[key][field])
        page.body = page.body_fi
        page.save()


class Migration(migrations.Migration):
    dependencies = [("portal", "0008_page_feedback_email")]

    operations = [migrations.RunPython(forward, backward)]
