"""The site search's relevance test set (issue 18, item 5): queries written as people type
them, in Finnish and in Swedish, each with the record it must find among the first three hits
of its kind, in the demo content.

A record is named by its kind, its model and its slug (a page by its key); its address in the
query's language is read from the database, so the set names no addresses. `tests` says what
the query tries: an inflected form, a part of a compound, a typo, letters without their dots,
several words, a place or an organisation by its name.

`recall(client)` counts how many queries find their record among the first three of its kind,
in the site search and in the practice list, per language. It needs a configured Django with
the content loaded (the demo), not pytest, so that a benchmark can print it (`make bench`)."""

import re
from dataclasses import dataclass

TOP = 3  # the record must be among the first TOP hits of its kind
MIN_PER_LANGUAGE = 60
LANGUAGES = ("fi", "sv")

INFLECTED = "inflected"
COMPOUND = "compound part"
TYPO = "typo"
PLAIN = "no diacritics"
WORDS = "several words"
PLACE = "place name"
ORGANISATION = "organisation"
TESTS = (INFLECTED, COMPOUND, TYPO, PLAIN, WORDS, PLACE, ORGANISATION)


@dataclass(frozen=True)
class Record:
    """A record of the site search: its kind's key, its model's label and its slug (or
    another field that is unique)."""

    kind: str
    model: str
    lookup: str
    field: str = "slug"


def practice(slug):
    return Record("practices", "practices.Practice", slug)


def source(slug):
    return Record("sources", "practices.Source", slug)


def priority(slug):
    return Record("priorities", "practices.Priority", slug)


def indicator(slug):
    return Record("indicators", "monitoring.Indicator", slug)


def path(slug):
    return Record("paths", "networks.IntegrationPath", slug)


def actor(slug):
    return Record("actors", "networks.Actor", slug)


def municipality(slug):
    return Record("municipalities", "networks.Municipality", slug)


def page(key):
    return Record("pages", "portal.Page", key, field="key")


@dataclass(frozen=True)
class Query:
    language: str
    text: str
    record: Record
    tests: tuple[str, ...]


def fi(text, record, *tests):
    return Query("fi", text, record, tests)


def sv(text, record, *tests):
    return Query("sv", text, record, tests)


# The demo's records, by the names of their slugs.
HYVA_ALKU = practice("hyva-alku-alkukartoitus-ja-suunnitelma")
KOTOPAIKKA2 = practice("kotopaikka2-viisivaiheinen-tyollistymisen-malli")
OSALLISUUSPOLITIIKKA = practice("vaasan-osallisuuspolitiikka")
MENTORIT = practice("tyopaikkamentoreiden-valmennus")
KORTTIKOULUTUKSET = practice("selkokieliset-korttikoulutukset")
ENNAKKOTIETO = practice("ennakkotieto-rekrytoivilta-tyonantajilta")
REKRYTOINNEISTA_KERTOMINEN = practice("onnistuneista-rekrytoinneista-kertominen")
STRATEGIATYO = practice("kuntajohdon-strategiatyo")
AIESOPIMUKSEN_VALMISTELU = practice("alueellisen-aiesopimuksen-valmistelu")
SKANEN_MALLI = practice("skanen-alueellinen-yhteistyomalli")
TESTIPISTE = practice("testipiste-alkukartoituksen-tukena")
VERKOSTOANALYYSI = practice("verkostoanalyysi-kotoutumisen-poluittain")
ALKUVAIHEEN_OHJAUS = practice("yhtenainen-alkuvaiheen-ohjaus")
YHTEISTOIMINTASOPIMUS = practice("jarjestojen-ja-julkisen-sektorin-yhteistoimintasopimus")

