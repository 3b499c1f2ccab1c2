"""Demo content for the practices app: themes, target groups, the knowledge bank's sources,
practices with their steps and evidence assessments, two regional priorities, and where
practices are in use (adoptions).

Written in our own words from the seed documents (the Maahanmuuttajasta kuntalaiseksi project
2012–2013, Hyvä alku Pohjanmaalla, and JAMK's presentation of Kotopaikka2 from 2020);
organisations only, no private persons. The Skåne model is described after Länsstyrelsen
Skåne's and Partnerskap Skåne's own pages, with Malmö högskola under its name since 2018,
Malmö universitet; the OECD review, the national integration programme of 2012 and the
Statistics Finland series were checked to exist as named. The evidence scale follows Itla's
Kasvun tuki; its Swedish name could not be confirmed, so the Swedish pages keep the Finnish one.

Ratings of the practices from the seeds are deliberately modest: the sources at hand describe
the practices and their reasoning, but none reports monitored or evaluated results, so none of
them is above level 2. To show the whole scale, and to give a practice to the path stages the
seeds say nothing about (integration training, studies in language and everyday skills,
preparatory and basic education, upper secondary), seven example practices follow them, rated
from "harmful" to level 5 on example sources. The example practices and sources say so in
their titles and the first word of their texts, as do the ratings and adoptions of the example
practices. The second priority, its period and its selections are an illustration of how the
portal is used, and say so.
"""

import datetime

from django.utils import timezone

from networks.demo import ELINVOIMAKESKUS, JAKOBSTAD_REGION, K5, translated
from networks.models import Actor, Language, Municipality, PathStage
from practices.evidence import EvidenceLevel, source_rule_error
from practices.models import (
    Adoption,
    Assessment,
    Feedback,
    Practice,
    Priority,
    PrioritySelection,
    Source,
    Step,
    TargetGroup,
    Theme,
)

# (slug, name in Finnish, name in Swedish), in the order they are listed.
THEMES = [
    ("tyollisyys", "Työllisyys", "Sysselsättning"),
    ("osallisuus", "Osallisuus", "Delaktighet"),
    (
        "alkuvaiheen-ohjaus",
        "Alkuvaiheen ohjaus ja neuvonta",
        "Vägledning och rådgivning i det inledande skedet",
    ),
    ("koulutus", "Koulutus", "Utbildning"),
    ("kieli", "Kieli ja kielitaito", "Språk och språkkunskaper"),
    ("terveys-ja-hyvinvointi", "Terveys ja hyvinvointi", "Hälsa och välfärd"),
    ("perheet", "Perheet", "Familjer"),
    ("nuoret", "Nuoret", "Unga"),
    ("tyonantajat-ja-rekrytointi", "Työnantajat ja rekrytointi", "Arbetsgivare och rekrytering"),
    ("verkostot-ja-yhteistyo", "Verkostot ja yhteistyö", "Nätverk och samarbete"),
]

TARGET_GROUPS = [
    ("kaikki-vasta-muuttaneet", "Kaikki vasta muuttaneet", "Alla nyinflyttade"),
    (
        "palvelujen-ulkopuolella",
        "Palvelujen ulkopuolelle jäävät (muut kuin työvoimapalvelujen asiakkaat)",
        "De som står utanför tjänsterna (andra än kunder hos arbetskraftsservicen)",
    ),
    ("perheenjasenena-muuttaneet", "Perheenjäsenenä muuttaneet", "Anhöriginvandrare"),
    ("opiskelijat", "Opiskelijat", "Studerande"),
    ("kotivanhemmat", "Kotivanhemmat", "Hemmaföräldrar"),
    ("nuoret", "Nuoret", "Unga"),
    ("vammaiset-henkilot", "Vammaiset henkilöt", "Personer med funktionsnedsättning"),
    ("ihmiskaupan-uhrit", "Ihmiskaupan uhrit", "Offer för människohandel"),
    ("tyonhakijat", "Työnhakijat", "Arbetssökande"),
    ("turvapaikanhakijat", "Turvapaikanhakijat", "Asylsökande"),
    (
        "tyonantajat-ja-tyoyhteisot",
        "Työnantajat ja työyhteisöt",
        "Arbetsgivare och arbetsgemenskaper",
    ),
    ("kuntien-paattajat", "Kuntien päättäjät ja johto", "Kommunernas beslutsfattare och ledning"),
]

# The publisher of the knowledge bank's example sources, which are not real documents.
EXAMPLE_PUBLISHER = "Tietopankin esimerkki – Kunskapsbankens exempel"
K = Source.Kind
SOURCES = [
    {
        "slug": "kotoutumislaki-681-2023",
        "kind": K.NORM,
        "publisher": "Suomen säädöskokoelma – Finlands författningssamling",
        "year": 2023,
        "language": "fi",
        "url": "https://www.finlex.fi/fi/laki/alkup/2023/20230681",
        "title_fi": "Laki kotoutumisen edistämisestä (681/2023)",
        "title_sv": "Lag om främjande av integration (681/2023)",
        "summary_fi": (
            "Nykyinen kotoutumislaki, jota on sovellettu 1.1.2025 alkaen. Se säätää muun muassa "
            "kunnan kotoutumisohjelmasta, osaamisen ja kotoutumisen palvelutarpeen "
            "arvioinnista, kotoutumissuunnitelmasta ja monikielisestä "
            "yhteiskuntaorientaatiosta sekä siitä, miten viranomaiset jakavat tehtävät."
        ),
        "summary_sv": (
            "Den gällande integrationslagen, som har tillämpats sedan 1.1.2025. Den reglerar "
            "bland annat kommunens integrationsprogram, bedömningen av kompetens och behovet av "
            "integrationstjänster, integrationsplanen och den flerspråkiga "
            "samhällsorienteringen samt hur myndigheterna fördelar uppgifterna."
        ),
    },
    {
        "slug": "kotoutumislaki-1386-2010",
        "kind": K.NORM,
        "publisher": "Suomen säädöskokoelma – Finlands författningssamling",
        "year": 2010,
        "language": "fi",
        "url": "https://www.finlex.fi/fi/laki/alkup/2010/20101386",
        "title_fi": "Laki kotoutumisen edistämisestä (1386/2010)",
        "title_sv": "Lag om främjande av integration (1386/2010)",
        "summary_fi": (
            "Aiempi kotoutumislaki, joka oli voimassa syyskuusta 2011 vuoden 2024 loppuun. Se "
            "toi kaikille maahanmuuttajille perustiedon sekä ohjauksen ja neuvonnan ja "
            "tarvittaessa alkukartoituksen ja kotoutumissuunnitelman. Tietopankin "
            "varhaisimmat käytännöt kehitettiin tämän lain aikana."
        ),
        "summary_sv": (
            "Den tidigare integrationslagen, som gällde från september 2011 till slutet av "
            "2024. Den gav alla invandrare grundläggande information, vägledning och rådgivning "
            "och vid behov en inledande kartläggning och en integrationsplan. Kunskapsbankens "
            "tidigaste arbetssätt utvecklades medan den lagen gällde."
        ),
    },
    {
        "slug": "valtion-kotouttamisohjelma-2012-2015",
        "kind": K.NORM,
        "publisher": "Työ- ja elinkeinoministeriö – Arbets- och näringsministeriet",
        "year": 2012,
        "language": "fi",
        "title_fi": "Valtion kotouttamisohjelma: hallituksen painopisteet vuosille 2012–2015",
        "title_sv": "Statens integrationsprogram: regeringens prioriteringar för 2012–2015",
        "summary_fi": (
            "Ensimmäinen valtion kotouttamisohjelma, josta valtioneuvosto teki periaatepäätöksen "
            "kesällä 2012. Ohjelma asettaa hallituskauden tavoitteet ja toimet kotouttamisen "
            "kehittämiselle koko maassa. Maahanmuuttajasta kuntalaiseksi -hanke tuki sen "
            "toimeenpanoa Pohjanmaalla."
        ),
        "summary_sv": (
            "Det första statliga integrationsprogrammet, som statsrådet fattade principbeslut "
            "om sommaren 2012. Programmet anger regeringsperiodens mål och åtgärder för "
            "utvecklingen av integrationen i hela landet. Projektet Från invandrare till "
            "kommuninvånare stödde genomförandet i Österbotten."
        ),
    },
    {
        "slug": "maahanmuuttajasta-kuntalaiseksi-hankekuvaus",
        "kind": K.GUIDE,
        "publisher": "Terveyden ja hyvinvoinnin laitos (THL)",
        "year": 2013,
        "language": "fi",
        "title_fi": "Maahanmuuttajasta kuntalaiseksi -hanke: tavoitteet ja kehittämisaskeleet",
        "title_sv": "Projektet Från invandrare till kommuninvånare: mål och utvecklingssteg",
        "summary_fi": (
            "Hankkeen omat kuvaukset: ESR-rahoitus, THL:n ja Vaasan kaupungin yhteistyö, "
            "kumppanit K5-alueella ja Pietarsaaren seudulla sekä tavoitteet työllisyyden ja "
            "osallisuuden edistämiseksi. Kertoo myös vuoden 2013 askeleista: verkostoanalyysi, "
            "verkkotyöväline, yhtenäinen alkuvaiheen ohjaus ja alueellinen aiesopimus."
        ),
        "summary_sv": (
            "Projektets egna beskrivningar: ESF-finansiering, samarbetet mellan THL och Vasa "
            "stad, partnerna i K5-området och Jakobstadsregionen samt målen för att främja "
            "sysselsättning och delaktighet. Beskriver också stegen år 2013: nätverksanalys, "
            "ett webbverktyg, enhetlig vägledning i det inledande skedet och en regional "
            "avsiktsförklaring."
        ),
    },
    {
        "slug": "hyva-alku-pohjanmaalla-hankekuvaus",
        "kind": K.GUIDE,
        "publisher": "Vamia",
        "year": None,
        "language": "fi",
        "title_fi": "Hyvä alku Pohjanmaalla – En bra start i Österbotten: hankkeen kuvaus",
        "title_sv": "En bra start i Österbotten – Hyvä alku Pohjanmaalla: projektbeskrivning",
        "summary_fi": (
            "Kuvaus kaksikielisestä hankkeesta, joka oli valtakunnallisen Kotona Suomessa "
            "-hankkeen pilotti. Kertoo verkoston organisaatiot, kohderyhmät ja tavoitteet: "
            "yhteinen alkuvaiheen ohjauksen malli, alkukartoitus kaikille sitä tarvitseville, "
            "ennakkotieto rekrytoinneista ja testipiste.eu-palvelun käyttö."
        ),
        "summary_sv": (
            "Beskrivning av ett tvåspråkigt projekt som var pilot inom det nationella projektet "
            "Kotona Suomessa. Anger nätverkets organisationer, målgrupperna och målen: en "
            "gemensam modell för vägledning i det inledande skedet, inledande kartläggning för "
            "alla som behöver den, förhandsinformation om rekryteringar och användningen av "
            "tjänsten testipiste.eu."
        ),
    },
    {
        "slug": "kotopaikka2-hankkeen-esittely",
        "kind": K.GUIDE,
        "publisher": "Jyväskylän ammattikorkeakoulu (JAMK)",
        "year": 2020,
        "language": "fi",
        "title_fi": "Kotopaikka2 – Kotoutumisen paikalliset prosessit haltuun: hankkeen esittely",
        "title_sv": (
            "Presentation av projektet Kotopaikka2: de lokala integrationsprocesserna i egna händer"
        ),
        "summary_fi": (
            "JAMK:n esittely hankkeen alkaessa syksyllä 2020: kahdeksan keskisuomalaista "
            "kohdekuntaa, viisivaiheinen työllistymisen malli, selkokieliset "
            "lupakorttikoulutukset, työpaikkamentoreiden valmennus ja kuntajohdon strategiatyö. "
            "Kertoo suunnitelmista ja odotetuista tuloksista, ei toteutuneista."
        ),
        "summary_sv": (
            "JAMK:s presentation när projektet startade hösten 2020: åtta målkommuner i Mellersta "
            "Finland, en modell i fem faser för sysselsättning, kurser på lättläst språk för de "
            "kort som krävs i arbetslivet, träning av mentorer på arbetsplatserna och "
            "strategiarbete för kommunledningen. Beskriver planer och väntade resultat, inte "
            "uppnådda."
        ),
    },
    {
        "slug": "skanen-rok-ja-partnerskap-skane",
        "kind": K.GUIDE,
        "publisher": "Länsstyrelsen Skåne",
        "year": None,
        "language": "sv",
        "title_fi": "Skånen alueellinen yhteistyömalli: RÖK-sopimus ja Partnerskap Skåne",
        "title_sv": "Skånes regionala samverkansmodell: RÖK och Partnerskap Skåne",
        "summary_fi": (
            "Länsstyrelsen Skånen kuvaus alueellisesta sopimuksesta (Regional överenskommelse, "
            "RÖK) ja vuonna 2008 aloitetusta Partnerskap Skåne -kehittämisalustasta: "
            "osapuolet, johtamisen rakenne, painopistealueet ja vuosittainen seuranta."
        ),
        "summary_sv": (
            "Länsstyrelsen Skånes beskrivning av den regionala överenskommelsen (RÖK) och av "
            "utvecklingsplattformen Partnerskap Skåne, som startade 2008: parterna, "
            "ledningsstrukturen, fokusområdena och den årliga uppföljningen."
        ),
    },
    {
        "slug": "tilastokeskus-vaestorakenne",
        "kind": K.MONITORING,
        "publisher": "Tilastokeskus – Statistikcentralen",
        "year": None,
        "language": "fi",
        "url": "https://stat.fi/tilasto/vaerak",
        "title_fi": "Väestörakenne: vieraskielinen ja ulkomaalaistaustainen väestö",
        "title_sv": "Befolkningsstruktur: befolkningen med främmande språk och utländsk bakgrund",
        "summary_fi": (
            "Suomen virallisen tilaston vuosittain päivittyvät tiedot vakinaisesta väestöstä "
            "muun muassa äidinkielen, kansalaisuuden ja syntymämaan mukaan kunnittain. Näyttää, "
            "miten vieraskielinen väestö kehittyy Pohjanmaan kunnissa. Turvapaikanhakijat eivät "
            "sisälly lukuihin."
        ),
        "summary_sv": (
            "Officiell statistik som varje år uppdateras om den stadigvarande befolkningen, "
            "bland annat efter modersmål, medborgarskap och födelseland per kommun. Visar hur "
            "befolkningen med främmande språk utvecklas i Österbottens kommuner. Asylsökande "
            "ingår inte i siffrorna."
        ),
    },
    {
        "slug": "tem-tyollisyyskatsaus",
        "kind": K.MONITORING,
        "publisher": "Työ- ja elinkeinoministeriö – Arbets- och näringsministeriet",
        "year": None,
        "language": "fi",
        "title_fi": "Työllisyyskatsaus: ulkomaan kansalaiset työnhakijoina",
        "title_sv": "Sysselsättningsöversikt: utländska medborgare som arbetssökande",
        "summary_fi": (
            "Ministeriön kuukausittainen katsaus työnhakijoista ja avoimista työpaikoista "
            "työnvälitystilaston pohjalta. Siitä voi seurata muun muassa työttömien ulkomaan "
            "kansalaisten määrää."
        ),
        "summary_sv": (
            "Ministeriets månatliga översikt över arbetssökande och lediga jobb, baserad på "
            "arbetsförmedlingsstatistiken. Där kan man bland annat följa antalet arbetslösa "
            "utländska medborgare."
        ),
    },
    {
        "slug": "oecd-working-together-finland-2018",
        "kind": K.RESEARCH,
        "publisher": "OECD",
        "year": 2018,
        "language": "en",
        "url": "https://doi.org/10.1787/9789264305250-en",
        "title_fi": (
            "Working Together: Skills and Labour Market Integration of Immigrants and their "
            "Children in Finland"
        ),
        "title_sv": (
            "Working Together: Skills and Labour Market Integration of Immigrants and their "
            "Children in Finland"
        ),
        "summary_fi": (
            "OECD:n Suomea koskeva katsaus maahanmuuttajien ja heidän lastensa osaamisesta ja "
            "työmarkkinoille kiinnittymisestä. Arvioi alkuvaiheen kotoutumispalveluja, "
            "osaamisen tunnistamista ja varhaista yhteyttä työelämään. Huomauttaa, että "
            "alkuvaiheen tuki ohjaa työvoiman ulkopuolella olevat, heidän joukossaan monet "
            "naiset, eri polulle kuin työnhakijat."
        ),
        "summary_sv": (
            "OECD:s översikt över invandrares och deras barns kompetens och etablering på "
            "arbetsmarknaden i Finland. Bedömer integrationstjänsterna i det inledande skedet, "
            "erkännandet av kompetens och den tidiga kontakten med arbetslivet. Påpekar att "
            "stödet i början leder dem som står utanför arbetskraften, bland dem många kvinnor, "
            "in på en annan väg än arbetssökande."
        ),
    },
    # Examples, not real documents: the seed documents name no evaluation or research of
    # effects, so these show which kinds of source carry levels 3–5 and the two findings.
    # Each says so in its title and summary.
    {
        "slug": "esimerkki-arviointi-tyopainotteinen-kotoutumiskoulutus",
        "kind": K.EVALUATION,
        "publisher": EXAMPLE_PUBLISHER,
        "year": 2024,
        "language": "fi",
        "title_fi": "Työpainotteisen kotoutumiskoulutuksen vertaileva arviointi (esimerkki)",
        "title_sv": "Jämförande utvärdering av arbetsplatsförlagd integrationsutbildning (exempel)",
        "summary_fi": (
            "Esimerkki: kuvitteellinen arviointi, jota ei ole julkaistu. Se näyttää, millainen "
            "lähde voi kantaa tason 4: työpainotteiseen koulutukseen osallistuneita verrattiin "
            "samana vuonna tavallisen kotoutumiskoulutuksen aloittaneisiin, joiden koulutustausta "
            "ja kielitaito olivat samankaltaiset."
        ),
        "summary_sv": (
            "Exempel: en fiktiv utvärdering som inte har publicerats. Den visar vilken sorts "
            "källa som kan bära nivå 4: deltagarna i den arbetsplatsförlagda utbildningen "
            "jämfördes med dem som samma år inledde den vanliga integrationsutbildningen och "
            "hade liknande utbildningsbakgrund och kunskaper i svenska eller finska."
        ),
    },
    {
        "slug": "esimerkki-seuranta-kotivanhempien-kieliryhmat",
        "kind": K.MONITORING,
        "publisher": EXAMPLE_PUBLISHER,
        "year": 2024,
        "language": "fi",
        "title_fi": "Kotivanhempien kieliryhmien osallistujaseuranta (esimerkki)",
        "title_sv": "Uppföljning av deltagarna i språkgrupper för hemmaföräldrar (exempel)",
        "summary_fi": (
            "Esimerkki: kuvitteellinen seuranta, joka näyttää, millainen lähde voi kantaa tason "
            "3. Osallistujien kielitaito arvioitiin ryhmän alussa ja lopussa, ja lisäksi "
            "kirjattiin, kuinka moni jatkoi opintoja tai siirtyi muihin palveluihin. "
            "Vertailuryhmää ei ollut."
        ),
        "summary_sv": (
            "Exempel: en fiktiv uppföljning som visar vilken sorts källa som kan bära nivå 3. "
            "Deltagarnas kunskaper i finska eller svenska bedömdes i början och i slutet av "
            "gruppen, och dessutom antecknades hur många som fortsatte studera eller gick vidare "
            "till andra tjänster. Någon jämförelsegrupp fanns inte."
        ),
    },
    {
        "slug": "esimerkki-seuranta-valmistavasta-opetuksesta-siirtyneet",
        "kind": K.MONITORING,
        "publisher": EXAMPLE_PUBLISHER,
        "year": 2025,
        "language": "fi",
        "title_fi": "Valmistavasta opetuksesta siirtyneiden oppilaiden seuranta (esimerkki)",
        "title_sv": "Uppföljning av elever som gått över från förberedande undervisning (exempel)",
        "summary_fi": (
            "Esimerkki: kuvitteellinen seuranta, joka näyttää, millainen lähde voi kantaa tason "
            "3. Koulut kirjasivat kolmen lukuvuoden ajan, milloin valmistavan opetuksen oppilaat "
            "siirtyivät kokonaan omaan luokkaansa ja kuinka moni tarvitsi sen jälkeen "
            "tehostettua tukea. Tuloksia verrattiin aiempiin vuosiin."
        ),
        "summary_sv": (
            "Exempel: en fiktiv uppföljning som visar vilken sorts källa som kan bära nivå 3. "
            "Under tre läsår antecknade skolorna när eleverna i förberedande undervisning helt "
            "gick över till sin egen klass och hur många som därefter behövde intensifierat "
            "stöd. Resultaten jämfördes med tidigare år."
        ),
    },
    {
        "slug": "esimerkki-satunnaistettu-kokeilu-luetun-ymmartamisen-tuki",
        "kind": K.EVALUATION,
        "publisher": EXAMPLE_PUBLISHER,
        "year": 2021,
        "language": "sv",
        "title_fi": "Satunnaistettu kokeilu luetun ymmärtämisen tehostetusta tuesta (esimerkki)",
        "title_sv": "Randomiserat försök med intensivt stöd i läsförståelse (exempel)",
        "summary_fi": (
            "Esimerkki: kuvitteellinen arviointi, joka näyttää, millainen lähde voi kantaa tason "
            "5. Ruotsalaisissa kouluissa monikieliset oppilaat jaettiin arpomalla tukea saaviin "
            "ja vertailuryhmään, ja luetun ymmärtämistä mitattiin ennen jaksoa, sen jälkeen ja "
            "puoli vuotta myöhemmin."
        ),
        "summary_sv": (
            "Exempel: en fiktiv utvärdering som visar vilken sorts källa som kan bära nivå 5. I "
            "svenska skolor lottades flerspråkiga elever till en grupp som fick stödet och en "
            "jämförelsegrupp, och läsförståelsen mättes före perioden, efter den och ett halvår "
            "senare."
        ),
    },
    {
        "slug": "esimerkki-toistotutkimus-luetun-ymmartamisen-tuki",
        "kind": K.RESEARCH,
        "publisher": EXAMPLE_PUBLISHER,
        "year": 2023,
        "language": "en",
        "title_fi": (
            "Luetun ymmärtämisen tehostetun tuen toistotutkimus kolmessa Pohjoismaassa (esimerkki)"
        ),
        "title_sv": (
            "Replikeringsstudie om intensivt stöd i läsförståelse i tre nordiska länder (exempel)"
        ),
        "summary_fi": (
            "Esimerkki: kuvitteellinen tutkimus, joka toisti saman kokeilun Norjassa, Tanskassa "
            "ja Suomessa. Kun tulos toistuu eri maissa ja kouluissa, näyttö on vahvaa; siksi "
            "tällainen lähde voi tukea tasoa 5."
        ),
        "summary_sv": (
            "Exempel: en fiktiv studie som upprepade samma försök i Norge, Danmark och Finland. "
            "När resultatet upprepas i olika länder och skolor är evidensen stark; därför kan en "
            "sådan källa stödja nivå 5."
        ),
    },
    {
        "slug": "esimerkki-arviointi-monikielinen-tervetulokirje",
        "kind": K.EVALUATION,
        "publisher": EXAMPLE_PUBLISHER,
        "year": 2022,
        "language": "fi",
        "title_fi": "Monikielisen tervetulokirjeen vaikutusten arviointi (esimerkki)",
        "title_sv": "Utvärdering av effekterna av ett flerspråkigt välkomstbrev (exempel)",
        "summary_fi": (
            "Esimerkki: kuvitteellinen arviointi, joka näyttää, miltä tulos ”ei vaikutusta” "
            "näyttää. Kunnissa, jotka lähettivät uusille asukkaille pelkän kirjeen, palveluihin "
            "hakeuduttiin yhtä usein kuin kunnissa, jotka eivät lähettäneet kirjettä. Kun "
            "kirjeen jälkeen soitettiin, hakeutuminen lisääntyi."
        ),
        "summary_sv": (
            "Exempel: en fiktiv utvärdering som visar hur resultatet ”ingen effekt” ser ut. I "
            "kommuner som bara skickade ett brev till nya invånare sökte sig lika många till "
            "tjänsterna som i kommuner som inte skickade något brev. När man ringde upp efter "
            "brevet ökade antalet."
        ),
    },
    {
        "slug": "esimerkki-arviointi-lapset-tulkkeina",
        "kind": K.EVALUATION,
        "publisher": EXAMPLE_PUBLISHER,
        "year": 2020,
        "language": "fi",
        "title_fi": (
            "Lapset tulkkeina: haittojen arviointi sosiaali- ja terveyspalveluissa (esimerkki)"
        ),
        "title_sv": (
            "Barn som tolkar: en utvärdering av skadorna inom social- och hälsovården (exempel)"
        ),
        "summary_fi": (
            "Esimerkki: kuvitteellinen arviointi, joka näyttää, miltä tulos ”haitallisia "
            "vaikutuksia” näyttää. Asiointeja, joissa lapsi tulkkasi, verrattiin asiointeihin "
            "ammattitulkin kanssa: tulkkausvirheitä oli enemmän, ja lapset kertoivat stressistä "
            "ja poissaoloista koulusta."
        ),
        "summary_sv": (
            "Exempel: en fiktiv utvärdering som visar hur resultatet ”skadliga effekter” ser ut. "
            "Besök där ett barn tolkade jämfördes med besök med en yrkestolk: tolkningsfelen var "
            "fler, och barnen berättade om stress och frånvaro från skolan."
        ),
    },
]

