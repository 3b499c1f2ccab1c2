"""The three pages the site links to by key, with first texts that coordinators then edit."""

from django.db import migrations

PAGES = {
    "home": {
        "title_fi": "Kotoutumisen tietopankki",
        "title_sv": "Kunskapsbanken för integration",
        "lead_fi": (
            "Pohjanmaan kuntien, viranomaisten, oppilaitosten ja järjestöjen yhteinen "
            "tietopankki siitä, mikä auttaa maahanmuuttajia työhön ja osaksi yhteisöä."
        ),
        "lead_sv": (
            "Österbottens kommuner, myndigheter, läroanstalter och organisationer delar här "
            "vad som hjälper invandrare in i arbetslivet och in i samhället."
        ),
        "body_fi": (
            "Tietopankki kokoaa yhteen kotoutumisen hyvät käytännöt ja niiden taustalla olevan "
            "näytön: lainsäädännön, arvioinnit, seurantatiedon ja tutkimuksen. Se näyttää, "
            "ketkä toimijat palvelevat maahanmuuttajia kotoutumisen polkujen eri vaiheissa, "
            "missä kunnissa ja millä kielellä, ja missä palveluissa on aukkoja.\n\n"
            "Ohjausryhmä valmistelee täällä myös alueellista aiesopimusta maahanmuuttajien "
            "työllisyyden ja osallisuuden edistämiseksi."
        ),
        "body_sv": (
            "Kunskapsbanken samlar god praxis inom integration och evidensen bakom den: "
            "lagstiftning, utvärderingar, uppföljningsdata och forskning. Den visar vilka "
            "aktörer som betjänar invandrare i integrationsvägarnas olika skeden, i vilka "
            "kommuner och på vilket språk, och var tjänsterna har luckor.\n\n"
            "Styrgruppen bereder här också den regionala avsiktsförklaringen om invandrares "
            "sysselsättning och delaktighet."
        ),
    },
    "accessibility": {
        "title_fi": "Saavutettavuusseloste",
        "title_sv": "Tillgänglighetsutlåtande",
        "lead_fi": (
            "Tämä seloste koskee Kotoutumisen tietopankkia. Palvelua koskee laki digitaalisten "
            "palvelujen tarjoamisesta (306/2019)."
        ),
        "lead_sv": (
            "Detta utlåtande gäller Kunskapsbanken för integration. Tjänsten omfattas av lagen "
            "om tillhandahållande av digitala tjänster (306/2019)."
        ),
        "body_fi": (
            "## Saavutettavuuden tila\n\n"
            "Palvelu on suunniteltu täyttämään WCAG 2.1 -ohjeiston AA-tason vaatimukset. "
            "Jokainen sivu toimii näppäimistöllä ja ilman JavaScriptiä, sivuilla on "
            "otsikkorakenne ja alueet, lomakkeiden kentillä on nimet ja sivun kieli on "
            "merkitty. Sivut tarkistetaan automaattisesti axe-työkalulla jokaisen muutoksen "
            "yhteydessä.\n\n"
            "## Ei-saavutettava sisältö\n\n"
            "- Ylläpitäjien käyttämä hallintanäkymä on Django-ohjelmiston vakionäkymä, jota ei "
            "ole arvioitu erikseen.\n"
            "- Liitetiedostot (esimerkiksi PDF-raportit) ovat niiden julkaisijoiden tuottamia, "
            "eivätkä ne välttämättä ole saavutettavia.\n\n"
            "## Palaute\n\n"
            "Jos huomaat saavutettavuuspuutteen, kerro siitä tietopankin koordinaattoreille. "
            "Vastaamme 14 päivän kuluessa.\n\n"
            "## Valvontaviranomainen\n\n"
            "Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon "
            "aikana, voit tehdä ilmoituksen valvontaviranomaiselle. Ohjeet ovat sivustolla "
            "[saavutettavuusvaatimukset.fi](https://www.saavutettavuusvaatimukset.fi/)."
        ),
        "body_sv": (
            "## Tillgänglighetens status\n\n"
            "Tjänsten är utformad för att uppfylla kraven på nivå AA i riktlinjerna WCAG 2.1. "
            "Varje sida fungerar med tangentbordet och utan JavaScript, sidorna har rubriker "
            "och landmärken, formulärfälten har namn och sidans språk är angivet. Sidorna "
            "granskas automatiskt med verktyget axe vid varje ändring.\n\n"
            "## Innehåll som inte är tillgängligt\n\n"
            "- Administratörernas förvaltningsvy är programmet Djangos standardvy och har inte "
            "utvärderats separat.\n"
            "- Bilagor (till exempel rapporter i PDF-format) är gjorda av sina utgivare och är "
            "inte nödvändigtvis tillgängliga.\n\n"
            "## Respons\n\n"
            "Om du märker en brist i tillgängligheten, meddela kunskapsbankens koordinatorer. "
            "Vi svarar inom 14 dagar.\n\n"
            "## Tillsynsmyndighet\n\n"
            "Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du "
            "göra en anmälan till tillsynsmyndigheten. Anvisningar finns på webbplatsen "
            "[tillganglighetskrav.fi](https://www.tillganglighetskrav.fi/)."
        ),
    },
    "privacy": {
        "title_fi": "Tietosuojaseloste",
        "title_sv": "Dataskyddsbeskrivning",
        "lead_fi": (
            "Mitä henkilötietoja Kotoutumisen tietopankki käsittelee, miksi ja kuinka kauan."
        ),
        "lead_sv": (
            "Vilka personuppgifter Kunskapsbanken för integration behandlar, varför och hur länge."
        ),
        "body_fi": (
            "## Mitä tietoja käsittelemme\n\n"
            "- **Käyttäjätilit**: ohjausryhmän jäsenten ja koordinaattoreiden nimi, "
            "sähköpostiosoite, käyttäjätunnus ja salasanan tiiviste. Tarkoitus: kirjautuminen "
            "ja aiesopimusluonnosten käsittely.\n"
            "- **Kommentit ja päätökset**: kommentin kirjoittaja ja ajankohta. Tarkoitus: "
            "sopimusvalmistelun läpinäkyvyys.\n"
            "- **Ehdotukset**: käytäntöä ehdottaneen henkilön sähköpostiosoite. Tarkoitus: "
            "ehdotuksen vahvistaminen ja tieto julkaisusta.\n"
            "- **Istuntoeväste**: kirjautuneen käyttäjän istunto ja lomakkeiden suojaus. "
            "Emme käytä seuranta- tai mainosevästeitä.\n\n"
            "Tietopankin sisältö kuvaa organisaatioita: yksityishenkilöiden yhteystietoja ei "
            "julkaista ilman heidän suostumustaan.\n\n"
            "## Säilytys\n\n"
            "Käyttäjätili poistetaan, kun sen tarve päättyy. Ehdotuksen sähköpostiosoite "
            "poistetaan, kun ehdotus on käsitelty.\n\n"
            "## Oikeutesi\n\n"
            "Sinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai poistamista "
            "ja tehdä valitus tietosuojavaltuutetun toimistolle "
            "([tietosuoja.fi](https://tietosuoja.fi/))."
        ),
        "body_sv": (
            "## Vilka uppgifter vi behandlar\n\n"
            "- **Användarkonton**: namn, e-postadress, användarnamn och lösenordets hash för "
            "styrgruppens medlemmar och koordinatorerna. Syfte: inloggning och behandling av "
            "utkast till avsiktsförklaringen.\n"
            "- **Kommentarer och beslut**: kommentarens skribent och tidpunkt. Syfte: "
            "öppenhet i beredningen av avtalet.\n"
            "- **Förslag**: e-postadressen till den som föreslår en praxis. Syfte: att "
            "bekräfta förslaget och meddela när det publiceras.\n"
            "- **Sessionskaka**: den inloggade användarens session och formulärens skydd. "
            "Vi använder inga kakor för spårning eller reklam.\n\n"
            "Kunskapsbankens innehåll beskriver organisationer: privatpersoners "
            "kontaktuppgifter publiceras inte utan deras samtycke.\n\n"
            "## Lagring\n\n"
            "Ett användarkonto tas bort när det inte längre behövs. E-postadressen i ett "
            "förslag tas bort när förslaget har behandlats.\n\n"
            "## Dina rättigheter\n\n"
            "Du har rätt att granska dina uppgifter, begära att de rättas eller raderas och "
            "att lämna in ett klagomål till dataombudsmannens byrå "
            "([tietosuoja.fi/sv](https://tietosuoja.fi/sv/))."
        ),
    },
}


def create_pages(apps, schema_editor):
    page_model = apps.get_model("portal", "Page")
    for key, texts in PAGES.items():
        # title holds the default language, as django-modeltranslation keeps it.
        page_model.objects.get_or_create(key=key, defaults={"title": texts["title_fi"], **texts})


def remove_pages(apps, schema_editor):
    apps.get_model("portal", "Page").objects.filter(key__in=PAGES).delete()


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_roles")]

    operations = [migrations.RunPython(create_pages, remove_pages)]