QUERIES = [
    # --- Finnish ------------------------------------------------------------------------
    # Practices
    fi("alkukartoitukseen", HYVA_ALKU, INFLECTED),
    fi("kartoitus", HYVA_ALKU, COMPOUND),
    fi("alkukartotus", HYVA_ALKU, TYPO),
    fi("kotoutumisuunnitelma", HYVA_ALKU, TYPO),
    fi("työllistymistä", KOTOPAIKKA2, INFLECTED),
    fi("tyollistymisen malli", KOTOPAIKKA2, PLAIN, WORDS),
    fi("viisivaiheista mallia", KOTOPAIKKA2, INFLECTED, WORDS),
    fi("Kotopaikka2-hankkeen malli", KOTOPAIKKA2, INFLECTED, WORDS),
    fi("Vaasan osallisuuspolitiikkaa", OSALLISUUSPOLITIIKKA, INFLECTED, PLACE),
    fi("politiikka", OSALLISUUSPOLITIIKKA, COMPOUND),
    fi("osallisuuspolitikka", OSALLISUUSPOLITIIKKA, TYPO),
    fi("mentoreiden valmennus", MENTORIT, COMPOUND, WORDS),
    fi("työpaikkamentori", MENTORIT, INFLECTED),
    fi("tyopaikkamentorit", MENTORIT, PLAIN, INFLECTED),
    fi("selkokielinen korttikoulutus", KORTTIKOULUTUKSET, INFLECTED, WORDS),
    fi("hygieniapassi", KORTTIKOULUTUKSET, INFLECTED),
    fi("hygieniapasi", KORTTIKOULUTUKSET, TYPO),
    fi("lupakortti", KORTTIKOULUTUKSET, COMPOUND),
    fi("työturvallisuuskortti", KORTTIKOULUTUKSET, INFLECTED),
    fi("ennakkotietoa työnantajilta", ENNAKKOTIETO, INFLECTED, WORDS),
    fi("ulkomailta rekrytoiva työnantaja", ENNAKKOTIETO, INFLECTED, WORDS),
    fi("onnistunut rekrytointi", REKRYTOINNEISTA_KERTOMINEN, INFLECTED, WORDS),
    fi("kuntajohto", STRATEGIATYO, INFLECTED),
    fi("strategia", STRATEGIATYO, COMPOUND),
    fi("aiesopimus", AIESOPIMUKSEN_VALMISTELU, INFLECTED),
    fi("aisopimus", AIESOPIMUKSEN_VALMISTELU, TYPO),
    fi("valmisteluprosessiin", AIESOPIMUKSEN_VALMISTELU, INFLECTED),
    fi("Skånesta", SKANEN_MALLI, PLACE, INFLECTED),
    fi("alueellinen yhteistyomalli", SKANEN_MALLI, PLAIN, WORDS),
    fi("Partnerskap Skåne", SKANEN_MALLI, ORGANISATION, WORDS),
    fi("verkkotesti", TESTIPISTE, INFLECTED),
    fi("testipsite", TESTIPISTE, TYPO),
    fi("analyysi", VERKOSTOANALYYSI, COMPOUND),
    fi("prosessikuvaus", VERKOSTOANALYYSI, INFLECTED),
    fi("verkostoanalyyis", VERKOSTOANALYYSI, TYPO),
    fi("yhtenainen ohjaus", ALKUVAIHEEN_OHJAUS, PLAIN, WORDS),
    fi("alkuvaiheen ohajus", ALKUVAIHEEN_OHJAUS, TYPO, WORDS),
    fi("palveluiden ulkopuolelle jäävät", ALKUVAIHEEN_OHJAUS, INFLECTED, WORDS),
    fi("jarjestojen yhteistoimintasopimus", YHTEISTOIMINTASOPIMUS, PLAIN, WORDS),
    fi("julkinen sektori", YHTEISTOIMINTASOPIMUS, INFLECTED, WORDS),
    # Sources
    fi("kotoutumislain", source("kotoutumislaki-681-2023"), INFLECTED),
    fi("laki kotoutumisen edistämisestä 2023", source("kotoutumislaki-681-2023"), WORDS),
    fi(
        "valtion kotouttamisohjelmaan",
        source("valtion-kotouttamisohjelma-2012-2015"),
        INFLECTED,
        WORDS,
    ),
    fi("vaestorakenne", source("tilastokeskus-vaestorakenne"), PLAIN),
    fi("vieraskielinen väestö", source("tilastokeskus-vaestorakenne"), WORDS),
    fi("työllisyyskatsuas", source("tem-tyollisyyskatsaus"), TYPO),
    fi("katsaus työnhakijoista", source("tem-tyollisyyskatsaus"), COMPOUND, WORDS),
    fi("Tilastokeskuksen", source("tilastokeskus-tyossakaynti"), ORGANISATION, INFLECTED),
    fi("tyossakaynti", source("tilastokeskus-tyossakaynti"), PLAIN),
    fi("OECD:n katsaus", source("oecd-working-together-finland-2018"), ORGANISATION, WORDS),
    fi("työmarkkinat", source("oecd-working-together-finland-2018"), INFLECTED),
    fi(
        "Maahanmuuttajasta kuntalaiseksi",
        source("maahanmuuttajasta-kuntalaiseksi-hankekuvaus"),
        WORDS,
    ),
    fi("rok sopimus", source("skanen-rok-ja-partnerskap-skane"), PLAIN, WORDS),
    fi("Länsstyrelsen", source("skanen-rok-ja-partnerskap-skane"), ORGANISATION),
    fi("Hyvä alku Pohjanmaalla", source("hyva-alku-pohjanmaalla-hankekuvaus"), PLACE, WORDS),
    fi(
        "Jyväskylän ammattikorkeakoulu",
        source("kotopaikka2-hankkeen-esittely"),
        ORGANISATION,
        WORDS,
    ),
    fi("ammattikorkeakoulun esittely", source("kotopaikka2-hankkeen-esittely"), INFLECTED, WORDS),
    # Regional priorities
    fi("nopea ohjaus", priority("nopea-ja-yhtenainen-alkuvaiheen-ohjaus"), WORDS),
    fi("työpaikkaohjausta", priority("tyonantajayhteistyo-ja-tyopaikkaohjaus"), INFLECTED),
    fi("tyonantajayhteistyo", priority("tyonantajayhteistyo-ja-tyopaikkaohjaus"), PLAIN),
    fi(
        "yhteistyö työnantajien kanssa",
        priority("tyonantajayhteistyo-ja-tyopaikkaohjaus"),
        INFLECTED,
        WORDS,
    ),
    # Indicators
    fi("työllisyysasteen", indicator("tyollisyysaste-vieraskieliset"), INFLECTED),
    fi("työllisyys vieraskieliset", indicator("tyollisyysaste-vieraskieliset"), COMPOUND, WORDS),
    fi(
        "työttömien ulkomaan kansalaisten määrä",
        indicator("tyottomat-ulkomaan-kansalaiset"),
        INFLECTED,
        WORDS,
    ),
    fi("palvelutarve", indicator("arviointi-kahdessa-kuukaudessa"), INFLECTED),
    fi("kotoutumiskoulutukseen", indicator("kotoutumiskoulutuksen-aloittaneet"), INFLECTED),
    fi("järjestöjen toiminta", indicator("jarjestotoimintaan-osallistuneet"), INFLECTED, WORDS),
    fi("vieraskielisten osuus", indicator("vieraskielisten-osuus-vaestosta"), WORDS),
    # Integration paths
    fi("lasten ja nuorten polku", path("lapset-ja-nuoret"), WORDS),
    fi("nuorten polulle", path("lapset-ja-nuoret"), INFLECTED, WORDS),
    fi("työnhakijan polku", path("tyollisyys"), INFLECTED, WORDS),
    fi("yhteiskuntaorientatio", path("aikuiset"), TYPO),
    fi("monikielinen yhteiskuntaorientaatio", path("aikuiset"), WORDS),
    fi("työvoiman ulkopuolella", path("aikuiset"), WORDS),
    # Actors
    fi("Pohjanmaan liitolle", actor("pohjanmaan-liitto"), ORGANISATION, INFLECTED),
    fi(
        "Vaasan kaupungille",
        actor("vaasan-kaupunki"),
        ORGANISATION,
        PLACE,
        INFLECTED,
    ),
    fi("Vamian", actor("vamia"), ORGANISATION, INFLECTED),
    fi("Pietarsaaren kaupunki", actor("pietarsaaren-kaupunki"), ORGANISATION, PLACE, WORDS),
    fi(
        "kotoutumisyksikkö Pietarsaaressa",
        actor("pietarsaaren-seudun-kotoutumisyksikko"),
        PLACE,
        INFLECTED,
        WORDS,
    ),
    fi("Kelalta", actor("kela"), ORGANISATION, INFLECTED),
    fi("kansanelakelaitos", actor("kela"), ORGANISATION, PLAIN),
    fi("Kansaneläkelaitso", actor("kela"), ORGANISATION, TYPO),
    fi("Punaisen Ristin", actor("punainen-risti-pohjanmaa"), ORGANISATION, INFLECTED, WORDS),
    fi("TE-toimistoon", actor("pohjanmaan-te-toimisto"), ORGANISATION, INFLECTED),
    fi("ELY-keskus", actor("pohjanmaan-elinvoimakeskus"), ORGANISATION, INFLECTED),
    fi("elinvoimakeskukseen", actor("pohjanmaan-elinvoimakeskus"), ORGANISATION, INFLECTED),
    fi("hyvinvointialueelle", actor("pohjanmaan-hyvinvointialue"), INFLECTED),
    fi(
        "Pohjanmaan työllisyysalueen",
        actor("pohjanmaan-tyollisyysalue"),
        PLACE,
        INFLECTED,
        WORDS,
    ),
    fi(
        "Terveyden ja hyvinvoinnin laitokselle",
        actor("thl"),
        ORGANISATION,
        INFLECTED,
        WORDS,
    ),
    fi("kasvihuone Närpiössä", actor("kasvihuoneyritys-esimerkki"), COMPOUND, PLACE, WORDS),
    fi("teknologiayritys Vaasassa", actor("teknologiayritys-esimerkki"), PLACE, WORDS),
    fi("kansalaisopistossa", actor("kansalaisopisto-esimerkki"), INFLECTED),
    fi(
        "monikulttuurisen yhdistyksen",
        actor("monikulttuurinen-yhdistys-esimerkki"),
        INFLECTED,
        WORDS,
    ),
    fi("nuorisopalveluihin", actor("vaasan-nuorisopalvelut"), INFLECTED),
    fi("lukio", actor("vaasan-lukiokoulutus"), COMPOUND),
    fi("varhaiskasvatus Vaasassa", actor("vaasan-varhaiskasvatus"), PLACE, WORDS),
    fi("Optimaan", actor("optima"), ORGANISATION, INFLECTED),
    fi(
        "svenska osterbottens forbund",
        actor("svenska-osterbottens-forbund"),
        ORGANISATION,
        PLAIN,
        WORDS,
    ),
    fi("Rannikko-Pohjanmaan kuntayhtymä", actor("k5"), ORGANISATION, WORDS),
    fi("perhepalveluihin", actor("sosiaalityo-ja-perhepalvelut"), INFLECTED),
    # Municipalities
    fi("Vaasassa", municipality("vaasa"), PLACE, INFLECTED),
    fi("Pietarsaaren", municipality("pietarsaari"), PLACE, INFLECTED),
    fi("Pietrasaari", municipality("pietarsaari"), PLACE, TYPO),
    fi("Narpiossa", municipality("narpio"), PLACE, PLAIN, INFLECTED),
    fi("Mustasaaressa", municipality("mustasaari"), PLACE, INFLECTED),
    fi("Kruunupyyhyn", municipality("kruunupyy"), PLACE, INFLECTED),
    fi("Uudessakaarlepyyssä", municipality("uusikaarlepyy"), PLACE, INFLECTED),
    fi("Uudenkaarlepyyn", municipality("uusikaarlepyy"), PLACE, INFLECTED),
    fi("Kristiinankaupungissa", municipality("kristiinankaupunki"), PLACE, INFLECTED),
    fi("Kaskisissa", municipality("kaskinen"), PLACE, INFLECTED),
    fi("Maalahdella", municipality("maalahti"), PLACE, INFLECTED),
    fi("Isokyro", municipality("isokyro"), PLACE, PLAIN),
    fi("Vöyrillä", municipality("voyri"), PLACE, INFLECTED),
    fi("Luodossa", municipality("luoto"), PLACE, INFLECTED),
    fi("Korsnäsissä", municipality("korsnas"), PLACE, INFLECTED),
    fi("Laihialla", municipality("laihia"), PLACE, INFLECTED),
    fi("Pedersöressä", municipality("pedersoren-kunta"), PLACE, INFLECTED),
    # Pages
    fi("saavutettavuusselosteen", page("accessibility"), INFLECTED),
    fi("tietosuoja", page("privacy"), COMPOUND),
    fi("henkilötietojen käsittely", page("privacy"), INFLECTED, WORDS),
    fi("evästeet", page("privacy"), COMPOUND, INFLECTED),
    # --- Swedish ------------------------------------------------------------------------
    # Practices
    sv("kartläggningen", HYVA_ALKU, INFLECTED),
    sv("kartlaggning", HYVA_ALKU, PLAIN),
    sv("kartläggnig", HYVA_ALKU, TYPO),
    sv("integrationsplaner", HYVA_ALKU, INFLECTED),
    sv("enhetlig kartläggning", HYVA_ALKU, WORDS),
    sv("sysselsättning för invandrare", KOTOPAIKKA2, INFLECTED, WORDS),
    sv("modell i fem faser", KOTOPAIKKA2, WORDS),
    sv("delaktighetspolitiken", OSALLISUUSPOLITIIKKA, INFLECTED),
    sv("politik", OSALLISUUSPOLITIIKKA, COMPOUND),
    sv("delaktighetspolitk", OSALLISUUSPOLITIIKKA, TYPO),
    sv("delaktighet i Vasa", OSALLISUUSPOLITIIKKA, PLACE, WORDS),
    sv("mentor", MENTORIT, INFLECTED),
    sv("traning av mentorer", MENTORIT, PLAIN, WORDS),
    sv("lättläst språk", KORTTIKOULUTUKSET, WORDS),
    sv("lattlast sprak", KORTTIKOULUTUKSET, PLAIN, WORDS),
    sv("hygeinpass", KORTTIKOULUTUKSET, TYPO),
    sv("arbetarskyddskortet", KORTTIKOULUTUKSET, INFLECTED),
    sv("forhandsinformation", ENNAKKOTIETO, PLAIN),
    sv("förhandsinformationen från arbetsgivarna", ENNAKKOTIETO, INFLECTED, WORDS),
    sv("språkutbildningen", ENNAKKOTIETO, INFLECTED),
    sv("lyckad rekrytering", REKRYTOINNEISTA_KERTOMINEN, INFLECTED, WORDS),
    sv("kommunledning", STRATEGIATYO, INFLECTED),
    sv("strategiarbetet", STRATEGIATYO, INFLECTED),
    sv("avsiktsforklaringen", AIESOPIMUKSEN_VALMISTELU, PLAIN, INFLECTED),
    sv("avsiktsförklarnig", AIESOPIMUKSEN_VALMISTELU, TYPO),
    sv("beredning", AIESOPIMUKSEN_VALMISTELU, COMPOUND),
    sv("process", AIESOPIMUKSEN_VALMISTELU, COMPOUND),
    sv("samverkansmodell Skåne", SKANEN_MALLI, PLACE, WORDS),
    sv("Skane", SKANEN_MALLI, PLACE, PLAIN),
    sv("regional överenskommelse", SKANEN_MALLI, WORDS),
    sv("webbtesten", TESTIPISTE, INFLECTED),
    sv("nätverksanalysen", VERKOSTOANALYYSI, INFLECTED),
    sv("natverksanalys", VERKOSTOANALYYSI, PLAIN),
    sv("analys", VERKOSTOANALYYSI, COMPOUND),
    sv("nätverksanalsy", VERKOSTOANALYYSI, TYPO),
    sv("integrationsvägar", VERKOSTOANALYYSI, INFLECTED),
    sv("enhetlig vägledning", ALKUVAIHEEN_OHJAUS, WORDS),
    sv("vagledning for dem utanfor tjansterna", ALKUVAIHEEN_OHJAUS, PLAIN, WORDS),
    sv("samverkansavtal föreningar", YHTEISTOIMINTASOPIMUS, INFLECTED, WORDS),
    sv("avtal", YHTEISTOIMINTASOPIMUS, COMPOUND),
    sv("beskrivningar", VERKOSTOANALYYSI, COMPOUND, INFLECTED),
    sv("vägarna", VERKOSTOANALYYSI, COMPOUND, INFLECTED),
    sv("ledningen", STRATEGIATYO, COMPOUND, INFLECTED),
    sv("offentliga sektorn", YHTEISTOIMINTASOPIMUS, WORDS),
    # Sources
    sv("integrationslag", source("kotoutumislaki-681-2023"), INFLECTED),
    sv("lag om främjande av integration", source("kotoutumislaki-681-2023"), WORDS),
    sv("statens integrationsprogram", source("valtion-kotouttamisohjelma-2012-2015"), WORDS),
    sv(
        "integrationsprogrammet 2012",
        source("valtion-kotouttamisohjelma-2012-2015"),
        INFLECTED,
        WORDS,
    ),
    sv("befolkningsstrukturen", source("tilastokeskus-vaestorakenne"), INFLECTED),
    sv("strukturen", source("tilastokeskus-vaestorakenne"), COMPOUND, INFLECTED),
    sv("översikt", source("tem-tyollisyyskatsaus"), COMPOUND),
    sv("frammande sprak", source("tilastokeskus-vaestorakenne"), PLAIN, WORDS),
    sv("sysselsattningsoversikt", source("tem-tyollisyyskatsaus"), PLAIN),
    sv("Statistikcentralens", source("tilastokeskus-tyossakaynti"), ORGANISATION, INFLECTED),
    sv("OECD:s översikt", source("oecd-working-together-finland-2018"), ORGANISATION, WORDS),
    sv("arbetsmarknad", source("oecd-working-together-finland-2018"), INFLECTED),
    sv(
        "Från invandrare till kommuninvånare",
        source("maahanmuuttajasta-kuntalaiseksi-hankekuvaus"),
        WORDS,
    ),
    sv("kommuninvanare", source("maahanmuuttajasta-kuntalaiseksi-hankekuvaus"), PLAIN),
    sv("projektbeskrivningen", source("hyva-alku-pohjanmaalla-hankekuvaus"), INFLECTED),
    sv("En bra start i Österbotten", source("hyva-alku-pohjanmaalla-hankekuvaus"), PLACE, WORDS),
    sv("rok", source("skanen-rok-ja-partnerskap-skane"), ORGANISATION, PLAIN),
    sv(
        "Länsstyrelsen i Skåne",
        source("skanen-rok-ja-partnerskap-skane"),
        ORGANISATION,
        PLACE,
        WORDS,
    ),
    sv("JAMK:s presentation", source("kotopaikka2-hankkeen-esittely"), ORGANISATION, WORDS),
    # Regional priorities
    sv("snabb vägledning", priority("nopea-ja-yhtenainen-alkuvaiheen-ohjaus"), WORDS),
    sv(
        "handledning på arbetsplatsen",
        priority("tyonantajayhteistyo-ja-tyopaikkaohjaus"),
        WORDS,
    ),
    sv(
        "samarbete med arbetsgivarna",
        priority("tyonantajayhteistyo-ja-tyopaikkaohjaus"),
        INFLECTED,
        WORDS,
    ),
    # Indicators
    sv("sysselsättningsgrad", indicator("tyollisyysaste-vieraskieliset"), INFLECTED),
    sv("servicebehov", indicator("arviointi-kahdessa-kuukaudessa"), INFLECTED),
    sv("integrationsutbildningen", indicator("kotoutumiskoulutuksen-aloittaneet"), INFLECTED),
    sv("integrationsutbilding", indicator("kotoutumiskoulutuksen-aloittaneet"), TYPO),
    sv("foreningsverksamhet", indicator("jarjestotoimintaan-osallistuneet"), PLAIN),
    sv("arbetslösa utländska medborgare", indicator("tyottomat-ulkomaan-kansalaiset"), WORDS),
    sv("andel modersmål", indicator("vieraskielisten-osuus-vaestosta"), INFLECTED, WORDS),
    # Integration paths
    sv("barn och unga", path("lapset-ja-nuoret"), WORDS),
    sv("vägen för arbetssökande", path("tyollisyys"), WORDS),
    sv("samhällsorientring", path("aikuiset"), TYPO),
    sv("flerspråkig samhällsorientering", path("aikuiset"), WORDS),
    sv("vuxna utanför arbetskraften", path("aikuiset"), WORDS),
    # Actors
    sv("Österbottens förbund", actor("pohjanmaan-liitto"), ORGANISATION, PLACE, WORDS),
    sv("Vasa stad", actor("vaasan-kaupunki"), ORGANISATION, PLACE, WORDS),
    sv("Jakobstads stad", actor("pietarsaaren-kaupunki"), ORGANISATION, PLACE, WORDS),
    sv(
        "integrationsenheten i Jakobstad",
        actor("pietarsaaren-seudun-kotoutumisyksikko"),
        ORGANISATION,
        PLACE,
        WORDS,
    ),
    sv("FPA", actor("kela"), ORGANISATION),
    sv("Folkpensionsantalten", actor("kela"), ORGANISATION, TYPO),
    sv("Röda korset", actor("punainen-risti-pohjanmaa"), ORGANISATION, INFLECTED, WORDS),
    sv("roda kors", actor("punainen-risti-pohjanmaa"), ORGANISATION, PLAIN, WORDS),
    sv("TE-byrån", actor("pohjanmaan-te-toimisto"), ORGANISATION),
    sv("arbets- och näringsbyrån", actor("pohjanmaan-te-toimisto"), INFLECTED, WORDS),
    sv("NTM-centralen", actor("pohjanmaan-elinvoimakeskus"), ORGANISATION, INFLECTED),
    sv("livskraftscentral", actor("pohjanmaan-elinvoimakeskus"), ORGANISATION, INFLECTED),
    sv("välfärdsområdet", actor("pohjanmaan-hyvinvointialue"), INFLECTED),
    sv("sysselsättningsområde Vasa", actor("pohjanmaan-tyollisyysalue"), PLACE, WORDS),
    sv("Jakobstadsregionen", actor("pietarsaaren-seudun-tyollisyysalue"), PLACE, INFLECTED),
    sv("Institutet för hälsa och välfärd", actor("thl"), ORGANISATION, WORDS),
    sv("växthusföretag i Närpes", actor("kasvihuoneyritys-esimerkki"), PLACE, WORDS),
    sv("företag i Vasa", actor("teknologiayritys-esimerkki"), COMPOUND, PLACE, WORDS),
    sv("medborgarinstitutet", actor("kansalaisopisto-esimerkki"), INFLECTED),
    sv(
        "mangkulturella foreningar",
        actor("monikulttuurinen-yhdistys-esimerkki"),
        PLAIN,
        INFLECTED,
        WORDS,
    ),
    sv("ungdomstjänsterna", actor("vaasan-nuorisopalvelut"), INFLECTED),
    sv("gymnasier", actor("vaasan-lukiokoulutus"), INFLECTED),
    sv("småbarnspedagogik i Vasa", actor("vaasan-varhaiskasvatus"), PLACE, WORDS),
    sv("Optimas", actor("optima"), ORGANISATION, INFLECTED),
    sv("Närpes stad", actor("narpion-kaupunki"), ORGANISATION, PLACE, WORDS),
    sv("Kust-Österbottens samkommun", actor("k5"), ORGANISATION, WORDS),
    sv("familjetjanster", actor("sosiaalityo-ja-perhepalvelut"), PLAIN),
    sv("Yrkesakademin i Österbotten", actor("yrkesakademin"), ORGANISATION, WORDS),
    # Municipalities
    sv("Vasa", municipality("vaasa"), PLACE),
    sv("Jakobstads", municipality("pietarsaari"), PLACE, INFLECTED),
    sv("Nykarlebys", municipality("uusikaarlepyy"), PLACE, INFLECTED),
    sv("Kristinsetad", municipality("kristiinankaupunki"), PLACE, TYPO),
    sv("Korsholms", municipality("mustasaari"), PLACE, INFLECTED),
    sv("Vora", municipality("voyri"), PLACE, PLAIN),
    sv("Kasko", municipality("kaskinen"), PLACE, PLAIN),
    sv("Narpes", municipality("narpio"), PLACE, PLAIN),
    sv("Pedersore", municipality("pedersoren-kunta"), PLACE, PLAIN),
    sv(
        "Malax kommun",
        municipality("maalahti"),
        PLACE,
        WORDS,
    ),
    sv("Storkyro", municipality("isokyro"), PLACE),
    sv("Larsmos", municipality("luoto"), PLACE, INFLECTED),
    sv("Kronoby", municipality("kruunupyy"), PLACE),
    sv("Laihela", municipality("laihia"), PLACE),
    # Pages
    sv("tillgänglighetsutlåtandet", page("accessibility"), INFLECTED),
    sv("tillganglighet", page("accessibility"), PLAIN),
    sv("dataskydd", page("privacy"), COMPOUND),
    sv("personuppgifterna", page("privacy"), INFLECTED),
]