# Municipalities of the networks in the seeds. Hyvä alku: Vaasa, the Jakobstad region unit
# (which also served Vörå) and K5.
PROJECT_PARTNERS = ["vaasa", *JAKOBSTAD_REGION, *K5]
HYVA_ALKU_AREA = [*PROJECT_PARTNERS, "voyri"]
KOTOPAIKKA2 = {
    "origin": Practice.Origin.NATIONAL,
    "started_on": datetime.date(2020, 9, 1),
    "ended_on": datetime.date(2022, 9, 30),
    "contact_organisation": "Jyväskylän ammattikorkeakoulu (JAMK)",
    "languages": ["fi"],
    "sources": ["kotopaikka2-hankkeen-esittely"],
}
MAAHANMUUTTAJASTA_KUNTALAISEKSI = {
    "origin": Practice.Origin.REGIONAL,
    "started_on": datetime.date(2013, 1, 1),
    "ended_on": datetime.date(2013, 12, 31),
    "contact_organisation": "Terveyden ja hyvinvoinnin laitos (THL)",
    "languages": ["fi", "sv"],
}
DRAFT, PUBLISHED = Practice.Status.DRAFT, Practice.Status.PUBLISHED
# The example practices: published, from the region, in Finnish and Swedish unless they say
# otherwise, and marked as examples at the start of their descriptions.
EXAMPLE_PRACTICE = {
    "status": PUBLISHED,
    "origin": Practice.Origin.REGIONAL,
    "languages": ["fi", "sv"],
}
EXAMPLE_NOTE_FI = (
    "Esimerkki: tietopankin demoa varten kirjoitettu toimintatapa, ei todellisen organisaation "
    "malli."
)
EXAMPLE_NOTE_SV = (
    "Exempel: ett arbetssätt som skrivits för kunskapsbankens demo, inte en verklig "
    "organisations modell."
)