def of_language(language, queries=QUERIES):
    return [query for query in queries if query.language == language]


def record_url(record, language):
    """The address of the record's page in the language."""
    from django.apps import apps
    from django.utils import translation

    model = apps.get_model(record.model)
    found = model._base_manager.get(**{record.field: record.lookup})
    with translation.override(language):
        return found.get_absolute_url()


def first_urls(query, top=TOP):
    """The addresses of the first hits of the query's kind in the site search."""
    from django.utils import translation

    from portal.search import search_everything

    with translation.override(query.language):
        results = search_everything(query.text, kind_key=query.record.kind)
    hits = results.page.object_list if results.page is not None else []
    return [hit.url for hit in hits[:top]]


def finds(query):
    """Whether the site search shows the query's record among the first TOP of its kind."""
    return record_url(query.record, query.language) in first_urls(query)


def practice_list_urls(client, query):
    """The addresses of the practices that the practice list shows for the query, in order
    (the links to a practice's page only: not the list's export, feed or comparison)."""
    from django.urls import Resolver404, resolve, reverse
    from django.utils import translation

    with translation.override(query.language):
        list_url = reverse("practices:list")
    response = client.get(list_url, {"q": query.text})
    assert response.status_code == 200
    found = []
    for href in re.findall(r'href="(/[^"?#]*)"', response.content.decode()):
        with translation.override(query.language):
            try:
                match = resolve(href)
            except Resolver404:
                continue
        if match.view_name == "practices:detail" and href not in found:
            found.append(href)
    return found


def listed(client, query):
    """Whether the practice list shows the query's practice among its first TOP."""
    return record_url(query.record, query.language) in practice_list_urls(client, query)[:TOP]


def recall(client, queries=QUERIES):
    """{language: {"site": (found, total), "list": (found, total), "missed": [texts]}}: how
    many of the queries find their record among the first TOP hits of its kind in the site
    search, and of the practices' queries among the first TOP of the practice list."""
    report = {}
    for language in LANGUAGES:
        queries_of_language = of_language(language, queries)
        practice_queries = [q for q in queries_of_language if q.record.kind == "practices"]
        site_misses = [q.text for q in queries_of_language if not finds(q)]
        list_misses = [q.text for q in practice_queries if not listed(client, q)]
        report[language] = {
            "site": (len(queries_of_language) - len(site_misses), len(queries_of_language)),
            "list": (len(practice_queries) - len(list_misses), len(practice_queries)),
            "missed": site_misses + [f"{text} (list)" for text in list_misses],
        }
    return report