# "review": "overdue" puts the practice in the review digest; else it is due in two years.
PRACTICES = [
    {
        **KOTOPAIKKA2,
        "slug": "kotopaikka2-viisivaiheinen-tyollistymisen-malli",
        "status": PUBLISHED,
        "title_fi": "Kotopaikka2: viisivaiheinen malli maahanmuuttajien työllistymiseen",
        "title_sv": "Kotopaikka2: en modell i fem faser för invandrares sysselsättning",
        "summary_fi": (
            "Kunta, oppilaitos ja työnantajat tuovat yhteen maahanmuuttajat ja työpaikat, "
            "joilla on pulaa tekijöistä. Osaaminen kartoitetaan, työpaikoille valmennetaan "
            "mentorit ja perehtyminen tapahtuu itse työssä. Malli kehitettiin Keski-Suomessa "
            "vuosina 2020–2022."
        ),
        "summary_sv": (
            "Kommunen, läroanstalten och arbetsgivarna för samman invandrare och arbetsplatser "
            "som har brist på arbetskraft. Kompetensen kartläggs, arbetsplatsernas mentorer "
            "tränas och introduktionen sker i själva arbetet. Modellen utvecklades i Mellersta "
            "Finland 2020–2022."
        ),
        "description_fi": (
            "Jyväskylän ammattikorkeakoulu (JAMK) kehitti mallin ESR-rahoitteisessa "
            "Kotopaikka2-hankkeessa, ja Jyväskylän koulutuskuntayhtymä Gradia oli "
            "osatoteuttaja. Hanke jatkoi Kotopaikka-hankkeen (2017–2019) työtä.\n\n"
            "Mallia käytettiin kahdeksassa Keski-Suomen kunnassa: Pihtipudas, Viitasaari, "
            "Saarijärvi, Kyyjärvi, Äänekoski, Laukaa, Keuruu ja Jämsä. Ne eivät kuulu "
            "Pohjanmaahan, joten käyttökuntia ei ole merkitty; tietopankissa malli on esimerkki, "
            "jota Pohjanmaan toimijat voivat soveltaa.\n\n"
            "Vaiheet seuraavat toisiaan, mutta sisältö sovitetaan kunnan ja alan tarpeisiin. "
            "Kunnissa asuvat maahanmuuttajat osallistuivat myös mallin kehittämiseen."
        ),
        "description_sv": (
            "Jyväskylä yrkeshögskola (JAMK) utvecklade modellen i det ESF-finansierade "
            "projektet Kotopaikka2, och samkommunen för utbildning i Jyväskylä, Gradia, var "
            "delgenomförare. Projektet fortsatte arbetet från projektet Kotopaikka "
            "(2017–2019).\n\n"
            "Modellen användes i åtta kommuner i Mellersta Finland: Pihtipudas, Viitasaari, "
            "Saarijärvi, Kyyjärvi, Äänekoski, Laukaa, Keuruu och Jämsä. De hör inte till "
            "Österbotten, så inga kommuner är angivna; i kunskapsbanken är modellen ett "
            "exempel som aktörerna i Österbotten kan tillämpa.\n\n"
            "Faserna följer på varandra, men innehållet anpassas efter kommunens och branschens "
            "behov. Invandrare som bor i kommunerna deltog också i utvecklingen av modellen."
        ),
        "aims_fi": (
            "- Aloilla, joilla on pulaa työvoimasta, työnantajat löytävät osaajia nopeammin.\n"
            "- Oppilaitoksista työelämään siirtyvät, työttömät maahanmuuttajat ja kunnissa "
            "asuvat turvapaikanhakijat pääsevät helpommin töihin.\n"
            "- Työpaikat oppivat ottamaan vastaan ja perehdyttämään maahanmuuttajia."
        ),
        "aims_sv": (
            "- I branscher med brist på arbetskraft hittar arbetsgivarna kompetent personal "
            "snabbare.\n"
            "- Invandrare som går från studier till arbetslivet, arbetslösa invandrare och "
            "asylsökande i kommunerna har lättare att få arbete.\n"
            "- Arbetsplatserna lär sig att ta emot invandrare och ge dem introduktion."
        ),
        "results_fi": (
            "Tietopankissa on hankkeen alussa julkaistu esittely, joka kertoo odotetuista "
            "tuloksista. Osallistujien seurantatietoa tai loppuraporttia ei ole vielä liitetty."
        ),
        "results_sv": (
            "Kunskapsbanken har presentationen som publicerades när projektet startade, och den "
            "beskriver väntade resultat. Uppföljningsdata om deltagarna eller en slutrapport "
            "har ännu inte lagts till."
        ),
        "resources_fi": (
            "JAMK:n ammatillinen opettajakorkeakoulu koordinoi, ja mukana oli asiantuntijoita "
            "sen hyvinvointiyksiköstä; Gradia oli asiantuntijakumppani. Kunnissa työhön "
            "osallistuivat kuntaorganisaatiot sekä työelämän ja yritysten edustajat. Rahoitus "
            "Euroopan sosiaalirahastosta."
        ),
        "resources_sv": (
            "JAMK:s yrkespedagogiska lärarhögskola samordnade, med experter från dess "
            "välfärdsenhet; Gradia var expertpartner. I kommunerna deltog "
            "kommunorganisationerna samt företrädare för arbetslivet och företagen. "
            "Finansiering från Europeiska socialfonden."
        ),
        "duration_fi": "Hankkeena kaksi vuotta (9/2020–9/2022)",
        "duration_sv": "Som projekt två år (9/2020–9/2022)",
        "themes": ["tyollisyys", "tyonantajat-ja-rekrytointi", "koulutus"],
        "target_groups": [
            "tyonhakijat",
            "opiskelijat",
            "turvapaikanhakijat",
            "tyonantajat-ja-tyoyhteisot",
        ],
        "stages": [("tyollisyys", 2), ("tyollisyys", 5)],
        "steps": [
            (
                "Maahanmuuttajien ja työnantajien rekrytointi",
                "Rekrytering av invandrare och arbetsgivare",
                "Mukaan haetaan työtä etsiviä maahanmuuttajia sekä työnantajia aloilta, joilla "
                "on pulaa tekijöistä.",
                "Man söker deltagare bland invandrare som söker arbete och bland arbetsgivare i "
                "branscher med brist på arbetskraft.",
            ),
            (
                "Osaamisen kartoitus ja ohjaus",
                "Kartläggning av kompetens och vägledning",
                "Maahanmuuttajan osaaminen selvitetään, ja ura- ja koulutusohjaus suuntaa hänet "
                "alalle, jolla on työtä tarjolla.",
                "Invandrarens kompetens utreds, och karriär- och studievägledning riktar hen mot "
                "en bransch där det finns arbete.",
            ),
            (
                "Työpaikkamentoreiden valmennus",
                "Träning av mentorer på arbetsplatserna",
                "Työpaikan perehdyttäjät valmentautuvat monikulttuuriseen vuorovaikutukseen ja "
                "uuden työntekijän perehdyttämiseen.",
                "De som introducerar nya på arbetsplatsen tränar mångkulturell kommunikation "
                "och introduktion av en ny arbetstagare.",
            ),
            (
                "Työnantajat ja maahanmuuttajat kohtaavat",
                "Arbetsgivare och invandrare möts",
                "Työnantajat esittelevät työtehtävät ja maahanmuuttajat itsensä, jotta "
                "toisilleen sopivat löytävät toisensa.",
                "Arbetsgivarna presenterar arbetsuppgifterna och invandrarna sig själva, så att "
                "de som passar ihop hittar varandra.",
            ),
            (
                "Perehtyminen työpaikalla",
                "Introduktion på arbetsplatsen",
                "Maahanmuuttaja tutustuu työhön käytännössä mentorin tuella ja suorittaa "
                "tarvittaessa selkokielisen korttikoulutuksen. Näin työ ja tekijä kohtaavat.",
                "Invandraren lär känna arbetet i praktiken med stöd av en mentor och tar vid "
                "behov ett kort som arbetet kräver, till exempel hygienpass, på en kurs på "
                "lättläst språk. Så möts arbetet och arbetstagaren.",
            ),
        ],
    },
    {
        "slug": "hyva-alku-alkukartoitus-ja-suunnitelma",
        "status": PUBLISHED,
        "origin": Practice.Origin.REGIONAL,
        "title_fi": "Hyvä alku: yhtenäinen alkukartoitus ja kotoutumissuunnitelma",
        "title_sv": "En bra start: enhetlig inledande kartläggning och integrationsplan",
        "summary_fi": (
            "Jokainen alkukartoitusta tarvitseva maahanmuuttaja saa sen samalla mallilla, olipa "
            "kieli suomi tai ruotsi. Kartoituksen pohjalta laaditaan yksilöllinen suunnitelma, "
            "jonka toteutumista seurataan. Malli syntyi Pohjanmaalla kuntien, oppilaitosten ja "
            "sosiaalityön yhteistyönä."
        ),
        "summary_sv": (
            "Varje invandrare som behöver en inledande kartläggning får den enligt samma "
            "modell, på finska eller svenska. Utifrån kartläggningen görs en individuell plan "
            "som följs upp. Modellen kom till i Österbotten i samarbete mellan kommuner, "
            "läroanstalter och socialarbetet."
        ),
        "description_fi": (
            "Hyvä alku Pohjanmaalla – En bra start i Österbotten oli valtakunnallisen Kotona "
            "Suomessa -hankkeen pilotti. Verkostoon kuuluivat Pohjanmaan liitto, Vaasan "
            "kaupunki, Vamia, sosiaalityö- ja perhepalvelut, Svenska Österbottens förbund för "
            "utbildning och kultur ja sen Yrkesakademin, Pietarsaaren seudun kotoutumisyksikkö "
            "sekä K5.\n\n"
            "Pohjana käytettiin Osallisena Suomessa -kokeilussa kehitettyjä kartoitusmalleja, "
            "ja niiden sopivuutta tarkasteltiin eri maahanmuuttajaryhmillä sekä naisilla ja "
            "miehillä. Kunnissa selkiytettiin, miten kartoitukseen ohjataan.\n\n"
            "Vuodesta 2025 alkukartoituksen tilalla on osaamisen ja kotoutumisen "
            "palvelutarpeen arviointi; mallin periaatteet sopivat siihenkin."
        ),
        "description_sv": (
            "En bra start i Österbotten – Hyvä alku Pohjanmaalla var en pilot inom det "
            "nationella projektet Kotona Suomessa. I nätverket ingick Österbottens förbund, "
            "Vasa stad, Vamia, socialarbete och familjetjänster, Svenska Österbottens förbund "
            "för utbildning och kultur med Yrkesakademin, Integrationsenheten i "
            "Jakobstadsnejden och K5.\n\n"
            "Som grund användes modeller för kartläggning från försöket Osallisena Suomessa, och "
            "man granskade hur de passar olika grupper av invandrare samt kvinnor och män. I "
            "kommunerna klargjorde man hur personer hänvisas till kartläggningen.\n\n"
            "Sedan 2025 har den inledande kartläggningen ersatts av bedömningen av kompetens "
            "och behovet av integrationstjänster; modellens principer passar också för den."
        ),
        "aims_fi": (
            "- Kartoitus tehdään kaikille sitä tarvitseville, myös niille, jotka eivät ole "
            "työvoimapalvelujen asiakkaita.\n"
            "- Suomen- ja ruotsinkielisellä Pohjanmaalla käytetään lähtökohtaisesti samaa "
            "mallia.\n"
            "- Kartoituksesta syntyy yksilöllinen suunnitelma, jonka toteutumista seurataan."
        ),
        "aims_sv": (
            "- Kartläggningen görs för alla som behöver den, också för dem som inte är kunder "
            "hos arbetskraftsservicen.\n"
            "- I det finsk- och det svenskspråkiga Österbotten används i regel samma modell.\n"
            "- Kartläggningen leder till en individuell plan som följs upp."
        ),
        "results_fi": (
            "Hankkeen kuvaus kertoo tavoitteista ja työnjaosta. Kartoitettujen määristä tai "
            "suunnitelmien toteutumisesta ei ole tietopankissa seurantatietoa."
        ),
        "results_sv": (
            "Projektbeskrivningen anger mål och arbetsfördelning. Kunskapsbanken har inga "
            "uppföljningsdata om hur många som kartlagts eller hur planerna förverkligats."
        ),
        "themes": ["alkuvaiheen-ohjaus", "tyollisyys", "kieli", "koulutus"],
        "target_groups": [
            "kaikki-vasta-muuttaneet",
            "palvelujen-ulkopuolella",
            "perheenjasenena-muuttaneet",
            "opiskelijat",
            "kotivanhemmat",
            "nuoret",
            "vammaiset-henkilot",
            "ihmiskaupan-uhrit",
        ],
        "stages": [("tyollisyys", 2), ("tyollisyys", 3), ("aikuiset", 2), ("aikuiset", 3)],
        "actors": [
            "vamia",
            "vaasan-kaupunki",
            "pohjanmaan-liitto",
            "sosiaalityo-ja-perhepalvelut",
            "svenska-osterbottens-forbund",
            "yrkesakademin",
            "pietarsaaren-seudun-kotoutumisyksikko",
            "k5",
        ],
        "municipalities": HYVA_ALKU_AREA,
        "languages": ["fi", "sv"],
        "contact_organisation": "Vamia",
        "sources": [
            "hyva-alku-pohjanmaalla-hankekuvaus",
            "kotoutumislaki-1386-2010",
            "kotoutumislaki-681-2023",
            "oecd-working-together-finland-2018",
        ],
        "steps": [
            (
                "Ohjaus kartoitukseen",
                "Hänvisning till kartläggningen",
                "Kunta, työvoimapalvelut tai muu ensimmäinen kohtaamispaikka tunnistaa "
                "tarpeen ja ohjaa henkilön kartoitukseen, vaikka hän ei olisi työnhakija.",
                "Kommunen, arbetskraftsservicen eller en annan första kontaktpunkt ser behovet "
                "och hänvisar personen till kartläggningen, också om hen inte är arbetssökande.",
            ),
            (
                "Alkukartoitus yhteisellä mallilla",
                "Inledande kartläggning enligt en gemensam modell",
                "Koulutus, työkokemus, kielitaito ja tavoitteet selvitetään samalla tavalla "
                "suomeksi tai ruotsiksi.",
                "Utbildning, arbetserfarenhet, språkkunskaper och mål utreds på samma sätt på "
                "finska eller svenska.",
            ),
            (
                "Yksilöllinen kotoutumissuunnitelma",
                "Individuell integrationsplan",
                "Kartoituksen pohjalta sovitaan opinnoista ja palveluista.",
                "Utifrån kartläggningen kommer man överens om studier och tjänster.",
            ),
            (
                "Suunnitelman seuranta",
                "Uppföljning av planen",
                "Suunnitelman toteutumista seurataan, ja sitä päivitetään, kun tilanne muuttuu.",
                "Planen följs upp och uppdateras när situationen förändras.",
            ),
        ],
    },
    {
        "slug": "skanen-alueellinen-yhteistyomalli",
        "status": PUBLISHED,
        "origin": Practice.Origin.NORDIC,
        "country": "Ruotsi – Sverige",
        "title_fi": "Skånen alueellinen yhteistyömalli kotoutumisen edistämiseen",
        "title_sv": "Skånes regionala samverkansmodell för integration",
        "summary_fi": (
            "Skånessa viranomaiset, kunnat, yliopisto ja järjestöt ovat sitoutuneet yhteiseen "
            "alueelliseen sopimukseen (RÖK) ja kehittävät menetelmiä Partnerskap Skåne "
            "-kumppanuudessa. Pohjanmaa otti mallista oppia omaan alueelliseen yhteistyöhönsä."
        ),
        "summary_sv": (
            "I Skåne har myndigheter, kommuner, ett universitet och idéburen sektor förbundit sig "
            "till en gemensam regional överenskommelse (RÖK) och utvecklar metoder inom "
            "Partnerskap Skåne. Österbotten lärde av modellen i sitt eget regionala samarbete."
        ),
        "description_fi": (
            "Mallissa on kaksi tasoa. Alueellisen sopimuksen osapuolia ovat muun muassa "
            "Länsstyrelsen Skåne, Region Skåne, Arbetsförmedlingen, Försäkringskassan, "
            "Migrationsverket, Kommunförbundet Skåne, Malmön yliopisto ja järjestöt. Työtä "
            "johtaa ylimmän johdon strateginen ryhmä, jota keskijohdon valmisteluryhmä tukee, "
            "ja puheenjohtajana on Länsstyrelsen.\n\n"
            "Partnerskap Skåne on vuodesta 2008 toiminut kehittämisalusta, jossa menetelmiä "
            "kehitetään yhdessä tutkijoiden kanssa. Esimerkkejä ovat yhteiskunta- ja "
            "terveysviestintä tulijan omalla kielellä sekä yhteistyö järjestöjen kanssa.\n\n"
            "Maahanmuuttajasta kuntalaiseksi -hanke sovelsi mallia Pohjanmaalle vuosina "
            "2012–2013, erityisesti aiesopimuksen valmistelussa."
        ),
        "description_sv": (
            "Modellen har två nivåer. Parter i den regionala överenskommelsen är bland andra "
            "Länsstyrelsen Skåne, Region Skåne, Arbetsförmedlingen, Försäkringskassan, "
            "Migrationsverket, Kommunförbundet Skåne, Malmö universitet och den idéburna "
            "sektorn. Arbetet leds av en strategisk grupp på högsta chefsnivå med stöd av en "
            "beredningsgrupp på mellanchefsnivå, och Länsstyrelsen är ordförande.\n\n"
            "Partnerskap Skåne är en utvecklingsplattform som funnits sedan 2008 och där "
            "metoder utvecklas tillsammans med forskare. Exempel är samhälls- och "
            "hälsokommunikation på den nyanländas eget språk och samarbete med föreningar.\n\n"
            "Projektet Från invandrare till kommuninvånare tillämpade modellen i Österbotten "
            "2012–2013, särskilt i beredningen av avsiktsförklaringen."
        ),
        "aims_fi": (
            "- Alueen resurssit sovitetaan yhteen, jotta vastaanotto on osallistava ja "
            "jokaisen mahdollisuudet kotoutua hyödynnetään.\n"
            "- Painopisteinä ovat olleet työ ja koulutus, asuminen, terveys ja kieli; lapsen "
            "näkökulma ja tasa-arvo kulkevat kaikkien läpi."
        ),
        "aims_sv": (
            "- Regionens resurser samordnas så att mottagandet blir inkluderande och varje "
            "persons möjligheter till integration tas tillvara.\n"
            "- Fokusområdena har varit arbete och utbildning, bostad, hälsa och språk; "
            "barnperspektivet och jämställdheten genomsyrar dem alla."
        ),
        "results_fi": (
            "Sopimuksen toteutumista seurataan jatkuvasti, ja strateginen ryhmä arvioi sen "
            "vuosittain. Arviointien tuloksia ei ole vielä liitetty tietopankkiin."
        ),
        "results_sv": (
            "Överenskommelsen följs upp löpande och utvärderas årligen av den strategiska "
            "gruppen. Resultaten av utvärderingarna har ännu inte lagts till i kunskapsbanken."
        ),
        "themes": ["verkostot-ja-yhteistyo", "terveys-ja-hyvinvointi", "osallisuus", "tyollisyys"],
        "target_groups": ["kaikki-vasta-muuttaneet", "kuntien-paattajat"],
        "stages": [("tyollisyys", 1), ("aikuiset", 4), ("aikuiset", 6)],
        "languages": ["sv"],
        "contact_organisation": "Länsstyrelsen Skåne",
        "sources": [
            "skanen-rok-ja-partnerskap-skane",
            "maahanmuuttajasta-kuntalaiseksi-hankekuvaus",
        ],
    },
    {
        "slug": "testipiste-alkukartoituksen-tukena",
        "status": PUBLISHED,
        "origin": Practice.Origin.REGIONAL,
        "review": "overdue",
        "title_fi": "Testipiste: verkkotestit alkukartoituksen tukena",
        "title_sv": "Testipiste: webbtest som stöd för den inledande kartläggningen",
        "summary_fi": (
            "Maahanmuuttajan taitoja voi selvittää verkossa tehtävillä testeillä ennen "
            "alkukartoitusta tai sen aikana. Hyvä alku -hanke edisti testipiste.eu-palvelun "
            "käyttöä Pohjanmaalla ja kehitti siitä mallin myös ruotsinkieliseen "
            "kotouttamistyöhön."
        ),
        "summary_sv": (
            "Invandrarens färdigheter kan utredas med webbtest före eller under den inledande "
            "kartläggningen. Projektet En bra start främjade tjänsten testipiste.eu i "
            "Österbotten och utvecklade en modell för den också i integrationsarbete på "
            "svenska."
        ),
        "description_fi": (
            "Testit antavat kartoittajalle lisätietoa henkilön taidoista. Ne täydentävät "
            "kartoituskeskustelua eivätkä korvaa sitä.\n\n"
            "Tietopankissa ei ole kuvausta testien sisällöstä, kestosta tai hinnasta, eikä "
            "tiedetä, onko palvelu yhä käytössä. Tarkista tilanne ennen käyttöönottoa."
        ),
        "description_sv": (
            "Testen ger den som kartlägger mer information om personens färdigheter. De "
            "kompletterar kartläggningssamtalet men ersätter det inte.\n\n"
            "Kunskapsbanken har ingen beskrivning av testens innehåll, längd eller pris, och "
            "det är inte känt om tjänsten fortfarande används. Kontrollera läget innan "
            "tjänsten tas i bruk."
        ),
        "themes": ["alkuvaiheen-ohjaus", "kieli"],
        "target_groups": ["kaikki-vasta-muuttaneet"],
        "stages": [("tyollisyys", 2), ("aikuiset", 2)],
        "actors": ["vamia"],
        "languages": ["fi", "sv"],
        "contact_organisation": "Vamia",
        "sources": ["hyva-alku-pohjanmaalla-hankekuvaus"],
    },
    {
        "slug": "vaasan-osallisuuspolitiikka",
        "status": PUBLISHED,
        "origin": Practice.Origin.REGIONAL,
        "review": "overdue",
        "title_fi": "Vaasan osallisuuspolitiikka",
        "title_sv": "Vasas delaktighetspolitik",
        "summary_fi": (
            "Vaasa on tehnyt maahanmuuttajien osallisuudesta osan kaupungin yhteiskunta- ja "
            "hyvinvointipolitiikkaa: maahanmuuttajat voivat osallistua, vaikuttaa ja kantaa "
            "vastuuta heitä koskevista asioista. Työtä vei eteenpäin erityisesti kaupungin "
            "silloinen sosiaali- ja terveystoimi."
        ),
        "summary_sv": (
            "Vasa har gjort invandrarnas delaktighet till en del av stadens samhälls- och "
            "välfärdspolitik: invandrare kan delta, påverka och ta ansvar i frågor som gäller "
            "dem. Arbetet drevs särskilt av stadens dåvarande social- och hälsovårdsväsende."
        ),
        "description_fi": (
            "Osallisuuspolitiikka nojaa pohjoismaiseen ajatteluun, jossa osallisuus ja "
            "sosiaaliset suhteet nähdään hyvinvoinnin ja terveyden, myös mielenterveyden, "
            "voimavarana. Vaasa teki työtä uranuurtajana koko maassa yhdessä Jyväskylän "
            "kanssa.\n\n"
            "Vuonna 2013 pohdittiin, voisiko osallisuuspolitiikasta tulla koko maakunnan "
            "yhteinen, jos Pohjanmaan aiesopimuksessa siihen sitouduttaisiin.\n\n"
            "Sosiaali- ja terveyspalvelut siirtyivät vuonna 2023 hyvinvointialueelle, joten "
            "toimintatavan nykytila on tarkistettava."
        ),
        "description_sv": (
            "Delaktighetspolitiken bygger på ett nordiskt synsätt där delaktighet och sociala "
            "relationer ses som en resurs för välfärd och hälsa, också psykisk hälsa. Vasa var "
            "en föregångare i hela landet tillsammans med Jyväskylä.\n\n"
            "År 2013 diskuterade man om delaktighetspolitiken kunde bli gemensam för hela "
            "landskapet, om man förband sig till den i Österbottens avsiktsförklaring.\n\n"
            "Social- och hälsovården överfördes 2023 till välfärdsområdet, så verksamhetens "
            "nuläge behöver kontrolleras."
        ),
        "themes": ["osallisuus", "terveys-ja-hyvinvointi"],
        "target_groups": ["kaikki-vasta-muuttaneet"],
        "stages": [("aikuiset", 6)],
        "actors": ["vaasan-kaupunki", "sosiaalityo-ja-perhepalvelut"],
        "municipalities": ["vaasa"],
        "languages": ["fi", "sv"],
        "contact_organisation": "Vaasan kaupunki – Vasa stad",
        "sources": ["maahanmuuttajasta-kuntalaiseksi-hankekuvaus"],
    },
    {
        "slug": "jarjestojen-ja-julkisen-sektorin-yhteistoimintasopimus",
        "status": PUBLISHED,
        "origin": Practice.Origin.REGIONAL,
        "title_fi": "Järjestöjen ja julkisen sektorin yhteistoimintasopimus",
        "title_sv": "Samverkansavtal mellan föreningar och den offentliga sektorn",
        "summary_fi": (
            "Kunnat, hyvinvointialue ja järjestöt sopivat kirjallisesti, miten ne tekevät "
            "yhteistyötä maahanmuuttajien osallisuuden vahvistamiseksi. Sopimus tekee "
            "yhteistyöstä säännöllistä eikä yksittäisten työntekijöiden varassa olevaa."
        ),
        "summary_sv": (
            "Kommunerna, välfärdsområdet och föreningarna kommer skriftligen överens om hur de "
            "samarbetar för att stärka invandrarnas delaktighet. Avtalet gör samarbetet "
            "regelbundet i stället för beroende av enskilda anställda."
        ),
        "description_fi": (
            "Luonnos. Maahanmuuttajasta kuntalaiseksi -hankkeessa tavoitteeksi asetettiin "
            "julkisen sektorin ja järjestöjen yhteistyön parantaminen ja vakiinnuttaminen. "
            "Järjestöjen merkitys osallisuudelle on todettu useissa tutkimuksissa, mutta niitä "
            "ei ole vielä liitetty lähteiksi. Kuvaus täydentyy, kun sopimusmalli on valmis."
        ),
        "description_sv": (
            "Utkast. I projektet Från invandrare till kommuninvånare var målet att förbättra och "
            "befästa samarbetet mellan den offentliga sektorn och föreningarna. Flera studier "
            "har visat hur viktiga föreningarna är för delaktigheten, men de har ännu inte "
            "lagts till som källor. Beskrivningen kompletteras när avtalsmodellen är klar."
        ),
        "themes": ["verkostot-ja-yhteistyo", "osallisuus"],
        "target_groups": ["kaikki-vasta-muuttaneet"],
        "stages": [("aikuiset", 1), ("aikuiset", 6), ("lapset-ja-nuoret", 5)],
        "actors": ["punainen-risti-pohjanmaa", "vaasan-kaupunki", "pohjanmaan-hyvinvointialue"],
        "sources": ["maahanmuuttajasta-kuntalaiseksi-hankekuvaus"],
    },
    {
        **KOTOPAIKKA2,
        "slug": "tyopaikkamentoreiden-valmennus",
        "status": PUBLISHED,
        "title_fi": "Työpaikkamentoreiden valmennus",
        "title_sv": "Träning av mentorer på arbetsplatsen",
        "summary_fi": (
            "Työntekijät, jotka perehdyttävät maahanmuuttajia, valmentautuvat monikulttuuriseen "
            "vuorovaikutukseen ja perehdyttämiseen. Näin työpaikka osaa ottaa uuden työntekijän "
            "vastaan ja tukea häntä alusta asti."
        ),
        "summary_sv": (
            "Anställda som ger invandrare introduktion tränar mångkulturell kommunikation och "
            "introduktion. Så kan arbetsplatsen ta emot en ny arbetstagare och stödja hen från "
            "början."
        ),
        "description_fi": (
            "Valmennus on Kotopaikka2-mallin kolmas vaihe, ja sitä järjestettiin Keski-Suomen "
            "kohdekunnissa vuosina 2020–2022. Koulutusten lisäksi hankkeessa käytettiin "
            "kehittäviä vertaiskäyntejä ja mentorointia.\n\n"
            "Valmennus sopii myös Pohjanmaan työnantajille, joiden työyhteisöihin tulee "
            "maahanmuuttajia."
        ),
        "description_sv": (
            "Träningen är den tredje fasen i Kotopaikka2-modellen och ordnades i målkommunerna "
            "i Mellersta Finland 2020–2022. Utöver utbildningarna använde projektet "
            "utvecklande studiebesök hos kolleger och mentorskap.\n\n"
            "Träningen passar också arbetsgivare i Österbotten vars arbetsgemenskaper får "
            "invandrare som nya medarbetare."
        ),
        "themes": ["tyonantajat-ja-rekrytointi", "tyollisyys"],
        "target_groups": ["tyonantajat-ja-tyoyhteisot"],
        "stages": [("tyollisyys", 5)],
    },
    {
        **KOTOPAIKKA2,
        "slug": "selkokieliset-korttikoulutukset",
        "status": PUBLISHED,
        "title_fi": "Selkokieliset korttikoulutukset",
        "title_sv": "Kurser på lättläst språk för arbetslivets kort",
        "summary_fi": (
            "Työhön perehtyvä maahanmuuttaja voi suorittaa työelämässä vaadittavan kortin, "
            "kuten hygieniapassin tai työturvallisuuskortin, selkokielisellä kurssilla. Kun "
            "kieli ei ole esteenä, kortti ei viivästytä töiden alkamista."
        ),
        "summary_sv": (
            "En invandrare som introduceras i ett arbete kan ta ett kort som krävs i "
            "arbetslivet, till exempel hygienpass eller arbetarskyddskort, på en kurs på "
            "lättläst språk. När språket inte står i vägen försenar kortet inte arbetsstarten."
        ),
        "description_fi": (
            "Kotopaikka2-hanke järjesti selkokielisiä lupakorttikoulutuksia niille, jotka "
            "etenivät mallin perehtymisvaiheeseen työpaikoilla. Samalla työpaikkojen valmius "
            "perehdyttää maahanmuuttajia kasvoi.\n\n"
            "Selkokieli koskee opetusta ja materiaaleja; kortin vaatimukset pysyvät samoina."
        ),
        "description_sv": (
            "Projektet Kotopaikka2 ordnade kurser på lättläst språk för de kort som krävs i "
            "arbetslivet för dem som gick vidare till modellens introduktionsfas på "
            "arbetsplatserna. Samtidigt blev "
            "arbetsplatserna bättre på att ge invandrare introduktion.\n\n"
            "Det lättlästa språket gäller undervisningen och materialet; kraven för kortet är "
            "desamma."
        ),
        "themes": ["tyollisyys", "kieli", "koulutus"],
        "target_groups": ["tyonhakijat", "opiskelijat"],
        "stages": [("tyollisyys", 5)],
    },
    {
        "slug": "ennakkotieto-rekrytoivilta-tyonantajilta",
        "status": PUBLISHED,
        "origin": Practice.Origin.REGIONAL,
        "title_fi": "Ennakkotieto ulkomailta rekrytoivilta työnantajilta",
        "title_sv": "Förhandsinformation från arbetsgivare som rekryterar från utlandet",
        "summary_fi": (
            "Työnantaja kertoo kunnalle hyvissä ajoin, kun se on palkkaamassa työntekijöitä "
            "ulkomailta. Kunta ehtii järjestää tulijoiden ja heidän perheidensä tarvitsemat "
            "palvelut niin, että ne ovat tarjolla heti muuton jälkeen."
        ),
        "summary_sv": (
            "Arbetsgivaren meddelar kommunen i god tid när den anställer arbetstagare från "
            "utlandet. Kommunen hinner ordna de tjänster som de nyanlända och deras familjer "
            "behöver, så att de finns genast efter flytten."
        ),
        "description_fi": (
            "Yhteistyömalli oli yksi Hyvä alku Pohjanmaalla -hankkeen tavoitteista. "
            "Palvelutarve voi koskea esimerkiksi ohjausta, kielikoulutusta ja "
            "varhaiskasvatusta.\n\n"
            "Käyttöön ottavat sopivat, kenelle työnantaja ilmoittaa ja kuka kunnassa vastaa "
            "palveluista. Henkilötietoja annetaan vain tulijan luvalla."
        ),
        "description_sv": (
            "Samarbetsmodellen var ett av målen i projektet En bra start i Österbotten. "
            "Behovet av tjänster kan gälla till exempel vägledning, språkutbildning och "
            "småbarnspedagogik.\n\n"
            "De som tar i bruk modellen kommer överens om vem arbetsgivaren meddelar och vem i "
            "kommunen som svarar för tjänsterna. Personuppgifter lämnas bara med den "
            "nyanländas samtycke."
        ),
        "themes": ["tyonantajat-ja-rekrytointi", "alkuvaiheen-ohjaus", "perheet"],
        "target_groups": ["tyonantajat-ja-tyoyhteisot", "perheenjasenena-muuttaneet"],
        "stages": [("tyollisyys", 1), ("lapset-ja-nuoret", 1)],
        "actors": ["teknologiayritys-esimerkki", "vaasan-kotoutumispalvelut"],
        "municipalities": HYVA_ALKU_AREA,
        "languages": ["fi", "sv", "en"],
        "contact_organisation": "Vamia",
        "sources": ["hyva-alku-pohjanmaalla-hankekuvaus"],
    },
    {
        **KOTOPAIKKA2,
        "slug": "kuntajohdon-strategiatyo",
        "status": PUBLISHED,
        "title_fi": "Kuntajohdon strategiatyö kotoutumisen edistämiseksi",
        "title_sv": "Strategiarbete för kommunledningen om främjande av integration",
        "summary_fi": (
            "Kunnan päättäjät ja johto laativat ohjatuissa työpajoissa esityksen kunnan "
            "maahanmuuttotyön strategiaksi: tavoitteet, indikaattorit ja vaikuttavuuden "
            "arvioinnin. Työpajoihin kutsutaan mukaan myös kunnassa asuvia maahanmuuttajia."
        ),
        "summary_sv": (
            "Kommunens beslutsfattare och ledning tar i handledda workshoppar fram ett förslag "
            "till strategi för kommunens arbete med invandring: mål, mätare och utvärdering av "
            "effekterna. Invandrare som bor i kommunen bjuds också in till workshopparna."
        ),
        "description_fi": (
            "Kotopaikka2-hankkeessa kohdekuntien maahanmuuttotyön johtamista ja "
            "strategiaprosesseja tuettiin konsultoivalla fasilitoinnilla. Tavoitteena oli "
            "tavoitteellinen johtaminen ja tasalaatuiset palvelut riippumatta siitä, kuka "
            "asiakasta palvelee tai missä kunnassa hän asuu.\n\n"
            "Toimintatapa sopii Pohjanmaan kunnille, jotka haluavat kirjata kotoutumisen "
            "tavoitteet ja indikaattorit osaksi omaa strategiatyötään."
        ),
        "description_sv": (
            "I projektet Kotopaikka2 fick målkommunernas ledning av arbetet med invandring och "
            "deras strategiprocesser stöd genom konsultativ facilitering. Målet var en "
            "målinriktad ledning och tjänster av jämn kvalitet oavsett vem som betjänar kunden "
            "eller i vilken kommun hen bor.\n\n"
            "Arbetssättet passar kommuner i Österbotten som vill skriva in mål och mätare för "
            "integrationen i sitt eget strategiarbete."
        ),
        "themes": ["verkostot-ja-yhteistyo", "osallisuus"],
        "target_groups": ["kuntien-paattajat"],
        "stages": [],
    },
    {
        **MAAHANMUUTTAJASTA_KUNTALAISEKSI,
        "slug": "alueellisen-aiesopimuksen-valmistelu",
        "status": PUBLISHED,
        "started_on": datetime.date(2013, 2, 1),
        "title_fi": "Alueellisen aiesopimuksen valmisteluprosessi",
        "title_sv": "Beredningsprocessen för en regional avsiktsförklaring",
        "summary_fi": (
            "Maakunnan toimijat valmistelevat yhteisen aiesopimuksen maahanmuuttajien "
            "työllisyyden ja osallisuuden edistämiseksi: ohjausryhmä luonnostelee, laajemmat "
            "kokoukset kommentoivat ja kukin osapuoli päättää sitoutumisestaan itse. Mallia "
            "haettiin Skånen RÖK-sopimuksesta ja eteläisen Suomen aiesopimuksesta."
        ),
        "summary_sv": (
            "Aktörerna i landskapet bereder en gemensam avsiktsförklaring för att främja "
            "invandrares sysselsättning och delaktighet: styrgruppen gör ett utkast, bredare "
            "möten kommenterar och varje part beslutar själv om sitt åtagande. Förebilder var "
            "RÖK i Skåne och avsiktsförklaringen i södra Finland."
        ),
        "description_fi": (
            "Maahanmuuttajasta kuntalaiseksi -hankkeen ohjausryhmä aloitti sopimuksen "
            "linjausten ja sisällön työstämisen helmikuussa 2013. Sopimus on yleisluonteinen "
            "puitesopimus, joka linjaa yhteiset tavoitteet. Valmisteluun kutsuttiin valtion, "
            "alueen, kuntien ja järjestöjen edustajat.\n\n"
            "Hanke toimi vain mahdollistajana: sopimus käsiteltiin jokaisen osapuolen omassa "
            "päätöksenteossa ja viranomaiskäsittelyssä."
        ),
        "description_sv": (
            "Styrgruppen för projektet Från invandrare till kommuninvånare började utarbeta "
            "avsiktsförklaringens riktlinjer och innehåll i februari 2013. Den är ett allmänt "
            "hållet ramavtal som drar upp gemensamma mål. Företrädare för staten, regionen, "
            "kommunerna och föreningarna bjöds in till beredningen.\n\n"
            "Projektet var bara en möjliggörare: avsiktsförklaringen behandlades i varje parts "
            "eget beslutsfattande och myndighetsbehandling."
        ),
        "themes": ["verkostot-ja-yhteistyo", "tyollisyys", "osallisuus"],
        "target_groups": ["kuntien-paattajat"],
        "stages": [],
        "actors": [
            "thl",
            "vaasan-kaupunki",
            "k5",
            "pietarsaaren-kaupunki",
            "pohjanmaan-liitto",
            ELINVOIMAKESKUS,
        ],
        "municipalities": PROJECT_PARTNERS,
        "sources": [
            "maahanmuuttajasta-kuntalaiseksi-hankekuvaus",
            "skanen-rok-ja-partnerskap-skane",
        ],
        "steps": [
            (
                "Lähtötiedot",
                "Utgångsläget",
                "Nykytilan kartoitus, verkostoanalyysi ja muu kerätty tieto kootaan "
                "sopimuksen pohjaksi.",
                "Nulägeskartläggningen, nätverksanalysen och annan insamlad information samlas "
                "som grund för avsiktsförklaringen.",
            ),
            (
                "Ohjausryhmän luonnos",
                "Styrgruppens utkast",
                "Ohjausryhmä kirjoittaa sopimuksen linjaukset ja pääsisällön.",
                "Styrgruppen skriver avsiktsförklaringens riktlinjer och huvudsakliga innehåll.",
            ),
            (
                "Laajemmat yhteistyökokoukset",
                "Bredare samarbetsmöten",
                "Luonnosta käsitellään valtion, alueen, kuntien ja järjestöjen kanssa, ja "
                "kommentit otetaan huomioon.",
                "Utkastet behandlas med staten, regionen, kommunerna och föreningarna, och "
                "kommentarerna beaktas.",
            ),
            (
                "Osapuolten päätökset",
                "Parternas beslut",
                "Kukin osapuoli käsittelee sopimuksen omassa päätöksenteossaan ja päättää "
                "sitoutumisestaan.",
                "Varje part behandlar avsiktsförklaringen i sitt eget beslutsfattande och "
                "beslutar om sitt åtagande.",
            ),
        ],
    },
    {
        "slug": "yhtenainen-alkuvaiheen-ohjaus",
        "status": PUBLISHED,
        "origin": Practice.Origin.REGIONAL,
        "title_fi": "Yhtenäinen alkuvaiheen ohjaus myös palvelujen ulkopuolelle jääville",
        "title_sv": "Enhetlig vägledning i det inledande skedet också för dem utanför tjänsterna",
        "summary_fi": (
            "Maakunnan toimijat antavat vasta muuttaneille saman perustiedon ja ohjauksen "
            "samoin periaattein, myös niille, jotka eivät ole työvoimapalvelujen asiakkaita. "
            "Erityisesti tavoitellaan perheenjäsenenä muuttaneita, opiskelijoita, "
            "kotivanhempia, nuoria, vammaisia henkilöitä ja ihmiskaupan uhreja."
        ),
        "summary_sv": (
            "Aktörerna i landskapet ger nyinflyttade samma grundinformation och vägledning "
            "enligt samma principer, också dem som inte är kunder hos arbetskraftsservicen. "
            "Särskilt vill man nå anhöriginvandrare, studerande, hemmaföräldrar, unga, personer "
            "med funktionsnedsättning och offer för människohandel."
        ),
        "description_fi": (
            "Hyvä alku Pohjanmaalla -hankkeessa rakennettiin maakunnan toimijoille yhteinen, "
            "kaksikielinen alkuvaiheen ohjauksen ja neuvonnan malli ja palvelukokonaisuus, joka "
            "on kaikkien maahanmuuttajien saatavilla. Maahanmuuttajasta kuntalaiseksi -hanke "
            "tuki samaa tavoitetta koulutuksella, jota suunniteltiin yhdessä alueellisten ja "
            "kansallisten asiantuntijoiden ja oppilaitosten kanssa.\n\n"
            "Malli tuo näkyviin myös kotoutumista hidastavat tekijät, jotka vaativat kunnissa "
            "rakenteellisia ratkaisuja tai kansallisia linjauksia."
        ),
        "description_sv": (
            "I projektet En bra start i Österbotten byggdes en gemensam, tvåspråkig modell för "
            "vägledning och rådgivning i det inledande skedet och en servicehelhet som alla "
            "invandrare har tillgång till. Projektet Från invandrare till kommuninvånare stödde "
            "samma mål med utbildning som planerades tillsammans med regionala och nationella "
            "experter och läroanstalter.\n\n"
            "Modellen synliggör också de faktorer som bromsar integrationen och som kräver "
            "strukturella lösningar i kommunerna eller nationella riktlinjer."
        ),
        "themes": ["alkuvaiheen-ohjaus", "osallisuus", "perheet", "nuoret"],
        "target_groups": [
            "palvelujen-ulkopuolella",
            "perheenjasenena-muuttaneet",
            "opiskelijat",
            "kotivanhemmat",
            "nuoret",
            "vammaiset-henkilot",
            "ihmiskaupan-uhrit",
        ],
        "stages": [("tyollisyys", 1), ("aikuiset", 1), ("aikuiset", 2)],
        "actors": [
            "vaasan-kotoutumispalvelut",
            "pietarsaaren-seudun-kotoutumisyksikko",
            "k5",
            "narpion-kaupunki",
            "sosiaalityo-ja-perhepalvelut",
        ],
        "municipalities": HYVA_ALKU_AREA,
        "languages": ["fi", "sv"],
        "contact_organisation": "Hyvä alku Pohjanmaalla -verkosto (Vamia)",
        "sources": [
            "hyva-alku-pohjanmaalla-hankekuvaus",
            "maahanmuuttajasta-kuntalaiseksi-hankekuvaus",
            "kotoutumislaki-1386-2010",
            "kotoutumislaki-681-2023",
            "oecd-working-together-finland-2018",
        ],
    },
    {
        **MAAHANMUUTTAJASTA_KUNTALAISEKSI,
        "slug": "onnistuneista-rekrytoinneista-kertominen",
        "status": PUBLISHED,
        "started_on": datetime.date(2012, 1, 1),
        "title_fi": "Onnistuneista rekrytoinneista kertominen työnantajille",
        "title_sv": "Berätta för arbetsgivare om lyckade rekryteringar",
        "summary_fi": (
            "Alueen yrittäjille kerrotaan onnistuneista maahanmuuttajien rekrytoinneista ja "
            "niissä toimineista tavoista. Tavoitteena on, että työnantajat näkevät "
            "maahanmuuttajat osaajina ja varteenotettavana työvoimana."
        ),
        "summary_sv": (
            "Företagarna i regionen får höra om lyckade rekryteringar av invandrare och om "
            "arbetssätt som fungerade. Målet är att arbetsgivarna ser invandrare som "
            "kompetenta och som en arbetskraft att räkna med."
        ),
        "description_fi": (
            "Toimintatapa kuului Maahanmuuttajasta kuntalaiseksi -hankkeen "
            "työllisyystavoitteeseen vuosina 2012–2013. Samalla hanke verkostoitui paikallisten "
            "ja alueellisten yrittäjien kanssa ja etsi heidän kanssaan keinoja poistaa "
            "työllistymisen esteitä.\n\n"
            "Kokemuksista kerrotaan vain työnantajan ja palkatun luvalla."
        ),
        "description_sv": (
            "Arbetssättet hörde till sysselsättningsmålet i projektet Från invandrare till "
            "kommuninvånare 2012–2013. Samtidigt knöt projektet kontakter med lokala och "
            "regionala företagare och sökte tillsammans med dem sätt att undanröja hinder för "
            "sysselsättning.\n\n"
            "Erfarenheterna berättas bara med arbetsgivarens och den anställdas samtycke."
        ),
        "themes": ["tyonantajat-ja-rekrytointi", "tyollisyys"],
        "target_groups": ["tyonantajat-ja-tyoyhteisot"],
        "stages": [("tyollisyys", 5)],
        "actors": ["vaasan-kaupunki", "thl"],
        "municipalities": PROJECT_PARTNERS,
        "sources": ["maahanmuuttajasta-kuntalaiseksi-hankekuvaus"],
    },
    {
        **MAAHANMUUTTAJASTA_KUNTALAISEKSI,
        "slug": "verkostoanalyysi-kotoutumisen-poluittain",
        "status": PUBLISHED,
        "title_fi": "Verkostoanalyysi ja prosessikuvaukset kotoutumisen poluittain",
        "title_sv": "Nätverksanalys och processbeskrivningar längs integrationsvägarna",
        "summary_fi": (
            "Alueen toimijat sijoitetaan kotoutumisen polkujen vaiheisiin: kuka tekee mitä, "
            "missä kunnissa ja millä kielellä. Kuvaus paljastaa päällekkäisyydet ja aukot, ja "
            "sen pohjalta toimijat ja maahanmuuttajat valitsevat yhdessä alueen painopisteet."
        ),
        "summary_sv": (
            "Regionens aktörer placeras in i integrationsvägarnas skeden: vem gör vad, i vilka "
            "kommuner och på vilket språk. Beskrivningen visar överlappningar och luckor, och "
            "utifrån den väljer aktörerna och invandrarna tillsammans regionens prioriteringar."
        ),
        "description_fi": (
            "Maahanmuuttajasta kuntalaiseksi -hanke teki vuonna 2013 verkostoanalyysin lain "
            "polkujen mukaan ja mallinsi polkujen prosessit toimijoineen ja keskeisine "
            "toimintoineen. Keskeiset yhteistyötoimijat nimettiin ohjausryhmän tuella.\n\n"
            "Kotouttamisen suurimpia ongelmia ovat palvelujen sirpaleisuus ja heikko "
            "koordinointi sekä se, etteivät palvelut osu oikeaan aikaan. Polkukuvaus tekee "
            "nämä näkyviksi; tietopankin verkostonäkymät perustuvat samaan ajatukseen."
        ),
        "description_sv": (
            "Projektet Från invandrare till kommuninvånare gjorde 2013 en nätverksanalys längs "
            "lagens vägar och modellerade vägarnas processer med aktörer och centrala "
            "aktiviteter. De centrala samarbetsaktörerna utsågs med stöd av styrgruppen.\n\n"
            "Bland de största problemen i integrationsarbetet finns splittrade och dåligt "
            "samordnade tjänster som inte kommer vid rätt tidpunkt. Beskrivningen av vägarna "
            "synliggör detta; kunskapsbankens nätverksvyer bygger på samma tanke."
        ),
        "themes": ["verkostot-ja-yhteistyo"],
        "target_groups": ["kuntien-paattajat"],
        "stages": [],
        "actors": ["thl", "vaasan-kaupunki", "pohjanmaan-liitto"],
        "municipalities": PROJECT_PARTNERS,
        "sources": [
            "maahanmuuttajasta-kuntalaiseksi-hankekuvaus",
            "tilastokeskus-vaestorakenne",
            "tem-tyollisyyskatsaus",
        ],
    },
    {
        **MAAHANMUUTTAJASTA_KUNTALAISEKSI,
        "slug": "alkuvaiheen-ohjaajien-koulutuskokonaisuus",
        "status": DRAFT,
        "title_fi": "Koulutuskokonaisuus alkuvaiheen ohjaajille",
        "title_sv": "Utbildningshelhet för vägledare i det inledande skedet",
        "summary_fi": (
            "Kuntien, oppilaitosten ja järjestöjen ohjaajat opiskelevat yhdessä alkuvaiheen "
            "ohjauksen yhteisen toimintatavan. Koulutus suunnitellaan alueellisten ja "
            "kansallisten asiantuntijoiden, oppilaitosten ja kehittäjien kanssa."
        ),
        "summary_sv": (
            "Vägledare från kommuner, läroanstalter och föreningar lär sig tillsammans det "
            "gemensamma arbetssättet för vägledning i det inledande skedet. Utbildningen "
            "planeras med regionala och nationella experter, läroanstalter och utvecklare."
        ),
        "description_fi": (
            "Luonnos. Hankkeen vuoden 2013 suunnitelmassa koulutus oli keino ottaa käyttöön "
            "Pohjanmaalle sopiva alkuvaiheen ohjauksen malli. Sisältö, kesto ja osallistujat "
            "puuttuvat vielä."
        ),
        "description_sv": (
            "Utkast. I projektets plan för 2013 var utbildningen ett sätt att ta i bruk en "
            "modell för vägledning i det inledande skedet som passar Österbotten. Innehåll, "
            "längd och deltagare saknas ännu."
        ),
        "themes": ["alkuvaiheen-ohjaus", "koulutus"],
        "target_groups": ["kaikki-vasta-muuttaneet"],
        "stages": [("tyollisyys", 1), ("aikuiset", 1)],
        "sources": ["maahanmuuttajasta-kuntalaiseksi-hankekuvaus"],
    },
    # Examples written for the demo, not from the seed documents: they give a practice to the
    # stages nothing else serves and show every level of the scale, each on example sources.
    # Each says so in its title, its summary and the first words of its description.
    {
        **EXAMPLE_PRACTICE,
        "slug": "tyopainotteinen-kotoutumiskoulutus",
        "title_fi": "Työpainotteinen kotoutumiskoulutus (esimerkki)",
        "title_sv": "Arbetsplatsförlagd integrationsutbildning (exempel)",
        "summary_fi": (
            "Osa kotoutumiskoulutuksesta suoritetaan työpaikalla: opiskelija on kaksi päivää "
            "viikossa töissä ja kolme päivää oppilaitoksessa, ja opettaja käy työpaikalla. Kieltä "
            "opitaan siinä työssä, jota opiskelija tavoittelee. Esimerkki, jolla demo näyttää "
            "tason 4."
        ),
        "summary_sv": (
            "En del av integrationsutbildningen genomförs på en arbetsplats: den studerande "
            "arbetar två dagar i veckan och studerar tre dagar vid läroanstalten, och läraren "
            "besöker arbetsplatsen. Språket lärs i det arbete som den studerande siktar på. Ett "
            "exempel som visar nivå 4 i demon."
        ),
        "description_fi": (
            f"{EXAMPLE_NOTE_FI} Se näyttää, millainen on tasolle 4 arvioitu käytäntö: "
            "arviointi vertailuryhmän kanssa on tehty, mutta toistettuja tuloksia ei vielä ole."
            "\n\n"
            "Koulutus on tavallinen kotoutumiskoulutus, joka päättyy kielitaidon arviointiin. "
            "Työpaikkajaksoista sopivat työnantaja, oppilaitos ja työvoimapalvelut, ja työpaikka "
            "nimeää opiskelijalle perehdyttäjän."
        ),
        "description_sv": (
            f"{EXAMPLE_NOTE_SV} Det visar hur ett arbetssätt som bedömts till nivå 4 ser ut: en "
            "utvärdering med jämförelsegrupp har gjorts, men upprepade resultat saknas ännu.\n\n"
            "Utbildningen är en vanlig integrationsutbildning som avslutas med en bedömning av "
            "språkkunskaperna. Arbetsgivaren, läroanstalten och arbetskraftsservicen kommer "
            "överens om perioderna på arbetsplatsen, och arbetsplatsen utser en person som ger "
            "den studerande introduktion."
        ),
        "aims_fi": (
            "- Opiskelija oppii suomea tai ruotsia oikeissa työtilanteissa.\n"
            "- Siirtymä koulutuksesta työhön lyhenee.\n"
            "- Työnantaja oppii tuntemaan tulevan työntekijän jo koulutuksen aikana."
        ),
        "aims_sv": (
            "- Den studerande lär sig finska eller svenska i verkliga arbetssituationer.\n"
            "- Övergången från utbildning till arbete blir kortare.\n"
            "- Arbetsgivaren lär känna en blivande arbetstagare redan under utbildningen."
        ),
        "results_fi": (
            "Esimerkkiarvioinnissa osallistujista useampi oli töissä vuoden kuluttua koulutuksen "
            "päättymisestä kuin vertailuryhmässä, joka kävi tavallisen kotoutumiskoulutuksen. "
            "Kielitaidon arvioinnissa ryhmät eivät eronneet. Arviointi ja sen tulokset ovat "
            "esimerkkejä."
        ),
        "results_sv": (
            "I exempelutvärderingen var fler av deltagarna i arbete ett år efter utbildningen än "
            "i jämförelsegruppen, som gick den vanliga integrationsutbildningen. I bedömningen av "
            "språkkunskaperna skilde sig grupperna inte åt. Utvärderingen och dess resultat är "
            "exempel."
        ),
        "themes": ["koulutus", "kieli", "tyollisyys", "tyonantajat-ja-rekrytointi"],
        "target_groups": ["tyonhakijat", "tyonantajat-ja-tyoyhteisot"],
        "stages": [("tyollisyys", 4), ("tyollisyys", 5)],
        "sources": ["esimerkki-arviointi-tyopainotteinen-kotoutumiskoulutus"],
        "steps": [
            (
                "Ala ja työpaikka valitaan",
                "Bransch och arbetsplats väljs",
                "Osaamisen arvioinnin ja kotoutumissuunnitelman pohjalta valitaan ala ja "
                "työpaikka, jossa opiskelijan tavoite voi toteutua.",
                "Utifrån bedömningen av kompetensen och integrationsplanen väljs en bransch och "
                "en arbetsplats där den studerandes mål kan förverkligas.",
            ),
            (
                "Kolme päivää oppilaitoksessa",
                "Tre dagar vid läroanstalten",
                "Kieli- ja yhteiskuntaopinnoissa käytetään työpaikan sanastoa, tekstejä ja "
                "tilanteita.",
                "I studierna i språk och samhälle används arbetsplatsens ordförråd, texter och "
                "situationer.",
            ),
            (
                "Kaksi päivää työpaikalla",
                "Två dagar på arbetsplatsen",
                "Opiskelija tekee työtä perehdyttäjän kanssa, ja opettaja käy työpaikalla kerran "
                "kuukaudessa.",
                "Den studerande arbetar tillsammans med den som ger introduktion, och läraren "
                "besöker arbetsplatsen en gång i månaden.",
            ),
            (
                "Päätös ja jatko",
                "Avslutning och fortsättning",
                "Kielitaito arvioidaan, ja työnantaja ja opiskelija keskustelevat mahdollisesta "
                "työsuhteesta tai jatko-opinnoista.",
                "Språkkunskaperna bedöms, och arbetsgivaren och den studerande diskuterar en "
                "möjlig anställning eller fortsatta studier.",
            ),
        ],
    },
    {
        **EXAMPLE_PRACTICE,
        "slug": "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        "title_fi": "Kotivanhempien kieliryhmä lastenhoidon kanssa (esimerkki)",
        "title_sv": "Språkgrupp för hemmaföräldrar med barnpassning (exempel)",
        "summary_fi": (
            "Kotona lapsia hoitavat vanhemmat opiskelevat suomea tai ruotsia ja arjen taitoja "
            "pienryhmässä kolmena aamupäivänä viikossa, ja lapset ovat sillä aikaa hoidossa "
            "samassa talossa. Ryhmä kokoontuu tutussa paikassa, kuten järjestön tiloissa. "
            "Esimerkki, jolla demo näyttää tason 3."
        ),
        "summary_sv": (
            "Föräldrar som sköter barnen hemma studerar finska eller svenska och "
            "vardagsfärdigheter i en liten grupp tre förmiddagar i veckan, och barnen passas "
            "under tiden i samma hus. Gruppen träffas på en bekant plats, till exempel i en "
            "förenings lokaler. Ett exempel som visar nivå 3 i demon."
        ),
        "description_fi": (
            f"{EXAMPLE_NOTE_FI} Lähtökohta on lähdeaineistosta: Hyvä alku Pohjanmaalla "
            "-hanke nimesi kotiäidit yhdeksi niistä ryhmistä, joita palvelut eivät usein "
            "tavoita.\n\n"
            "Kun lastenhoito on järjestetty samaan taloon, opiskelu ei kaadu siihen, ettei "
            "lapsille ole hoitopaikkaa. Opinnot käsittelevät arjen tilanteita, kuten asiointia, "
            "päiväkodin ja koulun viestejä ja terveyspalveluja, ja luku- ja kirjoitustaito "
            "otetaan huomioon."
        ),
        "description_sv": (
            f"{EXAMPLE_NOTE_SV} Utgångspunkten kommer från källmaterialet: projektet En bra "
            "start i Österbotten nämnde hemmamammor som en av de grupper som tjänsterna ofta "
            "inte når.\n\n"
            "När barnpassningen finns i samma hus faller studierna inte på att barnen saknar "
            "vårdplats. Studierna handlar om vardagliga situationer, som ärenden på olika "
            "ställen, meddelanden från daghemmet och skolan och besök inom hälsovården, och "
            "läs- och skrivkunnigheten beaktas."
        ),
        "aims_fi": (
            "- Kotivanhempi oppii kieltä, jota tarvitsee arjessa ja lasten asioissa.\n"
            "- Kynnys seuraaviin opintoihin tai muihin palveluihin madaltuu.\n"
            "- Vanhempi tutustuu muihin saman alueen perheisiin."
        ),
        "aims_sv": (
            "- Hemmaföräldern lär sig det språk hen behöver i vardagen och i barnens ärenden.\n"
            "- Tröskeln till fortsatta studier eller andra tjänster blir lägre.\n"
            "- Föräldern lär känna andra familjer i samma område."
        ),
        "results_fi": (
            "Esimerkkiseurannassa useimpien osallistujien kielitaito nousi ryhmän alun ja lopun "
            "arvioinnin välillä, ja noin puolet jatkoi opintoja. Vertailuryhmää ei ollut, joten "
            "muutosta ei voi varmuudella lukea ryhmän ansioksi. Seuranta ja sen tulokset ovat "
            "esimerkkejä."
        ),
        "results_sv": (
            "I exempeluppföljningen förbättrades de flesta deltagares kunskaper i finska eller "
            "svenska mellan bedömningen i början och i slutet av gruppen, och ungefär hälften "
            "fortsatte studera. Någon jämförelsegrupp fanns inte, så förändringen kan inte med "
            "säkerhet tillskrivas gruppen. Uppföljningen och dess resultat är exempel."
        ),
        "themes": ["kieli", "perheet", "osallisuus"],
        "target_groups": ["kotivanhemmat", "perheenjasenena-muuttaneet"],
        "stages": [("aikuiset", 5)],
        "actors": ["kansalaisopisto-esimerkki", "monikulttuurinen-yhdistys-esimerkki"],
        "sources": ["esimerkki-seuranta-kotivanhempien-kieliryhmat"],
        "steps": [
            (
                "Henkilökohtainen kutsu",
                "Personlig inbjudan",
                "Kunnan kotoutumispalvelut, neuvola ja järjestö kertovat ryhmästä "
                "kotivanhemmille kasvokkain tai puhelimitse eikä pelkällä kirjeellä.",
                "Kommunens integrationstjänster, rådgivningen och föreningen berättar om gruppen "
                "för hemmaföräldrar ansikte mot ansikte eller per telefon, inte bara med ett "
                "brev.",
            ),
            (
                "Lastenhoito samassa talossa",
                "Barnpassning i samma hus",
                "Lapset ovat opiskelun ajan hoidossa viereisessä tilassa, joten vanhempi voi "
                "keskittyä opintoihin.",
                "Barnen passas i ett rum intill medan föräldern studerar, så att hen kan "
                "koncentrera sig på studierna.",
            ),
            (
                "Kieli ja arjen taidot",
                "Språk och vardagsfärdigheter",
                "Opetus etenee arjen tilanteiden mukaan, ja luku- ja kirjoitustaitoa "
                "harjoitellaan tarpeen mukaan.",
                "Undervisningen följer vardagens situationer, och läs- och skrivkunnigheten övas "
                "vid behov.",
            ),
            (
                "Jatkosta sopiminen",
                "Överenskommelse om fortsättningen",
                "Lopuksi jokaisen kanssa sovitaan jatkosta: seuraava kurssi, kotoutumiskoulutus "
                "tai muu palvelu.",
                "Till sist kommer man överens med var och en om fortsättningen: nästa kurs, "
                "integrationsutbildning eller en annan tjänst.",
            ),
        ],
    },
    {
        **EXAMPLE_PRACTICE,
        "slug": "valmistavasta-opetuksesta-vaiheittain-omaan-luokkaan",
        "title_fi": "Valmistavasta opetuksesta vaiheittain omaan luokkaan (esimerkki)",
        "title_sv": "Från förberedande undervisning stegvis till den egna klassen (exempel)",
        "summary_fi": (
            "Perusopetukseen valmistavan opetuksen oppilas osallistuu alusta asti joihinkin oman "
            "ikäryhmänsä tunteihin, ensin esimerkiksi liikuntaan ja musiikkiin, ja osuus kasvaa "
            "lukukausittain. Siirtymä omaan luokkaan ei tapahdu kerralla, ja luokanopettaja "
            "tuntee oppilaan jo ennen sitä. Esimerkki, jolla demo näyttää tason 3."
        ),
        "summary_sv": (
            "En elev i undervisning som förbereder för den grundläggande utbildningen deltar från "
            "början i en del av sin åldersgrupps lektioner, först till exempel i gymnastik och "
            "musik, och andelen växer för varje termin. Övergången till den egna klassen sker "
            "inte på en gång, och klassläraren känner eleven redan innan. Ett exempel som visar "
            "nivå 3 i demon."
        ),
        "description_fi": (
            f"{EXAMPLE_NOTE_FI}\n\n"
            "Valmistava opetus kestää yleensä noin vuoden. Opettajat sopivat oppilaan "
            "etenemisestä yhdessä oppilaan ja huoltajien kanssa, ja suomi tai ruotsi toisena "
            "kielenä -opetus jatkuu siirtymän jälkeen."
        ),
        "description_sv": (
            f"{EXAMPLE_NOTE_SV}\n\n"
            "Den förberedande undervisningen pågår i regel ungefär ett år. Lärarna kommer "
            "överens om elevens framsteg tillsammans med eleven och vårdnadshavarna, och "
            "undervisningen i finska eller svenska som andraspråk fortsätter efter övergången."
        ),
        "aims_fi": (
            "- Oppilas saa ystäviä omasta ikäryhmästään jo valmistavan opetuksen aikana.\n"
            "- Siirtymä omaan luokkaan sujuu ilman katkosta opinnoissa."
        ),
        "aims_sv": (
            "- Eleven får vänner i sin egen åldersgrupp redan under den förberedande "
            "undervisningen.\n"
            "- Övergången till den egna klassen sker utan avbrott i studierna."
        ),
        "results_fi": (
            "Esimerkkiseurannassa vaiheittain siirtyneistä oppilaista suurempi osa opiskeli "
            "seuraavana lukuvuonna kokonaan omassa luokassaan kuin aiempina vuosina, jolloin "
            "siirtymä tehtiin kerralla. Vertailu on aiempiin vuosiin eikä samanaikaiseen "
            "vertailuryhmään. Seuranta ja sen tulokset ovat esimerkkejä."
        ),
        "results_sv": (
            "I exempeluppföljningen studerade en större andel av de elever som gått över stegvis "
            "helt i sin egen klass följande läsår än under tidigare år, då övergången skedde på "
            "en gång. Jämförelsen görs med tidigare år, inte med en samtidig jämförelsegrupp. "
            "Uppföljningen och dess resultat är exempel."
        ),
        "themes": ["koulutus", "kieli", "nuoret"],
        "target_groups": ["nuoret"],
        "stages": [("lapset-ja-nuoret", 2), ("lapset-ja-nuoret", 3)],
        "sources": ["esimerkki-seuranta-valmistavasta-opetuksesta-siirtyneet"],
        "steps": [
            (
                "Aloitus valmistavassa ryhmässä",
                "Start i den förberedande gruppen",
                "Oppilaan aiempi koulunkäynti ja kielitaito selvitetään, ja hänelle laaditaan "
                "oma suunnitelma.",
                "Elevens tidigare skolgång och språkkunskaper utreds, och en egen plan görs upp "
                "för hen.",
            ),
            (
                "Ensimmäiset tunnit omassa luokassa",
                "De första lektionerna i den egna klassen",
                "Jo ensimmäisinä viikkoina oppilas osallistuu oman luokkansa tunneille aineissa, "
                "joissa kieltä tarvitaan vähemmän.",
                "Redan under de första veckorna deltar eleven i den egna klassens lektioner i "
                "ämnen där språket behövs mindre.",
            ),
            (
                "Osuus kasvaa",
                "Andelen växer",
                "Opettajat sopivat lukukausittain, mihin aineisiin oppilas siirtyy seuraavaksi.",
                "Lärarna kommer varje termin överens om vilka ämnen eleven går över till härnäst.",
            ),
            (
                "Kokonaan omaan luokkaan",
                "Helt till den egna klassen",
                "Kun oppilas opiskelee kaikki aineet omassa luokassaan, hänen edistymistään "
                "seurataan vielä lukuvuoden ajan.",
                "När eleven studerar alla ämnen i sin egen klass följs hens framsteg upp ännu "
                "under ett läsår.",
            ),
        ],
    },
    {
        **EXAMPLE_PRACTICE,
        "slug": "luetun-ymmartamisen-tehostettu-tuki",
        "title_fi": "Luetun ymmärtämisen tehostettu tuki monikielisille oppilaille (esimerkki)",
        "title_sv": "Intensivt stöd i läsförståelse för flerspråkiga elever (exempel)",
        "summary_fi": (
            "Perusopetuksen monikieliset oppilaat harjoittelevat pienryhmässä kymmenen viikon "
            "ajan neljästi viikossa, miten tekstistä löydetään pääasiat ja miten vieraat sanat "
            "selvitetään. Harjoituksissa käytetään niiden oppiaineiden tekstejä, joita luokassa "
            "luetaan. Esimerkki, jolla demo näyttää tason 5."
        ),
        "summary_sv": (
            "Flerspråkiga elever i den grundläggande utbildningen övar i en liten grupp fyra "
            "gånger i veckan under tio veckor på att hitta huvudsakerna i en text och reda ut "
            "okända ord. I övningarna används texter från de ämnen som klassen läser. Ett "
            "exempel som visar nivå 5 i demon."
        ),
        "description_fi": (
            f"{EXAMPLE_NOTE_FI} Se näyttää, millainen on tasolle 5 arvioitu käytäntö: jakson "
            "vaiheet, kesto ja opettajien koulutus on kirjattu, ja vaikutus on osoitettu "
            "satunnaistetussa kokeilussa ja toistettu kolmessa muussa Pohjoismaassa (molemmat "
            "lähteet ovat esimerkkejä).\n\n"
            "Tuki annetaan omassa koulussa koulupäivän aikana, eikä oppilas jää paitsi oman "
            "luokkansa opetuksesta muissa aineissa."
        ),
        "description_sv": (
            f"{EXAMPLE_NOTE_SV} Det visar hur ett arbetssätt som bedömts till nivå 5 ser ut: "
            "periodens steg, längd och lärarnas fortbildning är dokumenterade, och effekten har "
            "påvisats i ett randomiserat försök och upprepats i tre andra nordiska länder (båda "
            "källorna är exempel).\n\n"
            "Stödet ges i den egna skolan under skoldagen, och eleven går inte miste om den "
            "egna klassens undervisning i andra ämnen."
        ),
        "aims_fi": (
            "- Oppilas ymmärtää oppiaineiden tekstejä paremmin ja pysyy mukana luokan "
            "opetuksessa.\n"
            "- Opettajat oppivat keinoja, joita voivat käyttää koko luokan kanssa."
        ),
        "aims_sv": (
            "- Eleven förstår ämnenas texter bättre och hänger med i klassens undervisning.\n"
            "- Lärarna lär sig metoder som de kan använda med hela klassen."
        ),
        "results_fi": (
            "Kummassakin esimerkkitutkimuksessa tukea saaneiden oppilaiden luetun ymmärtäminen "
            "parani enemmän kuin vertailuryhmän, ja ero säilyi vielä puolen vuoden kuluttua. "
            "Tutkimukset ja niiden tulokset ovat esimerkkejä."
        ),
        "results_sv": (
            "I båda exempelstudierna förbättrades läsförståelsen mer hos eleverna som fick stödet "
            "än i jämförelsegruppen, och skillnaden fanns kvar ännu ett halvår senare. Studierna "
            "och deras resultat är exempel."
        ),
        "resources_fi": (
            "Esimerkki: suomi tai ruotsi toisena kielenä -opettaja tai erityisopettaja, joka on "
            "käynyt kahden päivän koulutuksen, ja valmis harjoitusaineisto."
        ),
        "resources_sv": (
            "Exempel: en lärare i finska eller svenska som andraspråk eller en speciallärare som "
            "gått en tvådagarsutbildning, och ett färdigt övningsmaterial."
        ),
        "duration_fi": "Kymmenen viikkoa, neljä 45 minuutin tuokiota viikossa",
        "duration_sv": "Tio veckor, fyra pass på 45 minuter i veckan",
        "themes": ["koulutus", "kieli", "nuoret"],
        "target_groups": ["nuoret"],
        "stages": [("lapset-ja-nuoret", 3)],
        "sources": [
            "esimerkki-satunnaistettu-kokeilu-luetun-ymmartamisen-tuki",
            "esimerkki-toistotutkimus-luetun-ymmartamisen-tuki",
        ],
        "steps": [
            (
                "Tuen tarpeen tunnistaminen",
                "Behovet av stöd identifieras",
                "Syksyllä luokan kaikki oppilaat tekevät lyhyen lukemisen tehtävän, ja sen "
                "perusteella valitaan tukea tarvitsevat.",
                "På hösten gör alla elever i klassen en kort läsuppgift, och utifrån den väljs de "
                "som behöver stöd.",
            ),
            (
                "Kymmenen viikon jakso",
                "En period på tio veckor",
                "Pienryhmä kokoontuu neljästi viikossa, ja jokainen tuokio etenee samassa "
                "järjestyksessä.",
                "Den lilla gruppen träffas fyra gånger i veckan, och varje pass följer samma "
                "ordning.",
            ),
            (
                "Oppiaineiden tekstit",
                "Ämnenas texter",
                "Harjoituksissa luetaan historian, ympäristöopin ja muiden aineiden tekstejä, "
                "joita luokassa käsitellään samaan aikaan.",
                "I övningarna läses texter i historia, omgivningslära och andra ämnen som klassen "
                "arbetar med samtidigt.",
            ),
            (
                "Seuranta",
                "Uppföljning",
                "Jakson lopussa ja puolen vuoden kuluttua tehdään sama lukemisen tehtävä, ja "
                "tuloksia verrataan syksyn tuloksiin.",
                "I slutet av perioden och ett halvår senare görs samma läsuppgift, och resultaten "
                "jämförs med höstens.",
            ),
        ],
    },
    {
        **EXAMPLE_PRACTICE,
        "slug": "tuvasta-toiselle-asteelle-tukihenkilo",
        "title_fi": (
            "TUVA-koulutuksesta toiselle asteelle: nimetty tukihenkilö ensimmäiseksi vuodeksi "
            "(esimerkki)"
        ),
        "title_sv": (
            "Från Hux till andra stadiet: en namngiven stödperson för det första året (exempel)"
        ),
        "summary_fi": (
            "Tutkintokoulutukseen valmentavasta koulutuksesta (TUVA) lukioon tai ammatilliseen "
            "koulutukseen siirtyvä nuori saa uudesta oppilaitoksestaan nimetyn tukihenkilön "
            "ensimmäiseksi opiskeluvuodeksi. Tukihenkilö tapaa nuoren jo ennen siirtymää ja "
            "pitää yhteyttä säännöllisesti. Esimerkki, jolla demo näyttää tason 2."
        ),
        "summary_sv": (
            "En ung person som går från utbildning som handleder för examensutbildning (Hux) "
            "till gymnasiet eller yrkesutbildning får en namngiven stödperson vid sin nya "
            "läroanstalt för det första studieåret. Stödpersonen träffar den unga redan före "
            "övergången och håller regelbundet kontakt. Ett exempel som visar nivå 2 i demon."
        ),
        "description_fi": (
            f"{EXAMPLE_NOTE_FI}\n\n"
            "Perustelu: siirtymä oppilaitoksesta toiseen on kohta, jossa opinnot katkeavat "
            "helposti, ja tuttu aikuinen uudessa oppilaitoksessa madaltaa kynnystä kysyä apua. "
            "Perustelu on kirjattu, mutta tuloksia ei ole vielä seurattu."
        ),
        "description_sv": (
            f"{EXAMPLE_NOTE_SV}\n\n"
            "Motivering: övergången från en läroanstalt till en annan är en punkt där studierna "
            "lätt avbryts, och en bekant vuxen vid den nya läroanstalten gör det lättare att be "
            "om hjälp. Motiveringen är dokumenterad, men resultaten har ännu inte följts upp."
        ),
        "aims_fi": (
            "- Nuori aloittaa toisen asteen opinnot ja jatkaa niitä ensimmäisen vuoden yli.\n"
            "- Tuen tarve huomataan ajoissa."
        ),
        "aims_sv": (
            "- Den unga börjar studierna på andra stadiet och fortsätter dem efter det första "
            "året.\n"
            "- Behovet av stöd upptäcks i tid."
        ),
        "themes": ["koulutus", "nuoret"],
        "target_groups": ["nuoret", "opiskelijat"],
        "stages": [("lapset-ja-nuoret", 4)],
        "sources": ["oecd-working-together-finland-2018"],
        "steps": [
            (
                "Tutustuminen ennen siirtymää",
                "Bekantskap före övergången",
                "Tukihenkilö tapaa nuoren TUVA-koulutuksen viimeisinä viikkoina, ja he "
                "tutustuvat yhdessä uuteen oppilaitokseen.",
                "Stödpersonen träffar den unga under de sista veckorna av Hux-utbildningen, och "
                "de bekantar sig tillsammans med den nya läroanstalten.",
            ),
            (
                "Ensimmäiset viikot",
                "De första veckorna",
                "Tukihenkilö tapaa nuoren viikoittain ja auttaa löytämään lukujärjestyksen, "
                "opiskeluhuollon ja opintojen tuen.",
                "Stödpersonen träffar den unga varje vecka och hjälper hen att hitta i schemat, "
                "studerandevården och stödet för studierna.",
            ),
            (
                "Säännöllinen yhteys",
                "Regelbunden kontakt",
                "Syksyn jälkeen tavataan kerran kuukaudessa ja aina, kun nuori pyytää.",
                "Efter hösten träffas de en gång i månaden och alltid när den unga ber om det.",
            ),
            (
                "Vuoden päätös",
                "Årets avslutning",
                "Ensimmäisen vuoden lopussa sovitaan, tarvitaanko tukea vielä.",
                "I slutet av det första året kommer man överens om stödet ännu behövs.",
            ),
        ],
    },
    {
        **EXAMPLE_PRACTICE,
        "slug": "monikielinen-tervetulokirje-ilman-yhteydenottoa",
        "title_fi": "Monikielinen tervetulokirje ilman henkilökohtaista yhteydenottoa (esimerkki)",
        "title_sv": "Flerspråkigt välkomstbrev utan personlig kontakt (exempel)",
        "summary_fi": (
            "Kunta lähettää jokaiselle kuntaan muuttaneelle maahanmuuttajalle kirjeen "
            "palveluista usealla kielellä, mutta kukaan ei ota häneen yhteyttä "
            "henkilökohtaisesti. Arvioinnissa kirje ei lisännyt palveluihin hakeutumista. "
            "Esimerkki, jolla demo näyttää arvion, ettei käytännöllä ollut vaikutusta."
        ),
        "summary_sv": (
            "Kommunen skickar ett brev om tjänsterna på flera språk till varje invandrare som "
            "flyttat till kommunen, men ingen tar personlig kontakt. I utvärderingen fick brevet "
            "inte fler att söka sig till tjänsterna. Ett exempel som visar bedömningen att "
            "arbetssättet inte hade någon effekt."
        ),
        "description_fi": (
            f"{EXAMPLE_NOTE_FI} Se näyttää, miltä arvio ”ei vaikutusta” näyttää tietopankissa."
            "\n\n"
            "Kirje on halpa tapa tavoittaa kaikki, ja siksi se houkuttelee. Pelkkä kirje ei "
            "kuitenkaan tuonut ketään palveluihin aiempaa useammin; henkilökohtainen yhteydenotto "
            "kirjeen jälkeen toi. Kirjettä voi käyttää yhteydenoton tukena, ei sen korvaajana."
        ),
        "description_sv": (
            f"{EXAMPLE_NOTE_SV} Det visar hur bedömningen ”ingen effekt” ser ut i "
            "kunskapsbanken.\n\n"
            "Ett brev är ett billigt sätt att nå alla, och därför är det lockande. Enbart brevet "
            "fick ändå inte fler att söka sig till tjänsterna; en personlig kontakt efter brevet "
            "gjorde det. Brevet kan stödja kontakten men inte ersätta den."
        ),
        "results_fi": (
            "Esimerkkiarvioinnissa niiden osuus, joiden palvelutarpeen arviointi alkoi kahden "
            "kuukauden kuluessa, oli kirjeen saaneilla sama kuin vertailukunnissa, joissa "
            "kirjettä ei lähetetty. Arviointi ja sen tulokset ovat esimerkkejä."
        ),
        "results_sv": (
            "I exempelutvärderingen var andelen vars bedömning av servicebehovet inleddes inom "
            "två månader lika stor bland dem som fått brevet som i jämförelsekommunerna, där "
            "inget brev skickades. Utvärderingen och dess resultat är exempel."
        ),
        "themes": ["alkuvaiheen-ohjaus", "osallisuus"],
        "target_groups": ["kaikki-vasta-muuttaneet", "kotivanhemmat"],
        "stages": [("aikuiset", 1)],
        "languages": ["fi", "sv", "en", "ar", "ru", "so"],
        "sources": ["esimerkki-arviointi-monikielinen-tervetulokirje"],
    },
    {
        **EXAMPLE_PRACTICE,
        "slug": "lapset-vanhempiensa-tulkkeina",
        "title_fi": "Lapset vanhempiensa tulkkeina asioinnissa (esimerkki)",
        "title_sv": "Barn som tolkar åt sina föräldrar (exempel)",
        "summary_fi": (
            "Ammattitulkin sijaan perheen lapsi tulkkaa vanhemmilleen asioinnissa, esimerkiksi "
            "terveysasemalla tai sosiaalityöntekijän vastaanotolla. Toimintatapa voi tuntua "
            "nopealta ja edulliselta, mutta arvioinnissa se osoittautui haitalliseksi. "
            "Esimerkki, jolla demo näyttää arvion haitallisista vaikutuksista."
        ),
        "summary_sv": (
            "I stället för en yrkestolk tolkar familjens barn åt föräldrarna, till exempel på "
            "hälsostationen eller hos socialarbetaren. Arbetssättet kan verka snabbt och "
            "billigt, men i utvärderingen visade det sig vara skadligt. Ett exempel som visar "
            "bedömningen att ett arbetssätt har skadliga effekter."
        ),
        "description_fi": (
            f"{EXAMPLE_NOTE_FI} Se näyttää, miltä arvio haitallisista vaikutuksista näyttää "
            "tietopankissa, jotta kukaan ei ottaisi toimintatapaa käyttöön.\n\n"
            "Lapsi joutuu kuulemaan ja välittämään asioita, jotka eivät hänelle kuulu, kuten "
            "vanhemman sairauksia tai perheen rahahuolia. Hän on poissa koulusta, ja "
            "tulkkausvirheet voivat johtaa vääriin päätöksiin tai väärään hoitoon. Suositus: "
            "käytä ammattitulkkia, myös puhelimitse tai etäyhteydellä."
        ),
        "description_sv": (
            f"{EXAMPLE_NOTE_SV} Det visar hur en bedömning av skadliga effekter ser ut i "
            "kunskapsbanken, så att ingen tar arbetssättet i bruk.\n\n"
            "Barnet får höra och föra vidare saker som inte hör till hen, som förälderns "
            "sjukdomar eller familjens pengabekymmer. Barnet är borta från skolan, och fel i "
            "tolkningen kan leda till felaktiga beslut eller fel vård. Rekommendation: anlita en "
            "yrkestolk, också per telefon eller på distans."
        ),
        "results_fi": (
            "Esimerkkiarvioinnissa tulkkausvirheitä oli enemmän kuin ammattitulkin kanssa, ja "
            "tulkkeina toimineet lapset kertoivat stressistä ja koulupoissaoloista useammin kuin "
            "muut. Arviointi ja sen tulokset ovat esimerkkejä."
        ),
        "results_sv": (
            "I exempelutvärderingen var tolkningsfelen fler än med en yrkestolk, och barn som "
            "tolkat berättade oftare än andra om stress och frånvaro från skolan. Utvärderingen "
            "och dess resultat är exempel."
        ),
        "themes": ["terveys-ja-hyvinvointi", "perheet"],
        "target_groups": ["perheenjasenena-muuttaneet", "kaikki-vasta-muuttaneet"],
        "stages": [("aikuiset", 6)],
        "sources": ["esimerkki-arviointi-lapset-tulkkeina"],
    },
]

TEXT_FIELDS = (
    "title",
    "summary",
    "description",
    "aims",
    "results",
    "resources",
    "duration",
    "cost",
)

COORDINATORS = "Tietopankin koordinaattorit / Kunskapsbankens koordinatorer"
STEERING_GROUP_2013 = (
    "Maahanmuuttajasta kuntalaiseksi -hankkeen ohjausryhmä / "
    "Styrgruppen för projektet Från invandrare till kommuninvånare"
)
REASSESSED_ON = datetime.date(2025, 3, 10)
L = EvidenceLevel
# (practice, level, assessed by, assessed on, sources, rationale in Finnish, in Swedish).
ASSESSMENTS = [
    (
        "hyva-alku-alkukartoitus-ja-suunnitelma",
        L.WELL_DESCRIBED,
        STEERING_GROUP_2013,
        datetime.date(2013, 11, 15),
        ["hyva-alku-pohjanmaalla-hankekuvaus", "kotoutumislaki-1386-2010"],
        "Tavoitteet, kohderyhmät, toimijoiden työnjako ja vaiheet ohjauksesta kartoitukseen "
        "ja suunnitelmaan on kuvattu. Perusteluja sille, miksi malli toimisi, ei ollut vielä "
        "kirjattu, eikä seurantatietoa ollut.",
        "Mål, målgrupper, aktörernas arbetsfördelning och stegen från hänvisning till "
        "kartläggning och plan är beskrivna. Motiveringar till varför modellen skulle fungera "
        "hade ännu inte skrivits ned, och uppföljningsdata saknades.",
    ),
    (
        "hyva-alku-alkukartoitus-ja-suunnitelma",
        L.THEORETICALLY_GROUNDED,
        COORDINATORS,
        REASSESSED_ON,
        [
            "hyva-alku-pohjanmaalla-hankekuvaus",
            "kotoutumislaki-681-2023",
            "oecd-working-together-finland-2018",
        ],
        "Perustelut on nyt kirjattu: malli toteuttaa kotoutumislain periaatetta varhaisesta "
        "palvelutarpeen arvioinnista ja yksilöllisestä suunnitelmasta, ja OECD:n katsaus "
        "(2018) tukee sitä, että myös työvoiman ulkopuolella olevat tavoitetaan alussa. Tasoa "
        "3 ei voi antaa, koska mallin käyttäjistä ei ole seuranta- eikä arviointitietoa.",
        "Motiveringen är nu dokumenterad: modellen följer integrationslagens princip om tidig "
        "bedömning av servicebehovet och en individuell plan, och OECD:s översikt (2018) "
        "stöder att också de som står utanför arbetskraften nås i början. Nivå 3 kan inte ges "
        "eftersom det saknas uppföljnings- och utvärderingsdata om dem som använt modellen.",
    ),
    (
        "kotopaikka2-viisivaiheinen-tyollistymisen-malli",
        L.WELL_DESCRIBED,
        COORDINATORS,
        REASSESSED_ON,
        ["kotopaikka2-hankkeen-esittely"],
        "Tavoitteet, kohderyhmät, viisi järjestettyä vaihetta ja toteuttajat on kuvattu niin, "
        "että malli voidaan siirtää muualle. Lähteenä on hankkeen alussa julkaistu esittely; "
        "osallistujien seurantatietoa tai loppuraporttia ei ole liitetty. Taso arvioidaan "
        "uudelleen, kun tulokset on liitetty tietopankkiin.",
        "Mål, målgrupper, de fem ordnade faserna och genomförarna är beskrivna så att modellen "
        "kan överföras till andra orter. Källan är presentationen från projektets start; "
        "uppföljningsdata om deltagarna eller en slutrapport har inte lagts till. Nivån "
        "bedöms på nytt när resultaten har lagts till i kunskapsbanken.",
    ),
    (
        "skanen-alueellinen-yhteistyomalli",
        L.THEORETICALLY_GROUNDED,
        COORDINATORS,
        REASSESSED_ON,
        ["skanen-rok-ja-partnerskap-skane", "maahanmuuttajasta-kuntalaiseksi-hankekuvaus"],
        "Mallin rakenne, osapuolet ja painopisteet on kuvattu, ja menetelmiä kehitetään "
        "kirjatusti yhdessä yliopiston tutkijoiden kanssa. Sopimusta seurataan vuosittain, "
        "mutta seurannan tuloksia ei ole tietopankissa, joten tasoa 3 ei voi antaa.",
        "Modellens struktur, parter och fokusområden är beskrivna, och metoderna utvecklas "
        "enligt dokumentationen tillsammans med forskare vid universitetet. Överenskommelsen "
        "följs upp årligen, men resultaten finns inte i kunskapsbanken, så nivå 3 kan inte "
        "ges.",
    ),
    (
        "tyopaikkamentoreiden-valmennus",
        L.WELL_DESCRIBED,
        COORDINATORS,
        REASSESSED_ON,
        ["kotopaikka2-hankkeen-esittely"],
        "Valmennuksen tavoite, kohderyhmä ja paikka Kotopaikka2-mallin vaiheissa on kuvattu. "
        "Sisältöä ja kestoa ei ole kuvattu tarkemmin, eikä tuloksista ole tietoa.",
        "Träningens mål, målgrupp och plats bland faserna i Kotopaikka2-modellen är "
        "beskrivna. Innehåll och längd är inte närmare beskrivna, och resultat saknas.",
    ),
    (
        "selkokieliset-korttikoulutukset",
        L.WELL_DESCRIBED,
        COORDINATORS,
        REASSESSED_ON,
        ["kotopaikka2-hankkeen-esittely"],
        "Tavoite, kohderyhmä ja ajoitus perehtymisvaiheessa on kuvattu osana Kotopaikka2-"
        "mallia. Osallistujamääristä ja suoritetuista korteista ei ole tietoa.",
        "Mål, målgrupp och tidpunkt i introduktionsfasen är beskrivna som en del av "
        "Kotopaikka2-modellen. Uppgifter om antalet deltagare och avlagda kort saknas.",
    ),
    (
        "kuntajohdon-strategiatyo",
        L.WELL_DESCRIBED,
        COORDINATORS,
        REASSESSED_ON,
        ["kotopaikka2-hankkeen-esittely"],
        "Tavoite, kohderyhmä, työtapa (ohjatut työpajat) ja tuotos (strategiaesitys "
        "tavoitteineen ja indikaattoreineen) on kuvattu. Laadittuja strategioita ei ole "
        "liitetty.",
        "Mål, målgrupp, arbetsform (handledda workshoppar) och resultat (ett "
        "strategiförslag med mål och mätare) är beskrivna. De strategier som togs fram har "
        "inte lagts till.",
    ),
    (
        "alueellisen-aiesopimuksen-valmistelu",
        L.WELL_DESCRIBED,
        COORDINATORS,
        REASSESSED_ON,
        ["maahanmuuttajasta-kuntalaiseksi-hankekuvaus", "skanen-rok-ja-partnerskap-skane"],
        "Prosessin vaiheet, osapuolet ja aikataulu on kuvattu, ja esikuva on nimetty. Tietoa "
        "siitä, mitkä osapuolet sitoutuivat ja mitä sopimuksesta seurasi, ei ole.",
        "Processens steg, parter och tidsplan är beskrivna, och förebilden är angiven. Det "
        "finns ingen information om vilka parter som förband sig och vad avsiktsförklaringen "
        "ledde till.",
    ),
    (
        "yhtenainen-alkuvaiheen-ohjaus",
        L.WELL_DESCRIBED,
        COORDINATORS,
        REASSESSED_ON,
        ["hyva-alku-pohjanmaalla-hankekuvaus", "maahanmuuttajasta-kuntalaiseksi-hankekuvaus"],
        "Tavoite, kohderyhmät ja toimijat on kuvattu. Ohjauksen sisältöä ei ole vielä kuvattu "
        "vaiheittain, eikä tavoitettujen määristä ole seurantatietoa.",
        "Mål, målgrupper och aktörer är beskrivna. Vägledningens innehåll är ännu inte "
        "beskrivet steg för steg, och det saknas uppföljningsdata om hur många som nåtts.",
    ),
    # The example practices: every rationale says that it is an example.
    (
        "tyopainotteinen-kotoutumiskoulutus",
        L.MODERATE_EVIDENCE,
        COORDINATORS,
        REASSESSED_ON,
        ["esimerkki-arviointi-tyopainotteinen-kotoutumiskoulutus"],
        "Esimerkkiarvio: arviointi vertailuryhmän kanssa (esimerkkilähde) osoittaa, että "
        "osallistujat olivat vuoden kuluttua useammin töissä kuin vertailuryhmä. Tasoa 5 ei voi "
        "antaa, koska tulosta ei ole toistettu eikä kontrolloituja tutkimuksia ole.",
        "Exempel på en bedömning: en utvärdering med jämförelsegrupp (en exempelkälla) visar "
        "att deltagarna oftare än jämförelsegruppen var i arbete ett år senare. Nivå 5 kan inte "
        "ges eftersom resultatet inte har upprepats och kontrollerade studier saknas.",
    ),
    (
        "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        L.SOME_EVIDENCE,
        COORDINATORS,
        REASSESSED_ON,
        ["esimerkki-seuranta-kotivanhempien-kieliryhmat"],
        "Esimerkkiarvio: osallistujien seuranta ryhmän alussa ja lopussa (esimerkkilähde) "
        "näyttää myönteistä muutosta kielitaidossa. Tasoa 4 ei voi antaa, koska vertailuryhmää "
        "ei ole.",
        "Exempel på en bedömning: uppföljningen av deltagarna i början och i slutet av gruppen "
        "(en exempelkälla) visar en positiv förändring i kunskaperna i finska eller svenska. "
        "Nivå 4 kan inte ges eftersom det saknas en jämförelsegrupp.",
    ),
    (
        "valmistavasta-opetuksesta-vaiheittain-omaan-luokkaan",
        L.SOME_EVIDENCE,
        COORDINATORS,
        REASSESSED_ON,
        ["esimerkki-seuranta-valmistavasta-opetuksesta-siirtyneet"],
        "Esimerkkiarvio: koulujen kolmen lukuvuoden seuranta (esimerkkilähde) näyttää, että "
        "vaiheittain siirtyneet opiskelivat useammin kokonaan omassa luokassaan kuin oppilaat "
        "aiempina vuosina. Vertailu on aiempiin vuosiin eikä samanaikaiseen vertailuryhmään, "
        "joten tasoa 4 ei voi antaa.",
        "Exempel på en bedömning: skolornas uppföljning under tre läsår (en exempelkälla) visar "
        "att de elever som gått över stegvis oftare studerade helt i sin egen klass än eleverna "
        "under tidigare år. Jämförelsen görs med tidigare år och inte med en samtidig "
        "jämförelsegrupp, så nivå 4 kan inte ges.",
    ),
    (
        "luetun-ymmartamisen-tehostettu-tuki",
        L.STRONG_EVIDENCE,
        COORDINATORS,
        REASSESSED_ON,
        [
            "esimerkki-satunnaistettu-kokeilu-luetun-ymmartamisen-tuki",
            "esimerkki-toistotutkimus-luetun-ymmartamisen-tuki",
        ],
        "Esimerkkiarvio: satunnaistettu kokeilu Ruotsissa ja sen toisto kolmessa muussa "
        "Pohjoismaassa (molemmat esimerkkilähteitä) osoittavat myönteisen vaikutuksen luetun "
        "ymmärtämiseen, ja vaikutus säilyi puoli vuotta. Toistetut pohjoismaiset tulokset "
        "täyttävät tason 5 ehdot.",
        "Exempel på en bedömning: ett randomiserat försök i Sverige och dess upprepning i tre "
        "andra nordiska länder (båda exempelkällor) visar en positiv effekt på läsförståelsen, "
        "och effekten höll i sig ett halvår. De upprepade nordiska resultaten uppfyller "
        "villkoren för nivå 5.",
    ),
    (
        "tuvasta-toiselle-asteelle-tukihenkilo",
        L.THEORETICALLY_GROUNDED,
        COORDINATORS,
        REASSESSED_ON,
        ["oecd-working-together-finland-2018"],
        "Esimerkkiarvio: tavoite, kohderyhmä ja vaiheet on kuvattu, ja perustelu on kirjattu: "
        "siirtymä toiselle asteelle on kohta, jossa opinnot voivat katketa, ja OECD:n katsaus "
        "(2018) käsittelee myös maahanmuuttajien lasten koulutusta. Tuloksia ei ole seurattu, "
        "joten tasoa 3 ei voi antaa.",
        "Exempel på en bedömning: mål, målgrupp och steg är beskrivna, och motiveringen är "
        "dokumenterad: övergången till andra stadiet är en punkt där studierna kan avbrytas, "
        "och OECD:s översikt (2018) behandlar också utbildningen för invandrares barn. "
        "Resultaten har inte följts upp, så nivå 3 kan inte ges.",
    ),
    (
        "monikielinen-tervetulokirje-ilman-yhteydenottoa",
        L.NO_EFFECT,
        COORDINATORS,
        REASSESSED_ON,
        ["esimerkki-arviointi-monikielinen-tervetulokirje"],
        "Esimerkkiarvio: vertaileva arviointi (esimerkkilähde) ei löytänyt eroa palveluihin "
        "hakeutumisessa kirjeen saaneiden ja vertailukuntien asukkaiden välillä. Käytäntö on "
        "arvioitu, eikä sillä ollut vaikutusta tulokseen, johon se tähtäsi.",
        "Exempel på en bedömning: en jämförande utvärdering (en exempelkälla) fann ingen "
        "skillnad i hur många som sökte sig till tjänsterna mellan dem som fått brevet och "
        "invånarna i jämförelsekommunerna. Arbetssättet har utvärderats och hade ingen effekt "
        "på det resultat som det syftade till.",
    ),
    (
        "lapset-vanhempiensa-tulkkeina",
        L.HARMFUL,
        COORDINATORS,
        REASSESSED_ON,
        ["esimerkki-arviointi-lapset-tulkkeina"],
        "Esimerkkiarvio: arviointi (esimerkkilähde) havaitsi enemmän tulkkausvirheitä kuin "
        "ammattitulkin kanssa sekä lapsille aiheutuvaa stressiä ja poissaoloja koulusta. "
        "Käytäntöä ei pidä ottaa käyttöön.",
        "Exempel på en bedömning: utvärderingen (en exempelkälla) fann fler tolkningsfel än med "
        "en yrkestolk samt stress och frånvaro från skolan hos barnen. Arbetssättet ska inte tas "
        "i bruk.",
    ),
]

RELATED = [
    ("kotopaikka2-viisivaiheinen-tyollistymisen-malli", "tyopaikkamentoreiden-valmennus"),
    ("kotopaikka2-viisivaiheinen-tyollistymisen-malli", "selkokieliset-korttikoulutukset"),
    ("kotopaikka2-viisivaiheinen-tyollistymisen-malli", "kuntajohdon-strategiatyo"),
    ("hyva-alku-alkukartoitus-ja-suunnitelma", "testipiste-alkukartoituksen-tukena"),
    ("hyva-alku-alkukartoitus-ja-suunnitelma", "yhtenainen-alkuvaiheen-ohjaus"),
    ("skanen-alueellinen-yhteistyomalli", "alueellisen-aiesopimuksen-valmistelu"),
    ("verkostoanalyysi-kotoutumisen-poluittain", "alueellisen-aiesopimuksen-valmistelu"),
    ("ennakkotieto-rekrytoivilta-tyonantajilta", "onnistuneista-rekrytoinneista-kertominen"),
    ("valmistavasta-opetuksesta-vaiheittain-omaan-luokkaan", "luetun-ymmartamisen-tehostettu-tuki"),
    (
        "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        "monikielinen-tervetulokirje-ilman-yhteydenottoa",
    ),
    ("tyopainotteinen-kotoutumiskoulutus", "kotopaikka2-viisivaiheinen-tyollistymisen-malli"),
]

SELECTED_BY_2013 = {
    "selected_by_fi": (
        "Maahanmuuttajasta kuntalaiseksi -hankkeen verkoston keskeiset toimijat yhdessä "
        "maahanmuuttajien kanssa vuonna 2013."
    ),
    "selected_by_sv": (
        "De centrala aktörerna i nätverket kring projektet Från invandrare till "
        "kommuninvånare tillsammans med invandrare år 2013."
    ),
}
PRIORITIES = [
    {
        "slug": "nopea-ja-yhtenainen-alkuvaiheen-ohjaus",
        "starts_on": datetime.date(2013, 1, 1),
        "ends_on": datetime.date(2014, 12, 31),
        "title_fi": "Nopea ja yhtenäinen alkuvaiheen ohjaus",
        "title_sv": "Snabb och enhetlig vägledning i det inledande skedet",
        "description_fi": (
            "Ensimmäiset kuukaudet uudessa kotikunnassa ratkaisevat paljon. Painopisteen "
            "tavoitteena oli, että jokainen vasta muuttanut saa ohjausta ja tarvittaessa "
            "alkukartoituksen nopeasti ja samoin periaattein kunnasta ja kielestä riippumatta."
        ),
        "description_sv": (
            "De första månaderna i den nya hemkommunen avgör mycket. Målet för prioriteringen "
            "var att varje nyinflyttad snabbt får vägledning och vid behov en inledande "
            "kartläggning enligt samma principer, oavsett kommun och språk."
        ),
        **SELECTED_BY_2013,
        "selections": [
            (
                "hyva-alku-alkukartoitus-ja-suunnitelma",
                "Sama kartoitusmalli kummallakin kielellä vastaa suoraan painopisteeseen.",
                "Samma kartläggningsmodell på båda språken svarar direkt mot prioriteringen.",
            ),
            (
                "yhtenainen-alkuvaiheen-ohjaus",
                "Tavoittaa myös ne, jotka jäävät työvoimapalvelujen ulkopuolelle.",
                "Når också dem som står utanför arbetskraftsservicen.",
            ),
            (
                "testipiste-alkukartoituksen-tukena",
                "Tukee kartoitusta myös ruotsinkielisessä kotouttamistyössä.",
                "Stöder kartläggningen också i integrationsarbetet på svenska.",
            ),
            (
                "ennakkotieto-rekrytoivilta-tyonantajilta",
                "Palvelut voivat alkaa heti muuton jälkeen, kun kunta tietää tulijoista ajoissa.",
                "Tjänsterna kan börja direkt efter flytten när kommunen i tid vet vem som kommer.",
            ),
        ],
    },
    {
        "slug": "tyonantajayhteistyo-ja-tyopaikkaohjaus",
        "starts_on": datetime.date(2025, 1, 1),
        "ends_on": datetime.date(2027, 12, 31),
        "title_fi": "Työnantajayhteistyö ja työpaikkaohjaus",
        "title_sv": "Samarbete med arbetsgivare och handledning på arbetsplatsen",
        "description_fi": (
            "Kun työvoimapalvelut siirtyivät kuntien työllisyysalueille vuonna 2025, "
            "yhteistyö työnantajien kanssa ja ohjaus itse työpaikalla nousivat esiin. "
            "Painopiste ja sen valinnat ovat demon esimerkki."
        ),
        "description_sv": (
            "När arbetskraftsservicen 2025 flyttade till kommunernas sysselsättningsområden "
            "lyftes samarbetet med arbetsgivare och handledningen på själva arbetsplatsen fram. "
            "Prioriteringen och dess val är ett exempel i demon."
        ),
        "selected_by_fi": (
            "Pohjanmaan verkoston toimijat yhdessä maahanmuuttajien kanssa (esimerkkivalinta)."
        ),
        "selected_by_sv": (
            "Aktörerna i det österbottniska nätverket tillsammans med invandrare "
            "(exempel på ett val)."
        ),
        "selections": [
            (
                "kotopaikka2-viisivaiheinen-tyollistymisen-malli",
                "Tietopankin parhaiten kuvattu työllistymisen malli; sovitetaan "
                "kaksikielisen Pohjanmaan oloihin.",
                "Kunskapsbankens bäst beskrivna modell för sysselsättning; anpassas till det "
                "tvåspråkiga Österbotten.",
            ),
            (
                "tyopaikkamentoreiden-valmennus",
                "Työpaikat saavat valmiuksia ottaa vastaan ja perehdyttää uusia tekijöitä.",
                "Arbetsplatserna blir bättre rustade att ta emot och introducera nya arbetstagare.",
            ),
            (
                "selkokieliset-korttikoulutukset",
                "Poistaa kielimuurin korteista, joita moni ala vaatii.",
                "Språket hindrar ingen från att ta de kort som många branscher kräver.",
            ),
            (
                "onnistuneista-rekrytoinneista-kertominen",
                "Muuttaa työnantajien käsityksiä esimerkkien avulla.",
                "Ändrar arbetsgivarnas uppfattningar med hjälp av exempel.",
            ),
        ],
    },
]

# Where practices are in use. The adoptions of the Hyvä alku model and of telling employers
# about successful recruitments rest on the seed documents (the members of the Hyvä alku
# network; the project years 2012–2013); those of the example practices are examples, and
# their texts say so. Organisations only, never a person.
ADOPTIONS = [
    {
        "practice": "tyopainotteinen-kotoutumiskoulutus",
        "municipality": "vaasa",
        "actor": "teknologiayritys-esimerkki",
        "started_on": datetime.date(2023, 8, 14),
        "contact_organisation": (
            "Teknologiayritys Vaasassa – Teknikföretag i Vasa (esimerkki / exempel)"
        ),
        "adaptation_fi": (
            "Esimerkki: työpaikkajaksot ovat energiateknologian yrityksen tuotannossa ja "
            "varastossa. Yritys on koonnut kuvitetun sanaston, jota käytetään myös "
            "oppilaitoksen opetuksessa."
        ),
        "adaptation_sv": (
            "Exempel: perioderna på arbetsplatsen sker i energiteknikföretagets produktion och "
            "lager. Företaget har sammanställt en illustrerad ordlista som också används i "
            "undervisningen vid läroanstalten."
        ),
        "results_fi": (
            "Esimerkki: ensimmäisen ryhmän kymmenestä opiskelijasta neljä sai yritykseltä "
            "määräaikaisen työsopimuksen koulutuksen jälkeen."
        ),
        "results_sv": (
            "Exempel: av de tio studerande i den första gruppen fick fyra ett visstidsavtal med "
            "företaget efter utbildningen."
        ),
    },
    {
        "practice": "tyopainotteinen-kotoutumiskoulutus",
        "municipality": "narpio",
        "actor": "kasvihuoneyritys-esimerkki",
        "started_on": datetime.date(2024, 1, 8),
        "contact_organisation": (
            "Kasvihuoneyritys Närpiössä – Växthusföretag i Närpes (esimerkki / exempel)"
        ),
        "adaptation_fi": (
            "Esimerkki: koulutus on ruotsiksi, ja työpaikkajaksot sovitetaan kasvihuoneen "
            "sesonkeihin niin, että työpäiviä on keväällä enemmän ja talvella vähemmän."
        ),
        "adaptation_sv": (
            "Exempel: utbildningen är på svenska, och perioderna på arbetsplatsen anpassas efter "
            "växthusets säsonger så att det finns fler arbetsdagar på våren och färre på "
            "vintern."
        ),
        "results_fi": (
            "Esimerkki: osallistujat kertoivat, että ruotsin kieltä oli helpompi käyttää töissä "
            "kuin luokassa. Työhön jääneistä ei ole vielä tietoa."
        ),
        "results_sv": (
            "Exempel: deltagarna berättade att det var lättare att använda svenska i arbetet än "
            "i klassrummet. Uppgifter om hur många som fått fortsatt arbete finns ännu inte."
        ),
    },
    {
        "practice": "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        "municipality": "vaasa",
        "actor": "kansalaisopisto-esimerkki",
        "started_on": datetime.date(2022, 9, 5),
        "contact_organisation": ("Kansalaisopisto – Medborgarinstitut (esimerkki / exempel)"),
        "adaptation_fi": (
            "Esimerkki: ryhmä kokoontuu asukastalossa, ja lastenhoidosta vastaavat koulutetut "
            "vapaaehtoiset varhaiskasvatuksen ammattilaisen johdolla."
        ),
        "adaptation_sv": (
            "Exempel: gruppen träffas i ett invånarhus, och barnpassningen sköts av utbildade "
            "frivilliga under ledning av en yrkesperson inom småbarnspedagogiken."
        ),
    },
    {
        "practice": "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        "municipality": "mustasaari",
        "actor": "kansalaisopisto-esimerkki",
        "started_on": datetime.date(2023, 9, 4),
        "contact_organisation": ("Kansalaisopisto – Medborgarinstitut (esimerkki / exempel)"),
        "adaptation_fi": (
            "Esimerkki: ryhmä opiskelee ruotsia, koska suurin osa kunnan palveluista ja "
            "kouluista on ruotsinkielisiä."
        ),
        "adaptation_sv": (
            "Exempel: gruppen studerar svenska, eftersom största delen av kommunens tjänster och "
            "skolor är svenskspråkiga."
        ),
    },
    {
        "practice": "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        "actor": "monikulttuurinen-yhdistys-esimerkki",
        "started_on": datetime.date(2024, 1, 15),
        "contact_organisation": (
            "Monikulttuurinen yhdistys – Mångkulturell förening (esimerkki / exempel)"
        ),
        "adaptation_fi": (
            "Esimerkki: yhdistys kutsuu ryhmään jäseniensä kautta ja tarjoaa tilat; opettaja "
            "tulee kansalaisopistosta."
        ),
        "adaptation_sv": (
            "Exempel: föreningen bjuder in till gruppen via sina medlemmar och ordnar "
            "lokalerna; läraren kommer från medborgarinstitutet."
        ),
    },
    {
        "practice": "hyva-alku-alkukartoitus-ja-suunnitelma",
        "municipality": "pietarsaari",
        "actor": "pietarsaaren-seudun-kotoutumisyksikko",
        "contact_organisation": (
            "Pietarsaaren seudun kotoutumisyksikkö – Integrationsenheten i Jakobstadsnejden"
        ),
        "adaptation_fi": (
            "Yksikkö kuului Hyvä alku -verkostoon ja palveli Pietarsaaren lisäksi Pedersörea, "
            "Uuttakaarlepyytä, Luotoa, Kruunupyytä ja Vöyriä. Tavoitteena oli käyttää samaa "
            "kartoitusmallia myös ruotsinkielisessä kotouttamistyössä ja kehittää "
            "verkkotestien käytöstä malli myös ruotsiksi."
        ),
        "adaptation_sv": (
            "Enheten hörde till nätverket En bra start och betjänade förutom Jakobstad även "
            "Pedersöre, Nykarleby, Larsmo, Kronoby och Vörå. Målet var att använda samma "
            "kartläggningsmodell också i integrationsarbetet på svenska och att utveckla en "
            "modell för webbtesten också på svenska."
        ),
    },
    {
        "practice": "hyva-alku-alkukartoitus-ja-suunnitelma",
        "municipality": "kristiinankaupunki",
        "actor": "k5",
        "contact_organisation": "K5",
    },
    {
        "practice": "onnistuneista-rekrytoinneista-kertominen",
        "municipality": "vaasa",
        "actor": "vaasan-kaupunki",
        "started_on": datetime.date(2012, 1, 1),
        "ended_on": datetime.date(2013, 12, 31),
        "contact_organisation": "Vaasan kaupunki – Vasa stad",
    },
]

# Questions and comments on practices, as visitors send them (no one's name: the demo holds
# no private persons' details). The last one waits for a coordinator's moderation.
FEEDBACK = [
    {
        "practice": "hyva-alku-alkukartoitus-ja-suunnitelma",
        "kind": Feedback.Kind.QUESTION,
        "language": "fi",
        "name": "Kunnan kotoutumistyöntekijä",
        "text": (
            "Voiko alkukartoituksen kielitestit tehdä myös ruotsiksi, jos asiakas asuu "
            "ruotsinkielisessä kunnassa?"
        ),
        "answer": (
            "Esimerkki: kartoitusmallia on kehitetty myös ruotsinkieliseen kotouttamistyöhön "
            "Pietarsaaren seudulla. Kysy tarkemmin seudun kotoutumisyksiköltä; yhteystiedot "
            "ovat käyttöönottojen kohdalla."
        ),
        "status": Feedback.Status.PUBLISHED,
    },
    {
        "practice": "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        "kind": Feedback.Kind.QUESTION,
        "language": "sv",
        "text": (
            "Hur många barn kan en frivillig barnvakt ta hand om samtidigt, och vem ansvarar "
            "för försäkringen?"
        ),
        "answer": (
            "Exempel: högst tre barn per vuxen, och medborgarinstitutets olycksfallsförsäkring "
            "gäller under gruppens träffar."
        ),
        "answered_by": "kansalaisopisto-esimerkki",
        "status": Feedback.Status.PUBLISHED,
    },
    {
        "practice": "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
        "kind": Feedback.Kind.COMMENT,
        "language": "fi",
        "text": (
            "Esimerkki: meillä ryhmä toimi hyvin, kun ensimmäiset tapaamiset pidettiin "
            "lastenneuvolan tiloissa, jonne äidit jo tulivat muutenkin."
        ),
        "status": Feedback.Status.PENDING,
    },
]


def load_themes_and_target_groups():
    for model, rows in ((Theme, THEMES), (TargetGroup, TARGET_GROUPS)):
        for order, (slug, name_fi, name_sv) in enumerate(rows, start=1):
            # get_or_create: a coordinator's later edits to demo records are kept.
            model.objects.get_or_create(
                slug=slug,
                defaults={"name": name_fi, "name_fi": name_fi, "name_sv": name_sv, "order": order},
            )


def load_sources():
    languages = {language.code: language for language in Language.objects.all()}
    for data in SOURCES:
        Source.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "kind": data["kind"],
                "publisher": data["publisher"],
                "year": data["year"],
                "language": languages.get(data["language"]),
                "url": data.get("url", ""),
                **translated(data, "title", "summary"),
            },
        )


def by_slug(model, slugs):
    return list(model.objects.filter(slug__in=slugs))


def review_dates(data, today):
    if data.get("review") == "overdue":
        return {
            "last_reviewed_on": datetime.date(2023, 12, 1),
            "next_review_due": datetime.date(2025, 12, 31),
        }
    # Relative to the day of loading, so that only the practices above show as overdue.
    return {
        "last_reviewed_on": REASSESSED_ON,
        "next_review_due": datetime.date(today.year + 2, today.month, 1),
    }


def load_practices():
    """Create the practices that do not exist yet with their relations; return their slugs."""
    today = timezone.localdate()
    stages = {
        (stage.path.slug, stage.order): stage for stage in PathStage.objects.select_related("path")
    }
    languages = {language.code: language for language in Language.objects.all()}
    created = set()
    for data in PRACTICES:
        practice, was_created = Practice.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "status": data["status"],
                "origin": data["origin"],
                "country": data.get("country", ""),
                "started_on": data.get("started_on"),
                "ended_on": data.get("ended_on"),
                "contact_organisation": data.get("contact_organisation", ""),
                **review_dates(data, today),
                **translated(data, *TEXT_FIELDS),
            },
        )
        if not was_created:
            continue
        created.add(practice.slug)
        practice.themes.set(by_slug(Theme, data["themes"]))
        practice.target_groups.set(by_slug(TargetGroup, data["target_groups"]))
        practice.stages.set(stages[key] for key in data["stages"] if key in stages)
        practice.actors.set(by_slug(Actor, data.get("actors", ())))
        practice.municipalities.set(by_slug(Municipality, data.get("municipalities", ())))
        practice.languages.set(
            languages[code] for code in data.get("languages", ()) if code in languages
        )
        practice.sources.set(by_slug(Source, data.get("sources", ())))
        for order, (title_fi, title_sv, description_fi, description_sv) in enumerate(
            data.get("steps", ()), start=1
        ):
            step = {
                "title_fi": title_fi,
                "title_sv": title_sv,
                "description_fi": description_fi,
                "description_sv": description_sv,
            }
            Step.objects.create(
                practice=practice, order=order, **translated(step, "title", "description")
            )
        # Saved again so that the search terms include the steps and relations set above.
        practice.save()
    return created


def load_related(created):
    practices = {practice.slug: practice for practice in Practice.objects.all()}
    for first, second in RELATED:
        if (first in created or second in created) and first in practices and second in practices:
            practices[first].related.add(practices[second])


def load_assessments(created):
    practices = {practice.slug: practice for practice in Practice.objects.filter(slug__in=created)}
    for (
        slug,
        level,
        assessed_by,
        assessed_on,
        source_slugs,
        rationale_fi,
        rationale_sv,
    ) in ASSESSMENTS:
        practice = practices.get(slug)
        if practice is None:
            continue
        sources = by_slug(Source, source_slugs)
        error = source_rule_error(level, [source.kind for source in sources])
        if error:
            raise ValueError(f"Demo assessment of {slug}: {error}")
        assessment = Assessment.objects.create(
            practice=practice,
            level=level,
            assessed_by=assessed_by,
            assessed_on=assessed_on,
            **translated({"rationale_fi": rationale_fi, "rationale_sv": rationale_sv}, "rationale"),
        )
        assessment.sources.set(sources)
        practice.refresh_evidence()


def load_priorities():
    practices = {practice.slug: practice for practice in Practice.objects.all()}
    for data in PRIORITIES:
        priority, created = Priority.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "starts_on": data["starts_on"],
                "ends_on": data["ends_on"],
                **translated(data, "title", "description", "selected_by"),
            },
        )
        if not created:
            continue
        for slug, reason_fi, reason_sv in data["selections"]:
            if slug in practices:
                PrioritySelection.objects.create(
                    priority=priority,
                    practice=practices[slug],
                    **translated({"reason_fi": reason_fi, "reason_sv": reason_sv}, "reason"),
                )


def load_adoptions():
    """Create the demo adoptions of each practice that has none yet; return how many.

    A practice that already has adoptions (the demo's, or ones a coordinator has added or
    kept) gets none from the demo, so that loading again neither duplicates nor restores
    them."""
    practices = {
        practice.slug: practice
        for practice in Practice.objects.filter(slug__in={data["practice"] for data in ADOPTIONS})
    }
    adopted = set(
        Adoption.objects.filter(practice__in=practices.values()).values_list(
            "practice__slug", flat=True
        )
    )
    municipalities = {
        municipality.slug: municipality for municipality in Municipality.objects.all()
    }
    actors = {actor.slug: actor for actor in Actor.objects.all()}
    created = 0
    for data in ADOPTIONS:
        practice = practices.get(data["practice"])
        if practice is None or practice.slug in adopted:
            continue
        municipality = municipalities.get(data.get("municipality"))
        actor = actors.get(data.get("actor"))
        if municipality is None and actor is None:
            continue  # a coordinator has removed both meanwhile
        # save() puts the municipality on the practice's "in use in" list while in use.
        Adoption.objects.create(
            practice=practice,
            municipality=municipality,
            actor=actor,
            started_on=data.get("started_on"),
            ended_on=data.get("ended_on"),
            contact_organisation=data.get("contact_organisation", ""),
            **translated(data, "adaptation", "results"),
        )
        created += 1
    return created


def load_feedback():
    """The demo's questions and comments on the practices that have none yet."""
    slugs = {data["practice"] for data in FEEDBACK}
    practices = {p.slug: p for p in Practice.objects.filter(slug__in=slugs)}
    answered = set(
        Feedback.objects.filter(practice__slug__in=slugs).values_list("practice__slug", flat=True)
    )
    actors = {actor.slug: actor for actor in Actor.objects.all()}
    now = timezone.now()
    for data in FEEDBACK:
        practice = practices.get(data["practice"])
        if practice is None or practice.slug in answered:
            continue
        Feedback.objects.create(
            practice=practice,
            kind=data["kind"],
            language=data["language"],
            name=data.get("name", ""),
            text=data["text"],
            answer=data.get("answer", ""),
            answered_by=actors.get(data.get("answered_by")),
            answered_at=now if data.get("answer") else None,
            status=data["status"],
        )


def load(stdout, style):
    load_themes_and_target_groups()
    load_sources()
    created = load_practices()
    load_related(created)
    load_assessments(created)
    load_priorities()
    load_adoptions()
    load_feedback()
    published = Practice.objects.published().count()
    counts = [
        (Theme, "themes"),
        (TargetGroup, "target groups"),
        (Source, "sources"),
        (Practice, "practices"),
        (Assessment, "assessments"),
        (Priority, "priorities"),
        (Adoption, "adoptions"),
        (Feedback, "questions and comments"),
    ]
    summary = ", ".join(f"{model.objects.count()} {label}" for model, label in counts)
    stdout.write(f"Practices demo: {summary} ({published} practices published).")
