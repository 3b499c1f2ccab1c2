"""Demo content for the networks app: Ostrobothnia's sub-regions and municipalities, the
languages services are given in, the three integration paths with their stages, the actors
(organisations only), their roles and ties, and two named networks.

Everything is written in our own words from the seed documents (the Maahanmuuttajasta
kuntalaiseksi project, 2012–2013, and the Hyvä alku Pohjanmaalla network) and brought up to
the situation after 1 January 2025, when the integration act 681/2023 and the reform of the
employment services (380/2023) came into force, and after 1 January 2026, when ten
elinvoimakeskus / livskraftscentral replaced the fifteen ELY Centres.

Where the names come from: the act does not name "paths"; the three paths are our plain names
for its target groups as kotoutuminen.fi words them in both languages (työnhakijana oleva /
arbetssökande; työvoiman ulkopuolella oleva / som står utanför arbetskraften; lapset ja nuoret /
barn och unga). The service names (osaamisen ja kotoutumisen palvelutarpeen arviointi /
bedömning av kompetens och behovet av integrationstjänster, monikielinen
yhteiskuntaorientaatio / flerspråkig samhällsorientering, valmistava opetus / undervisning som
förbereder för den grundläggande utbildningen) follow RP 208/2022, kotoutuminen.fi and oph.fi.
The municipalities of Pohjanmaan työllisyysalue / Österbottens sysselsättningsområde are as the
City of Vaasa lists them (its releases of 2025–2026 name the same nine). The state's regional
authority for Ostrobothnia and Central Ostrobothnia since 1.1.2026 is Pohjanmaan
elinvoimakeskus / Livskraftscentralen i Österbotten, head office in Vaasa (the ministry's list
of the ten centres and their directors, 27.11.2025, and the centre's own page); its website is
the centres' shared www.elinvoimakeskus.fi. Before it, Pohjanmaan ELY-keskus / NTM-centralen i
Österbotten; the demo actor is the same authority under its present name.
The public contact details are the organisations' own as they publish them: Pohjanmaan liitto's
registry address on obotnia.fi, the City of Jakobstad's town hall number on jakobstad.fi, the
City of Vaasa's registry address and switchboard, THL's registry address; the other actors'
are left empty.
Unconfirmed: the make-up and the official names of the Jakobstad region employment area (the
Finnish and Swedish names here are descriptive), the name of the City of Vaasa's integration
unit, and the offer of each school; actors marked "esimerkki / exempel" are invented examples.
Roles and ties are illustrative, chosen so that the analyses show real kinds of gaps; they are
not a survey of who does what.
"""

import datetime

from networks.models import (
    Actor,
    IntegrationPath,
    Language,
    Municipality,
    Network,
    PathStage,
    Role,
    SubRegion,
    Tie,
)

SUB_REGIONS = [
    {
        "slug": "pietarsaaren-seutu",
        "name_fi": "Pietarsaaren seutu",
        "name_sv": "Jakobstadsregionen",
        "description_fi": (
            "Pohjanmaan pohjoisosan viisi kuntaa, jotka järjestävät kotouttamisen palveluja "
            "yhdessä."
        ),
        "description_sv": (
            "Fem kommuner i landskapets norra del som ordnar tjänster för integration tillsammans."
        ),
        "municipalities": [
            ("pietarsaari", "Pietarsaari", "Jakobstad"),
            ("pedersoren-kunta", "Pedersören kunta", "Pedersöre"),
            ("uusikaarlepyy", "Uusikaarlepyy", "Nykarleby"),
            ("luoto", "Luoto", "Larsmo"),
            ("kruunupyy", "Kruunupyy", "Kronoby"),
        ],
    },
    {
        "slug": "k5",
        "name_fi": "Rannikko-Pohjanmaa (K5)",
        "name_sv": "Kust-Österbotten (K5)",
        "description_fi": "Pohjanmaan eteläosan viiden rannikkokunnan yhteistyöalue.",
        "description_sv": "Samarbetsområdet för fem kustkommuner i landskapets södra del.",
        "municipalities": [
            ("narpio", "Närpiö", "Närpes"),
            ("kristiinankaupunki", "Kristiinankaupunki", "Kristinestad"),
            ("korsnas", "Korsnäs", "Korsnäs"),
            ("maalahti", "Maalahti", "Malax"),
            ("kaskinen", "Kaskinen", "Kaskö"),
        ],
    },
    {
        "slug": "vaasan-seutu",
        "name_fi": "Vaasan seutu",
        "name_sv": "Vasaregionen",
        "description_fi": "Vaasa ja sen ympäristökunnat, maakunnan väkirikkain seutu.",
        "description_sv": "Vasa och kommunerna kring staden, landskapets folkrikaste region.",
        "municipalities": [
            ("vaasa", "Vaasa", "Vasa"),
            ("mustasaari", "Mustasaari", "Korsholm"),
            ("laihia", "Laihia", "Laihela"),
            ("isokyro", "Isokyrö", "Storkyro"),
            ("voyri", "Vöyri", "Vörå"),
        ],
    },
]

# Groups of municipality slugs used below.
JAKOBSTAD_REGION = ["pietarsaari", "pedersoren-kunta", "uusikaarlepyy", "luoto", "kruunupyy"]
K5 = ["narpio", "kristiinankaupunki", "korsnas", "maalahti", "kaskinen"]
VAASA_REGION = ["vaasa", "mustasaari", "laihia", "isokyro", "voyri"]
ALL_MUNICIPALITIES = JAKOBSTAD_REGION + K5 + VAASA_REGION
# As the City of Vaasa lists the area; Kristinestad and Storkyro belong to areas outside the demo.
OSTROBOTHNIA_EMPLOYMENT_AREA = [
    "vaasa",
    "mustasaari",
    "laihia",
    "voyri",
    "maalahti",
    "korsnas",
    "narpio",
    "kaskinen",
    "uusikaarlepyy",
]
JAKOBSTAD_EMPLOYMENT_AREA = ["pietarsaari", "pedersoren-kunta", "luoto", "kruunupyy"]
SWEDISH_VOCATIONAL_AREA = ["vaasa", "mustasaari", "voyri", "maalahti", "korsnas", "narpio"]

# (code, name in Finnish, name in Swedish, order): the national languages first.
LANGUAGES = [
    ("fi", "suomi", "finska", 1),
    ("sv", "ruotsi", "svenska", 2),
    ("en", "englanti", "engelska", 3),
    ("ar", "arabia", "arabiska", 10),
    ("vi", "vietnam", "vietnamesiska", 11),
    ("ru", "venäjä", "ryska", 12),
    ("uk", "ukraina", "ukrainska", 13),
    ("bs", "bosnia", "bosniska", 14),
    ("so", "somali", "somaliska", 15),
    ("prs", "dari", "dari", 16),
]

# Each stage: (name in Finnish, name in Swedish, description in Finnish, in Swedish).
PATHS = [
    {
        "slug": "tyollisyys",
        "order": 1,
        "name_fi": "Työnhakijoiden ja työssä käyvien polku",
        "name_sv": "Vägen för arbetssökande och förvärvsarbetande",
        "description_fi": (
            "Polku maahanmuuttajille, jotka hakevat työtä tai ovat jo töissä. Vuodesta 2025 "
            "kunnat järjestävät työvoimapalvelut työllisyysalueilla; sitä ennen palvelut "
            "kuuluivat valtion TE-toimistolle."
        ),
        "description_sv": (
            "Vägen för invandrare som söker arbete eller redan arbetar. Sedan 2025 ordnar "
            "kommunerna arbetskraftsservicen i sysselsättningsområden; tidigare låg tjänsterna "
            "hos statens TE-byrå."
        ),
        "stages": [
            (
                "Ensitieto ja ilmoittautuminen työnhakijaksi",
                "Grundinformation och anmälan som arbetssökande",
                "Maahanmuuttaja saa perustiedon palveluista ja etuuksista ja ilmoittautuu "
                "työnhakijaksi. Samalla selviää, kuuluuko hän kotoutumisohjelman piiriin.",
                "Invandraren får grundläggande information om tjänster och förmåner och anmäler "
                "sig som arbetssökande. Samtidigt utreds om hen omfattas av "
                "integrationsprogrammet.",
            ),
            (
                "Osaamisen ja kotoutumisen palvelutarpeen arviointi",
                "Bedömning av kompetens och behovet av integrationstjänster",
                "Selvitetään koulutus, työhistoria, kielitaito ja muut valmiudet sekä se, mitä "
                "palveluja henkilö tarvitsee. Aiemmin vaihetta kutsuttiin alkukartoitukseksi.",
                "Man utreder utbildning, arbetserfarenhet, språkkunskaper och andra färdigheter "
                "samt vilka tjänster personen behöver. Tidigare kallades skedet inledande "
                "kartläggning.",
            ),
            (
                "Kotoutumissuunnitelma",
                "Integrationsplan",
                "Arvioinnin pohjalta sovitaan yksilöllinen suunnitelma opinnoista ja "
                "palveluista. Suunnitelmaa seurataan ja päivitetään, kun tilanne muuttuu.",
                "Utifrån bedömningen gör man upp en individuell plan för studier och tjänster. "
                "Planen följs upp och uppdateras när situationen förändras.",
            ),
            (
                "Kotoutumiskoulutus",
                "Integrationsutbildning",
                "Suomen tai ruotsin kielen sekä yhteiskunta- ja työelämätaitojen opinnot. "
                "Koulutus päättyy kielitaidon testaukseen.",
                "Studier i finska eller svenska samt i samhälls- och arbetslivsfärdigheter. "
                "Utbildningen avslutas med ett test av språkkunskaperna.",
            ),
            (
                "Työ, yrittäjyys tai jatko-opinnot",
                "Arbete, företagande eller fortsatta studier",
                "Henkilö siirtyy työhön, perustaa yrityksen tai jatkaa ammatillisiin tai muihin "
                "opintoihin. Työnantajien ja oppilaitosten yhteistyö nopeuttaa siirtymää.",
                "Personen går vidare till arbete, startar företag eller fortsätter med "
                "yrkesinriktade eller andra studier. Samarbete med arbetsgivare och "
                "läroanstalter gör övergången snabbare.",
            ),
        ],
    },
    {
        "slug": "aikuiset",
        "order": 2,
        "name_fi": "Työvoiman ulkopuolella olevien aikuisten polku",
        "name_sv": "Vägen för vuxna som står utanför arbetskraften",
        "description_fi": (
            "Polku aikuisille, jotka eivät ole työnhakijoita, kuten kotona lapsia hoitaville "
            "vanhemmille, ikääntyneille ja sairaille. Kunta vastaa heidän kotoutumispalveluistaan "
            "ja hyvinvointialue sosiaali- ja terveyspalveluista."
        ),
        "description_sv": (
            "Vägen för vuxna som inte är arbetssökande, till exempel föräldrar som sköter barn "
            "hemma, äldre och sjuka. Kommunen svarar för deras integrationstjänster och "
            "välfärdsområdet för social- och hälsovården."
        ),
        "stages": [
            (
                "Tavoittaminen ja ohjaus palveluihin",
                "Uppsökande arbete och vägledning till tjänster",
                "Kunta ja järjestöt etsivät ne, jotka eivät itse hakeudu palveluihin, ja "
                "kertovat heille tarjolla olevasta tuesta. Luottamus syntyy usein tutun "
                "järjestön tai yhteisön kautta.",
                "Kommunen och organisationerna söker upp dem som inte själva tar kontakt och "
                "berättar om det stöd som finns. Förtroendet byggs ofta upp via en bekant "
                "förening eller gemenskap.",
            ),
            (
                "Osaamisen ja palvelutarpeen arviointi kunnassa",
                "Bedömning av kompetens och servicebehov i kommunen",
                "Kunnan kotoutumispalvelut selvittävät henkilön tilanteen, kielitaidon ja "
                "tavoitteet. Tarvittaessa arviointi tehdään monialaisesti sosiaalityön kanssa.",
                "Kommunens integrationstjänster utreder personens situation, språkkunskaper och "
                "mål. Vid behov görs bedömningen sektorsövergripande tillsammans med "
                "socialarbetet.",
            ),
            (
                "Kotoutumissuunnitelma",
                "Integrationsplan",
                "Suunnitelmaan kirjataan opinnot ja muut palvelut, jotka tukevat arjessa "
                "pärjäämistä ja myöhemmin mahdollista työllistymistä.",
                "I planen skrivs de studier och andra tjänster in som stöder vardagen och senare "
                "en möjlig väg till arbete.",
            ),
            (
                "Monikielinen yhteiskuntaorientaatio",
                "Flerspråkig samhällsorientering",
                "Tietoa suomalaisesta yhteiskunnasta, oikeuksista ja velvollisuuksista omalla "
                "tai muulla hyvin hallitulla kielellä.",
                "Information om det finländska samhället och om rättigheter och skyldigheter, "
                "på det egna eller ett annat väl behärskat språk.",
            ),
            (
                "Kieli- ja arjen taitojen opinnot",
                "Studier i språk och vardagsfärdigheter",
                "Luku- ja kirjoitustaidon, monilukutaidon ja kielen opintoja, myös omaehtoisina "
                "opintoina esimerkiksi kansalaisopistossa. Opinnot sovitetaan lastenhoidon ja "
                "terveydentilan mukaan.",
                "Studier i läs- och skrivkunnighet, multilitteracitet och språk, också som "
                "självständiga studier till exempel vid ett medborgarinstitut. Studierna "
                "anpassas efter barnomsorg och hälsa.",
            ),
            (
                "Sosiaali- ja terveyspalvelut sekä osallisuus",
                "Social- och hälsovårdstjänster samt delaktighet",
                "Hyvinvointialue huolehtii sosiaalityöstä, perhepalveluista ja "
                "terveydenhuollosta. Järjestöjen toiminta tarjoaa tilaisuuksia osallistua ja "
                "tutustua lähiyhteisöön.",
                "Välfärdsområdet sköter socialarbete, familjetjänster och hälsovård. "
                "Föreningarnas verksamhet ger tillfällen att delta och lära känna närsamhället.",
            ),
        ],
    },
    {
        "slug": "lapset-ja-nuoret",
        "order": 3,
        "name_fi": "Lasten ja nuorten polku",
        "name_sv": "Vägen för barn och unga",
        "description_fi": (
            "Polku lapsille ja nuorille varhaiskasvatuksesta toisen asteen koulutukseen. Kunnan "
            "sivistyspalvelut vastaavat opetuksesta, ja nuorisopalvelut ja järjestöt tukevat "
            "vapaa-ajalla."
        ),
        "description_sv": (
            "Vägen för barn och unga från småbarnspedagogik till utbildning på andra stadiet. "
            "Kommunens bildningstjänster svarar för undervisningen, och ungdomstjänster och "
            "föreningar ger stöd på fritiden."
        ),
        "stages": [
            (
                "Varhaiskasvatus ja esiopetus",
                "Småbarnspedagogik och förskoleundervisning",
                "Päiväkodissa lapsi oppii kieltä leikin ja arjen lomassa, ja perhe saa tietoa "
                "kasvatuksesta ja palveluista. Esiopetus alkaa vuotta ennen oppivelvollisuutta.",
                "På daghemmet lär sig barnet språket genom lek och vardag, och familjen får "
                "information om fostran och tjänster. Förskoleundervisningen börjar året före "
                "läroplikten.",
            ),
            (
                "Perusopetukseen valmistava opetus",
                "Undervisning som förbereder för den grundläggande utbildningen",
                "Vasta muuttanut oppilas opiskelee noin vuoden ajan opetuskieltä ja muita "
                "koulussa tarvittavia taitoja. Hän siirtyy omaan ikäryhmäänsä niin pian kuin "
                "mahdollista.",
                "En nyinflyttad elev studerar undervisningsspråket och andra färdigheter som "
                "behövs i skolan under ungefär ett år. Eleven går över till sin åldersgrupp så "
                "snart som möjligt.",
            ),
            (
                "Perusopetus",
                "Grundläggande utbildning",
                "Oppilas opiskelee omassa ikäryhmässään ja saa tarvittaessa suomi tai ruotsi "
                "toisena kielenä -opetusta sekä oman äidinkielen opetusta.",
                "Eleven studerar i sin åldersgrupp och får vid behov undervisning i finska eller "
                "svenska som andraspråk och i det egna modersmålet.",
            ),
            (
                "Toisen asteen koulutus ja siihen valmentava koulutus",
                "Andra stadiets utbildning och handledande utbildning",
                "Nuori hakeutuu lukioon tai ammatilliseen koulutukseen. Tutkintokoulutukseen "
                "valmentava koulutus (TUVA) vahvistaa sitä ennen kielitaitoa ja "
                "opiskeluvalmiuksia.",
                "Den unga söker sig till gymnasiet eller till yrkesutbildning. Utbildning som "
                "handleder för examensutbildning (Hux) stärker dessförinnan språket och "
                "studiefärdigheterna.",
            ),
            (
                "Nuorisopalvelut ja vapaa-aika",
                "Ungdomstjänster och fritid",
                "Nuorisotyö, harrastukset ja järjestöjen ryhmät auttavat nuorta löytämään "
                "ystäviä ja paikkansa uudessa kotikunnassa.",
                "Ungdomsarbete, hobbyer och föreningarnas grupper hjälper den unga att hitta "
                "vänner och sin plats i den nya hemkommunen.",
            ),
        ],
    },
]

T = Actor.Type
# The state's regional authority: the ELY Centre until 2025, the elinvoimakeskus since 2026.
ELINVOIMAKESKUS = "pohjanmaan-elinvoimakeskus"
# Identifiers the demo has renamed: a database loaded before keeps its record, under the new one.
RENAMED_ACTORS = {"pohjanmaan-ely-keskus": ELINVOIMAKESKUS}
# Organisations only. A parent is listed before its units. Public contact details only where
# they are the organisation's own and confirmed (its website, registry office's e-mail,
# switchboard); none is a person's, and a field is left empty rather than guessed.
ACTORS = [
    {
        "slug": "pohjanmaan-liitto",
        "actor_type": T.OTHER,
        "name_fi": "Pohjanmaan liitto",
        "name_sv": "Österbottens förbund",
        "website": "https://www.obotnia.fi/",
        "public_email": "kirjaamo@obotnia.fi",
        "description_fi": (
            "Maakunnan kuntien kuntayhtymä, joka vastaa aluekehittämisestä ja maakunnan "
            "suunnittelusta. Kokoaa toimijoita yhteen myös kotoutumisen edistämisessä ja oli "
            "mukana Hyvä alku -verkostossa."
        ),
        "description_sv": (
            "Samkommun för landskapets kommuner som svarar för regional utveckling och "
            "landskapsplanering. Samlar aktörerna också kring integrationsfrämjande och var med "
            "i nätverket En bra start."
        ),
        "municipalities": ALL_MUNICIPALITIES,
        "languages": ["fi", "sv"],
    },
    {
        "slug": "vaasan-kaupunki",
        "actor_type": T.MUNICIPALITY,
        "name_fi": "Vaasan kaupunki",
        "name_sv": "Vasa stad",
        "website": "https://www.vaasa.fi/",
        "public_email": "kirjaamo@vaasa.fi",
        "public_phone": "06 325 1111",
        "description_fi": (
            "Maakunnan suurin kunta, joka toteutti Maahanmuuttajasta kuntalaiseksi -hankkeen "
            "yhdessä THL:n kanssa. Vuodesta 2025 kaupunki on Pohjanmaan työllisyysalueen "
            "vastuukunta."
        ),
        "description_sv": (
            "Landskapets största kommun, som genomförde projektet Från invandrare till "
            "kommuninvånare tillsammans med THL. Sedan 2025 är staden ansvarskommun för "
            "Österbottens sysselsättningsområde."
        ),
        "municipalities": ["vaasa"],
        "languages": ["fi", "sv", "en"],
    },
    {
        "slug": "vaasan-kotoutumispalvelut",
        "actor_type": T.MUNICIPALITY,
        "parent": "vaasan-kaupunki",
        "name_fi": "Vaasan kaupungin kotoutumispalvelut",
        "name_sv": "Vasa stads integrationstjänster",
        "description_fi": (
            "Kaupungin yksikkö, joka ohjaa ja neuvoo vasta muuttaneita ja vastaa työvoiman "
            "ulkopuolella olevien aikuisten kotoutumisohjelmasta. Nimi on kuvaava, ei virallinen."
        ),
        "description_sv": (
            "Stadens enhet som vägleder och ger råd åt nyinflyttade och svarar för "
            "integrationsprogrammet för vuxna utanför arbetskraften. Namnet är beskrivande, inte "
            "officiellt."
        ),
        "municipalities": ["vaasa", "mustasaari"],
        "languages": ["fi", "sv", "en", "ar", "ru", "uk", "so", "prs"],
    },
    {
        "slug": "vamia",
        "actor_type": T.EDUCATION,
        "parent": "vaasan-kaupunki",
        "name_fi": "Vamia",
        "name_sv": "Vamia",
        "website": "https://www.vamia.fi/",
        "description_fi": (
            "Vaasan kaupungin ammatillinen oppilaitos, joka järjestää suomenkielistä "
            "kotoutumiskoulutusta ja tutkintokoulutukseen valmentavaa koulutusta. Hyvä alku "
            "-verkostossa Vamia kehitti yhteistä alkukartoituksen mallia."
        ),
        "description_sv": (
            "Vasa stads yrkesläroanstalt, som ordnar integrationsutbildning på finska och "
            "utbildning som handleder för examensutbildning. I nätverket En bra start utvecklade "
            "Vamia en gemensam modell för inledande kartläggning."
        ),
        "municipalities": VAASA_REGION,
        "languages": ["fi", "en"],
    },
    {
        "slug": "vaasan-varhaiskasvatus",
        "actor_type": T.EDUCATION,
        "parent": "vaasan-kaupunki",
        "name_fi": "Vaasan kaupungin varhaiskasvatus",
        "name_sv": "Vasa stads småbarnspedagogik",
        "description_fi": (
            "Kaupungin päiväkodit ja esiopetus suomeksi ja ruotsiksi. Monikieliset lapset saavat "
            "tukea sekä omaan kieleensä että suomen tai ruotsin oppimiseen."
        ),
        "description_sv": (
            "Stadens daghem och förskoleundervisning på finska och svenska. Flerspråkiga barn "
            "får stöd både i sitt eget språk och i att lära sig finska eller svenska."
        ),
        "municipalities": ["vaasa"],
        "languages": ["fi", "sv"],
    },
    {
        "slug": "vaasan-perusopetus",
        "actor_type": T.EDUCATION,
        "parent": "vaasan-kaupunki",
        "name_fi": "Vaasan kaupungin perusopetus",
        "name_sv": "Vasa stads grundläggande utbildning",
        "description_fi": (
            "Kaupungin suomen- ja ruotsinkieliset koulut. Valmistavan opetuksen ryhmiä on "
            "muutamassa koulussa, ja niistä oppilaat siirtyvät lähikouluihinsa."
        ),
        "description_sv": (
            "Stadens finsk- och svenskspråkiga skolor. Grupper för förberedande undervisning "
            "finns i några skolor, och därifrån går eleverna över till sina närskolor."
        ),
        "municipalities": ["vaasa"],
        "languages": ["fi", "sv"],
    },
    {
        "slug": "vaasan-lukiokoulutus",
        "actor_type": T.EDUCATION,
        "parent": "vaasan-kaupunki",
        "name_fi": "Vaasan kaupungin lukiokoulutus",
        "name_sv": "Vasa stads gymnasieutbildning",
        "description_fi": (
            "Kaupungin lukiot suomeksi ja ruotsiksi. Maahanmuuttajataustaiset opiskelijat "
            "saavat tukea kielessä ja opiskelutaidoissa."
        ),
        "description_sv": (
            "Stadens gymnasier på finska och svenska. Studerande med invandrarbakgrund får stöd "
            "i språket och i studiefärdigheter."
        ),
        "municipalities": ["vaasa", "mustasaari", "laihia"],
        "languages": ["fi", "sv"],
    },
    {
        "slug": "vaasan-nuorisopalvelut",
        "actor_type": T.MUNICIPALITY,
        "parent": "vaasan-kaupunki",
        "name_fi": "Vaasan kaupungin nuorisopalvelut",
        "name_sv": "Vasa stads ungdomstjänster",
        "description_fi": (
            "Nuorisotalot, etsivä nuorisotyö ja harrastustoiminta. Yhteistyö monikulttuuristen "
            "yhdistysten kanssa tuo mukaan uusia nuoria."
        ),
        "description_sv": (
            "Ungdomsgårdar, uppsökande ungdomsarbete och hobbyverksamhet. Samarbetet med "
            "mångkulturella föreningar för med sig nya unga."
        ),
        "municipalities": ["vaasa"],
        "languages": ["fi", "sv"],
    },
    {
        "slug": "pohjanmaan-hyvinvointialue",
        "actor_type": T.WELLBEING_COUNTY,
        "name_fi": "Pohjanmaan hyvinvointialue",
        "name_sv": "Österbottens välfärdsområde",
        "website": "https://osterbottensvalfard.fi/",
        "description_fi": (
            "Järjestää vuodesta 2023 maakunnan sosiaali- ja terveyspalvelut sekä pelastustoimen "
            "kahdella kielellä. Kotoutumisessa sen vastuulla ovat muun muassa sosiaalityö, "
            "perhepalvelut ja terveystarkastukset."
        ),
        "description_sv": (
            "Ordnar sedan 2023 landskapets social- och hälsovård och räddningsväsende på två "
            "språk. Inom integrationen svarar välfärdsområdet bland annat för socialarbete, "
            "familjetjänster och hälsoundersökningar."
        ),
        "municipalities": ALL_MUNICIPALITIES,
        "languages": ["fi", "sv", "en"],
    },
    {
        "slug": "sosiaalityo-ja-perhepalvelut",
        "actor_type": T.WELLBEING_COUNTY,
        "parent": "pohjanmaan-hyvinvointialue",
        "name_fi": "Sosiaalityö- ja perhepalvelut",
        "name_sv": "Socialarbete och familjetjänster",
        "description_fi": (
            "Aikuissosiaalityö ja perhepalvelut, joilla on pitkä kokemus pakolaisten "
            "vastaanotosta. Hyvä alku -hankkeen aikaan palvelut olivat kuntien; vuodesta 2023 "
            "ne kuuluvat hyvinvointialueelle."
        ),
        "description_sv": (
            "Socialarbete för vuxna och familjetjänster med lång erfarenhet av "
            "flyktingmottagande. Under projektet En bra start ordnades tjänsterna av kommunerna; "
            "sedan 2023 hör de till välfärdsområdet."
        ),
        "municipalities": VAASA_REGION,
        "languages": ["fi", "sv"],
    },
    {
        "slug": "svenska-osterbottens-forbund",
        "actor_type": T.EDUCATION,
        "name_fi": "Svenska Österbottens förbund för utbildning och kultur",
        "name_sv": "Svenska Österbottens förbund för utbildning och kultur",
        "description_fi": (
            "Ruotsinkielisen koulutuksen ja kulttuurin kuntayhtymä, joka ylläpitää "
            "Yrkesakademin i Österbotten -oppilaitosta. Jäsen Hyvä alku -verkostossa."
        ),
        "description_sv": (
            "Samkommun för svenskspråkig utbildning och kultur som upprätthåller Yrkesakademin "
            "i Österbotten. Medlem i nätverket En bra start."
        ),
        "municipalities": SWEDISH_VOCATIONAL_AREA,
        "languages": ["sv"],
    },
    {
        "slug": "yrkesakademin",
        "actor_type": T.EDUCATION,
        "parent": "svenska-osterbottens-forbund",
        "name_fi": "Yrkesakademin i Österbotten (YA)",
        "name_sv": "Yrkesakademin i Österbotten (YA)",
        "website": "https://www.yrkesakademin.fi/",
        "description_fi": (
            "Ruotsinkielinen ammatillinen oppilaitos, joka järjestää myös kotoutumiskoulutusta "
            "ja tutkintokoulutukseen valmentavaa koulutusta ruotsiksi."
        ),
        "description_sv": (
            "Svenskspråkig yrkesläroanstalt som också ordnar integrationsutbildning och "
            "utbildning som handleder för examensutbildning på svenska."
        ),
        "municipalities": SWEDISH_VOCATIONAL_AREA,
        "languages": ["sv"],
    },
    {
        "slug": "pietarsaaren-kaupunki",
        "actor_type": T.MUNICIPALITY,
        "name_fi": "Pietarsaaren kaupunki",
        "name_sv": "Jakobstads stad",
        "website": "https://www.jakobstad.fi/",
        "public_phone": "06 786 3111",
        "description_fi": (
            "Pietarsaaren seudun keskuskaupunki, jossa toimii seudun viiden kunnan yhteinen "
            "kotoutumisyksikkö."
        ),
        "description_sv": (
            "Centralort i Jakobstadsregionen, där regionens fem kommuner har sin gemensamma "
            "integrationsenhet."
        ),
        "municipalities": ["pietarsaari"],
        "languages": ["sv", "fi"],
    },
    {
        "slug": "pietarsaaren-seudun-kotoutumisyksikko",
        "actor_type": T.MUNICIPALITY,
        "parent": "pietarsaaren-kaupunki",
        "name_fi": "Pietarsaaren seudun kotoutumisyksikkö",
        "name_sv": "Integrationsenheten i Jakobstadsnejden",
        "description_fi": (
            "Pietarsaaren, Pedersören, Uusikaarlepyyn, Luodon ja Kruunupyyn yhteinen yksikkö, "
            "joka ohjaa ja neuvoo maahanmuuttajia ja koordinoi seudun pakolaisten vastaanottoa. "
            "Seudulla voi kotoutua sekä ruotsiksi että suomeksi."
        ),
        "description_sv": (
            "Gemensam enhet för Jakobstad, Pedersöre, Nykarleby, Larsmo och Kronoby som "
            "vägleder invandrare och samordnar regionens flyktingmottagande. I regionen kan man "
            "integreras både på svenska och på finska."
        ),
        "municipalities": JAKOBSTAD_REGION,
        "languages": ["sv", "fi", "en", "ar"],
    },
    {
        "slug": "pietarsaaren-sivistystoimi",
        "actor_type": T.EDUCATION,
        "parent": "pietarsaaren-kaupunki",
        "name_fi": "Pietarsaaren kaupungin sivistystoimi",
        "name_sv": "Jakobstads stads bildningsväsende",
        "description_fi": (
            "Kaupungin varhaiskasvatus, esiopetus ja perusopetus ruotsiksi ja suomeksi, "
            "perusopetukseen valmistava opetus mukaan lukien."
        ),
        "description_sv": (
            "Stadens småbarnspedagogik, förskoleundervisning och grundläggande utbildning på "
            "svenska och finska, inklusive förberedande undervisning."
        ),
        "municipalities": ["pietarsaari"],
        "languages": ["sv", "fi"],
    },
    {
        "slug": "optima",
        "actor_type": T.EDUCATION,
        "name_fi": "Optima",
        "name_sv": "Optima",
        "description_fi": (
            "Pietarsaaressa toimiva ruotsinkielinen ammatillinen oppilaitos, joka järjestää "
            "myös maahanmuuttajille suunnattua koulutusta."
        ),
        "description_sv": (
            "Svenskspråkig yrkesläroanstalt i Jakobstad som också ordnar utbildning för invandrare."
        ),
        "municipalities": JAKOBSTAD_REGION,
        "languages": ["sv"],
    },
    {
        "slug": "k5",
        "actor_type": T.MUNICIPALITY,
        "name_fi": "Rannikko-Pohjanmaan sosiaali- ja perusterveydenhuollon kuntayhtymä (K5)",
        "name_sv": "Kust-Österbottens samkommun för social- och primärhälsovård (K5)",
        "description_fi": (
            "Närpiön, Kristiinankaupungin, Korsnäsin, Maalahden ja Kaskisten kuntayhtymä ja Hyvä "
            "alku -verkoston jäsen. Sosiaali- ja terveyspalvelut siirtyivät hyvinvointialueelle "
            "vuoden 2023 alussa; demossa K5 edustaa viiden kunnan yhteistyötä kotoutumisessa."
        ),
        "description_sv": (
            "Samkommun för Närpes, Kristinestad, Korsnäs, Malax och Kaskö och medlem i nätverket "
            "En bra start. Social- och hälsovården överfördes till välfärdsområdet vid ingången "
            "av 2023; i demon står K5 för de fem kommunernas samarbete kring integration."
        ),
        "municipalities": K5,
        "languages": ["sv", "fi"],
    },
    {
        "slug": "narpion-kaupunki",
        "actor_type": T.MUNICIPALITY,
        "name_fi": "Närpiön kaupunki",
        "name_sv": "Närpes stad",
        "description_fi": (
            "Ruotsinkielinen kaupunki, jonka kasvihuoneet ja muut yritykset ovat työllistäneet "
            "maahanmuuttajia vuosikymmeniä. Kaupunki järjestää itse kotoutumispalveluja, "
            "varhaiskasvatusta ja opetusta ruotsiksi."
        ),
        "description_sv": (
            "Svenskspråkig stad vars växthus och andra företag har sysselsatt invandrare i "
            "årtionden. Staden ordnar själv integrationstjänster, småbarnspedagogik och "
            "undervisning på svenska."
        ),
        "municipalities": ["narpio"],
        "languages": ["sv"],
    },
    {
        "slug": "thl",
        "actor_type": T.STATE_AUTHORITY,
        "name_fi": "Terveyden ja hyvinvoinnin laitos (THL)",
        "name_sv": "Institutet för hälsa och välfärd (THL)",
        "website": "https://thl.fi/",
        "public_email": "kirjaamo@thl.fi",
        "description_fi": (
            "Valtion tutkimus- ja kehittämislaitos, joka hallinnoi ESR-rahoitteista "
            "Maahanmuuttajasta kuntalaiseksi -hanketta vuosina 2012–2013. Levittää hyviä "
            "käytäntöjä koko maahan."
        ),
        "description_sv": (
            "Statligt forsknings- och utvecklingsinstitut som administrerade det ESF-finansierade "
            "projektet Från invandrare till kommuninvånare 2012–2013. Sprider god praxis i hela "
            "landet."
        ),
        "municipalities": [],
        "languages": ["fi", "sv", "en"],
    },
    {
        "slug": "pohjanmaan-te-toimisto",
        "actor_type": T.STATE_AUTHORITY,
        "name_fi": "Pohjanmaan TE-toimisto",
        "name_sv": "Österbottens arbets- och näringsbyrå (TE-byrån)",
        "description_fi": (
            "Valtion työ- ja elinkeinotoimisto, joka vastasi työnhakijoiden kotoutumispalveluista "
            "vuoden 2024 loppuun. Tehtävät siirtyivät kuntien työllisyysalueille 1.1.2025."
        ),
        "description_sv": (
            "Statens arbets- och näringsbyrå, som svarade för integrationstjänsterna för "
            "arbetssökande till slutet av 2024. Uppgifterna överfördes till kommunernas "
            "sysselsättningsområden den 1 januari 2025."
        ),
        "municipalities": ALL_MUNICIPALITIES,
        "languages": ["fi", "sv", "en"],
    },
    {
        "slug": "pohjanmaan-tyollisyysalue",
        "actor_type": T.EMPLOYMENT_SERVICES,
        "parent": "vaasan-kaupunki",
        "name_fi": "Pohjanmaan työllisyysalue",
        "name_sv": "Österbottens sysselsättningsområde",
        "description_fi": (
            "Työllisyysalue, jonka vastuukunta on Vaasa ja joka järjestää vuodesta 2025 "
            "työvoimapalvelut ja työnhakijoiden kotoutumispalvelut. Siihen kuuluvat Vaasa, "
            "Mustasaari, Laihia, Vöyri, Maalahti, Korsnäs, Närpiö, Kaskinen ja Uusikaarlepyy."
        ),
        "description_sv": (
            "Sysselsättningsområde med Vasa som ansvarskommun, som sedan 2025 ordnar "
            "arbetskraftsservicen och integrationstjänsterna för arbetssökande. Området omfattar "
            "Vasa, Korsholm, Laihela, Vörå, Malax, Korsnäs, Närpes, Kaskö och Nykarleby."
        ),
        "municipalities": OSTROBOTHNIA_EMPLOYMENT_AREA,
        "languages": ["fi", "sv", "en"],
    },
    {
        "slug": "pietarsaaren-seudun-tyollisyysalue",
        "actor_type": T.EMPLOYMENT_SERVICES,
        "parent": "pietarsaaren-kaupunki",
        "name_fi": "Pietarsaaren seudun työllisyysalue",
        "name_sv": "Jakobstadsregionens sysselsättningsområde",
        "description_fi": (
            "Pietarsaaren seudun kuntien työllisyysalue, joka järjestää vuodesta 2025 "
            "työnhakijoiden palvelut. Alueen kokoonpano on demossa yksinkertaistettu."
        ),
        "description_sv": (
            "Sysselsättningsområdet för kommunerna i Jakobstadsregionen, som sedan 2025 ordnar "
            "tjänsterna för arbetssökande. Områdets sammansättning är förenklad i demon."
        ),
        "municipalities": JAKOBSTAD_EMPLOYMENT_AREA,
        "languages": ["sv", "fi"],
    },
    {
        "slug": ELINVOIMAKESKUS,
        "actor_type": T.STATE_AUTHORITY,
        "name_fi": "Pohjanmaan elinvoimakeskus",
        "name_sv": "Livskraftscentralen i Österbotten",
        "website": "https://www.elinvoimakeskus.fi/",
        "description_fi": (
            "Valtion alueviranomainen Pohjanmaalla ja Keski-Pohjanmaalla. Se jatkaa 1.1.2026 "
            "alkaen vuoden 2025 loppuun toimineen Pohjanmaan ELY-keskuksen tehtäviä. Sen "
            "tehtäviin kuuluvat muun muassa elinkeinot, työllisyys, maahanmuutto ja "
            "kotoutuminen: se tukee kotoutumisen alueellista yhteistyötä ja rahoittaa "
            "kehittämishankkeita. Päätoimipaikka on Vaasassa."
        ),
        "description_sv": (
            "Statlig regional myndighet i Österbotten och Mellersta Österbotten. Sedan 1.1.2026 "
            "sköter den de uppgifter som NTM-centralen i Österbotten hade till slutet av 2025. "
            "Till uppgifterna hör bland annat näringar, sysselsättning, invandring och "
            "integration: centralen stöder det regionala samarbetet kring integration och "
            "finansierar utvecklingsprojekt. Huvudkontoret finns i Vasa."
        ),
        "municipalities": ALL_MUNICIPALITIES,
        "languages": ["fi", "sv"],
    },
    {
        "slug": "kela",
        "actor_type": T.STATE_AUTHORITY,
        "name_fi": "Kansaneläkelaitos (Kela)",
        "name_sv": "Folkpensionsanstalten (FPA)",
        "website": "https://www.kela.fi/",
        "description_fi": (
            "Ratkaisee, kuuluuko muuttaja Suomen sosiaaliturvaan, ja maksaa etuuksia kuten "
            "työttömyysetuutta ja perustoimeentulotukea. Antaa ensitietoa etuuksista myös "
            "muilla kielillä."
        ),
        "description_sv": (
            "Avgör om en inflyttad omfattas av den sociala tryggheten i Finland och betalar "
            "förmåner som arbetslöshetsförmån och grundläggande utkomststöd. Informerar "
            "nyinflyttade om förmånerna också på andra språk."
        ),
        "municipalities": ALL_MUNICIPALITIES,
        "languages": ["fi", "sv", "en"],
    },
    {
        "slug": "punainen-risti-pohjanmaa",
        "actor_type": T.NGO,
        "name_fi": "Suomen Punainen Risti, Pohjanmaan osastot",
        "name_sv": "Finlands Röda Kors, avdelningarna i Österbotten",
        "description_fi": (
            "Vapaaehtoisten ystävä- ja kotoutumistoimintaa, kuten kielikahviloita ja "
            "läksykerhoja. Paikallisosastoja on useissa maakunnan kunnissa."
        ),
        "description_sv": (
            "Frivilligas vän- och integrationsverksamhet, till exempel språkkaféer och "
            "läxhjälp. Lokalavdelningar finns i flera kommuner i landskapet."
        ),
        "municipalities": ["vaasa", "mustasaari", "narpio"],
        "languages": ["fi", "sv"],
    },
    {
        "slug": "monikulttuurinen-yhdistys-esimerkki",
        "actor_type": T.NGO,
        "name_fi": "Monikulttuurinen yhdistys (esimerkki)",
        "name_sv": "Mångkulturell förening (exempel)",
        "description_fi": (
            "Esimerkkiorganisaatio: kuvaa Vaasassa toimivaa maahanmuuttajien omaa yhdistystä, "
            "joka järjestää vertaistukea, naisten ryhmiä ja apua asiointiin. Ei todellinen "
            "yhdistys."
        ),
        "description_sv": (
            "Exempelorganisation: beskriver en förening i Vasa som invandrare själva driver och "
            "som ordnar kamratstöd, kvinnogrupper och hjälp med ärenden. Inte en verklig "
            "förening."
        ),
        "municipalities": ["vaasa"],
        "languages": ["fi", "ar", "so", "prs"],
    },
    {
        "slug": "kansalaisopisto-esimerkki",
        "actor_type": T.EDUCATION,
        "name_fi": "Kansalaisopisto (esimerkki)",
        "name_sv": "Medborgarinstitut (exempel)",
        "description_fi": (
            "Esimerkkiorganisaatio: vapaan sivistystyön oppilaitos, joka järjestää luku- ja "
            "kirjoitustaidon ja suomen kielen kursseja omaehtoisina opintoina. Ei todellinen "
            "oppilaitos."
        ),
        "description_sv": (
            "Exempelorganisation: en läroanstalt inom det fria bildningsarbetet som ordnar kurser "
            "i läs- och skrivkunnighet och i finska som självständiga studier. Inte en verklig "
            "läroanstalt."
        ),
        "municipalities": ["vaasa", "mustasaari", "laihia"],
        "languages": ["fi"],
    },
    {
        "slug": "teknologiayritys-esimerkki",
        "actor_type": T.EMPLOYER,
        "name_fi": "Teknologiayritys Vaasassa (esimerkki)",
        "name_sv": "Teknikföretag i Vasa (exempel)",
        "description_fi": (
            "Esimerkkityönantaja: energiateknologian yritys, joka rekrytoi ulkomailta ja kertoo "
            "tulijoista ajoissa työllisyysalueelle ja kaupungille. Ei todellinen yritys."
        ),
        "description_sv": (
            "Exempelarbetsgivare: ett energiteknikföretag som rekryterar från utlandet och i god "
            "tid berättar om de nyanlända för sysselsättningsområdet och staden. Inte ett "
            "verkligt företag."
        ),
        "municipalities": ["vaasa"],
        "languages": ["fi", "sv", "en"],
    },
    {
        "slug": "kasvihuoneyritys-esimerkki",
        "actor_type": T.EMPLOYER,
        "name_fi": "Kasvihuoneyritys Närpiössä (esimerkki)",
        "name_sv": "Växthusföretag i Närpes (exempel)",
        "description_fi": (
            "Esimerkkityönantaja: kasvihuoneyritys, joka palkkaa maahanmuuttajia kausitöihin ja "
            "vakituisiin töihin. Sillä ei ole demossa yhteyksiä muihin toimijoihin, joten "
            "verkostoanalyysi näyttää sen erillisenä."
        ),
        "description_sv": (
            "Exempelarbetsgivare: ett växthusföretag som anställer invandrare för säsongsarbete "
            "och fast arbete. I demon har det inga band till andra aktörer, så "
            "nätverksanalysen visar det som isolerat."
        ),
        "municipalities": ["narpio"],
        "languages": ["sv", "fi"],
    },
]

RESPONSIBLE, PARTICIPATES, REFERS = Role.Kind.RESPONSIBLE, Role.Kind.PARTICIPATES, Role.Kind.REFERS
REFORM_DAY = datetime.date(2025, 1, 1)
UNTIL_REFORM = {"valid_to": datetime.date(2024, 12, 31)}
FROM_REFORM = {"valid_from": REFORM_DAY}
TE_OFFICE = "pohjanmaan-te-toimisto"
OSTROBOTHNIA_AREA = "pohjanmaan-tyollisyysalue"
JAKOBSTAD_AREA = "pietarsaaren-seudun-tyollisyysalue"

# (actor, (path, stage order), kind, extra): extra may narrow the role to "municipalities" and
# "languages" (else the actor's own apply), date it, and describe it.
ROLES = [
    # The path of those in or seeking work: the TE Office until 2024, the employment areas since.
    (
        TE_OFFICE,
        ("tyollisyys", 1),
        RESPONSIBLE,
        {
            **UNTIL_REFORM,
            "description_fi": "Otti vastaan työnhakijoiden ilmoittautumiset vuoden 2024 loppuun.",
            "description_sv": "Tog emot anmälningar av arbetssökande till slutet av 2024.",
        },
    ),
    (
        OSTROBOTHNIA_AREA,
        ("tyollisyys", 1),
        RESPONSIBLE,
        {
            **FROM_REFORM,
            "description_fi": "Ottaa TE-toimiston sijaan vastaan ilmoittautumiset 1.1.2025 alkaen.",
            "description_sv": "Tar emot anmälningarna i stället för TE-byrån från 1.1.2025.",
        },
    ),
    (JAKOBSTAD_AREA, ("tyollisyys", 1), RESPONSIBLE, FROM_REFORM),
    ("kela", ("tyollisyys", 1), PARTICIPATES, {}),
    (TE_OFFICE, ("tyollisyys", 2), RESPONSIBLE, UNTIL_REFORM),
    (OSTROBOTHNIA_AREA, ("tyollisyys", 2), RESPONSIBLE, FROM_REFORM),
    (JAKOBSTAD_AREA, ("tyollisyys", 2), RESPONSIBLE, {**FROM_REFORM, "languages": ["sv"]}),
    (
        "vamia",
        ("tyollisyys", 2),
        PARTICIPATES,
        {"municipalities": ["vaasa", "mustasaari", "laihia"], "languages": ["fi"]},
    ),
    (TE_OFFICE, ("tyollisyys", 3), RESPONSIBLE, UNTIL_REFORM),
    (OSTROBOTHNIA_AREA, ("tyollisyys", 3), RESPONSIBLE, FROM_REFORM),
    (JAKOBSTAD_AREA, ("tyollisyys", 3), RESPONSIBLE, FROM_REFORM),
    ("vamia", ("tyollisyys", 4), RESPONSIBLE, {"languages": ["fi"]}),
    ("yrkesakademin", ("tyollisyys", 4), RESPONSIBLE, {}),
    ("optima", ("tyollisyys", 4), RESPONSIBLE, {}),
    (
        ELINVOIMAKESKUS,
        ("tyollisyys", 4),
        PARTICIPATES,
        {
            **UNTIL_REFORM,
            "description_fi": (
                "Pohjanmaan ELY-keskus hankki kotoutumiskoulutuksen työvoimakoulutuksena vuoden "
                "2024 loppuun."
            ),
            "description_sv": (
                "NTM-centralen i Österbotten upphandlade integrationsutbildningen som "
                "arbetskraftsutbildning till slutet av 2024."
            ),
        },
    ),
    (
        OSTROBOTHNIA_AREA,
        ("tyollisyys", 4),
        PARTICIPATES,
        {
            **FROM_REFORM,
            "description_fi": "Hankkii kotoutumiskoulutuksen ja ohjaa siihen.",
            "description_sv": "Upphandlar integrationsutbildningen och hänvisar till den.",
        },
    ),
    (TE_OFFICE, ("tyollisyys", 5), RESPONSIBLE, UNTIL_REFORM),
    (OSTROBOTHNIA_AREA, ("tyollisyys", 5), RESPONSIBLE, FROM_REFORM),
    (JAKOBSTAD_AREA, ("tyollisyys", 5), RESPONSIBLE, FROM_REFORM),
    ("vamia", ("tyollisyys", 5), PARTICIPATES, {"languages": ["fi"]}),
    ("teknologiayritys-esimerkki", ("tyollisyys", 5), PARTICIPATES, {}),
    ("kasvihuoneyritys-esimerkki", ("tyollisyys", 5), PARTICIPATES, {}),
    # The path of adults outside the labour force: the municipalities' own services.
    ("vaasan-kotoutumispalvelut", ("aikuiset", 1), RESPONSIBLE, {}),
    ("pietarsaaren-seudun-kotoutumisyksikko", ("aikuiset", 1), RESPONSIBLE, {}),
    ("narpion-kaupunki", ("aikuiset", 1), RESPONSIBLE, {}),
    ("k5", ("aikuiset", 1), PARTICIPATES, {}),
    ("punainen-risti-pohjanmaa", ("aikuiset", 1), PARTICIPATES, {}),
    ("monikulttuurinen-yhdistys-esimerkki", ("aikuiset", 1), PARTICIPATES, {}),
    ("pohjanmaan-hyvinvointialue", ("aikuiset", 1), REFERS, {"languages": ["fi", "sv"]}),
    ("vaasan-kotoutumispalvelut", ("aikuiset", 2), RESPONSIBLE, {"languages": ["fi", "sv", "en"]}),
    ("pietarsaaren-seudun-kotoutumisyksikko", ("aikuiset", 2), RESPONSIBLE, {}),
    ("narpion-kaupunki", ("aikuiset", 2), RESPONSIBLE, {}),
    ("sosiaalityo-ja-perhepalvelut", ("aikuiset", 2), PARTICIPATES, {"municipalities": ["vaasa"]}),
    ("vaasan-kotoutumispalvelut", ("aikuiset", 3), RESPONSIBLE, {"languages": ["fi", "sv"]}),
    (
        "pietarsaaren-seudun-kotoutumisyksikko",
        ("aikuiset", 3),
        RESPONSIBLE,
        {"languages": ["sv", "fi"]},
    ),
    ("narpion-kaupunki", ("aikuiset", 3), RESPONSIBLE, {}),
    ("vaasan-kotoutumispalvelut", ("aikuiset", 4), RESPONSIBLE, {}),
    ("pietarsaaren-seudun-kotoutumisyksikko", ("aikuiset", 4), RESPONSIBLE, {}),
    ("monikulttuurinen-yhdistys-esimerkki", ("aikuiset", 4), PARTICIPATES, {}),
    ("kansalaisopisto-esimerkki", ("aikuiset", 5), RESPONSIBLE, {}),
    ("yrkesakademin", ("aikuiset", 5), RESPONSIBLE, {"municipalities": ["vaasa", "narpio"]}),
    ("optima", ("aikuiset", 5), RESPONSIBLE, {}),
    ("monikulttuurinen-yhdistys-esimerkki", ("aikuiset", 5), PARTICIPATES, {}),
    ("pohjanmaan-hyvinvointialue", ("aikuiset", 6), RESPONSIBLE, {}),
    ("sosiaalityo-ja-perhepalvelut", ("aikuiset", 6), RESPONSIBLE, {}),
    ("punainen-risti-pohjanmaa", ("aikuiset", 6), PARTICIPATES, {}),
    ("kela", ("aikuiset", 6), PARTICIPATES, {}),
    # The path of children and young people: schools, early childhood education, youth work.
    ("vaasan-varhaiskasvatus", ("lapset-ja-nuoret", 1), RESPONSIBLE, {}),
    ("pietarsaaren-sivistystoimi", ("lapset-ja-nuoret", 1), RESPONSIBLE, {}),
    ("narpion-kaupunki", ("lapset-ja-nuoret", 1), RESPONSIBLE, {}),
    (
        "pohjanmaan-hyvinvointialue",
        ("lapset-ja-nuoret", 1),
        PARTICIPATES,
        {
            "languages": ["fi", "sv"],
            "description_fi": "Lastenneuvolat seuraavat lapsen kasvua ja kehitystä.",
            "description_sv": "Barnrådgivningarna följer barnets tillväxt och utveckling.",
        },
    ),
    ("vaasan-perusopetus", ("lapset-ja-nuoret", 2), RESPONSIBLE, {}),
    ("pietarsaaren-sivistystoimi", ("lapset-ja-nuoret", 2), RESPONSIBLE, {"languages": ["sv"]}),
    ("narpion-kaupunki", ("lapset-ja-nuoret", 2), RESPONSIBLE, {}),
    ("pietarsaaren-seudun-kotoutumisyksikko", ("lapset-ja-nuoret", 2), REFERS, {}),
    ("vaasan-perusopetus", ("lapset-ja-nuoret", 3), RESPONSIBLE, {}),
    ("pietarsaaren-sivistystoimi", ("lapset-ja-nuoret", 3), RESPONSIBLE, {}),
    ("narpion-kaupunki", ("lapset-ja-nuoret", 3), RESPONSIBLE, {}),
    ("vamia", ("lapset-ja-nuoret", 4), RESPONSIBLE, {"languages": ["fi"]}),
    ("yrkesakademin", ("lapset-ja-nuoret", 4), RESPONSIBLE, {}),
    ("optima", ("lapset-ja-nuoret", 4), RESPONSIBLE, {}),
    ("vaasan-lukiokoulutus", ("lapset-ja-nuoret", 4), RESPONSIBLE, {}),
    ("vaasan-nuorisopalvelut", ("lapset-ja-nuoret", 5), RESPONSIBLE, {}),
    ("pietarsaaren-seudun-kotoutumisyksikko", ("lapset-ja-nuoret", 5), PARTICIPATES, {}),
    ("punainen-risti-pohjanmaa", ("lapset-ja-nuoret", 5), PARTICIPATES, {}),
    ("monikulttuurinen-yhdistys-esimerkki", ("lapset-ja-nuoret", 5), PARTICIPATES, {}),
]

K = Tie.Kind
WEAK, MODERATE, STRONG = Tie.Strength.WEAK, Tie.Strength.MODERATE, Tie.Strength.STRONG
VAASA_SERVICES = "vaasan-kotoutumispalvelut"
JAKOBSTAD_UNIT = "pietarsaaren-seudun-kotoutumisyksikko"
COUNTY = "pohjanmaan-hyvinvointialue"
REGIONAL_COUNCIL = "pohjanmaan-liitto"

# (from actor, to actor, kind, strength). A mutual tie is two rows. The Vaasa, Jakobstad and
# K5 groups meet only through the Regional Council, the wellbeing services county and THL.
TIES = [
    # The Vaasa group.
    ("vaasan-kaupunki", VAASA_SERVICES, K.FUNDS, STRONG),
    ("vaasan-kaupunki", "vamia", K.FUNDS, STRONG),
    ("vaasan-kaupunki", "monikulttuurinen-yhdistys-esimerkki", K.FUNDS, WEAK),
    (VAASA_SERVICES, "kansalaisopisto-esimerkki", K.REFERS, MODERATE),
    (VAASA_SERVICES, "yrkesakademin", K.REFERS, MODERATE),
    (VAASA_SERVICES, "vamia", K.REFERS, MODERATE),
    (OSTROBOTHNIA_AREA, "vamia", K.CONTRACTS, STRONG),
    (OSTROBOTHNIA_AREA, "yrkesakademin", K.CONTRACTS, STRONG),
    (OSTROBOTHNIA_AREA, VAASA_SERVICES, K.COOPERATES, STRONG),
    (VAASA_SERVICES, OSTROBOTHNIA_AREA, K.COOPERATES, STRONG),
    (OSTROBOTHNIA_AREA, "teknologiayritys-esimerkki", K.REFERS, WEAK),
    ("teknologiayritys-esimerkki", OSTROBOTHNIA_AREA, K.INFORMS, MODERATE),
    ("teknologiayritys-esimerkki", VAASA_SERVICES, K.INFORMS, WEAK),
    ("vaasan-perusopetus", "vaasan-varhaiskasvatus", K.COOPERATES, MODERATE),
    ("vaasan-varhaiskasvatus", "vaasan-perusopetus", K.COOPERATES, MODERATE),
    ("vaasan-perusopetus", "vaasan-lukiokoulutus", K.REFERS, MODERATE),
    ("vaasan-perusopetus", "vamia", K.REFERS, MODERATE),
    ("vaasan-nuorisopalvelut", "monikulttuurinen-yhdistys-esimerkki", K.COOPERATES, MODERATE),
    ("monikulttuurinen-yhdistys-esimerkki", "vaasan-nuorisopalvelut", K.COOPERATES, MODERATE),
    ("monikulttuurinen-yhdistys-esimerkki", VAASA_SERVICES, K.REFERS, WEAK),
    ("punainen-risti-pohjanmaa", VAASA_SERVICES, K.REFERS, WEAK),
    ("svenska-osterbottens-forbund", "yrkesakademin", K.FUNDS, STRONG),
    ("vamia", "yrkesakademin", K.COOPERATES, WEAK),
    # The Jakobstad group.
    ("pietarsaaren-kaupunki", JAKOBSTAD_UNIT, K.FUNDS, STRONG),
    ("pietarsaaren-kaupunki", JAKOBSTAD_AREA, K.FUNDS, MODERATE),
    (JAKOBSTAD_UNIT, JAKOBSTAD_AREA, K.COOPERATES, STRONG),
    (JAKOBSTAD_AREA, JAKOBSTAD_UNIT, K.COOPERATES, STRONG),
    (JAKOBSTAD_UNIT, "optima", K.REFERS, MODERATE),
    (JAKOBSTAD_AREA, "optima", K.CONTRACTS, STRONG),
    (JAKOBSTAD_UNIT, "pietarsaaren-sivistystoimi", K.REFERS, MODERATE),
    # The K5 group.
    ("k5", "narpion-kaupunki", K.COOPERATES, MODERATE),
    ("narpion-kaupunki", "k5", K.COOPERATES, MODERATE),
    # The bridges between the groups, and the state.
    (REGIONAL_COUNCIL, "vaasan-kaupunki", K.INFORMS, MODERATE),
    (REGIONAL_COUNCIL, JAKOBSTAD_UNIT, K.INFORMS, MODERATE),
    (REGIONAL_COUNCIL, "k5", K.INFORMS, MODERATE),
    (REGIONAL_COUNCIL, ELINVOIMAKESKUS, K.COOPERATES, MODERATE),
    (COUNTY, "sosiaalityo-ja-perhepalvelut", K.FUNDS, STRONG),
    ("sosiaalityo-ja-perhepalvelut", VAASA_SERVICES, K.REFERS, STRONG),
    (VAASA_SERVICES, "sosiaalityo-ja-perhepalvelut", K.REFERS, MODERATE),
    (COUNTY, JAKOBSTAD_UNIT, K.REFERS, MODERATE),
    (COUNTY, "narpion-kaupunki", K.REFERS, MODERATE),
    ("kela", COUNTY, K.INFORMS, MODERATE),
    ("thl", "vaasan-kaupunki", K.COOPERATES, MODERATE),
    ("thl", "k5", K.COOPERATES, WEAK),
    ("thl", "pietarsaaren-kaupunki", K.COOPERATES, WEAK),
    (ELINVOIMAKESKUS, "vamia", K.CONTRACTS, MODERATE),
    (ELINVOIMAKESKUS, OSTROBOTHNIA_AREA, K.INFORMS, WEAK),
    (TE_OFFICE, "vamia", K.REFERS, MODERATE),
    (TE_OFFICE, OSTROBOTHNIA_AREA, K.INFORMS, MODERATE),
]

NETWORKS = [
    {
        "slug": "hyva-alku-pohjanmaalla",
        "name_fi": "Hyvä alku Pohjanmaalla",
        "name_sv": "En bra start i Österbotten",
        "description_fi": (
            "Kaksikielinen verkosto, joka kehitti Pohjanmaalle yhteisen alkuvaiheen ohjauksen ja "
            "neuvonnan mallin: alkukartoitus jokaiselle sitä tarvitsevalle, yksilöllinen "
            "suunnitelma ja varhainen tieto yritysten rekrytoimista maahanmuuttajista."
        ),
        "description_sv": (
            "Ett tvåspråkigt nätverk som utvecklade en gemensam modell för vägledning och "
            "rådgivning i det inledande skedet i Österbotten: inledande kartläggning för alla som "
            "behöver den, en individuell plan och tidig information om invandrare som företagen "
            "rekryterar."
        ),
        "actors": [
            REGIONAL_COUNCIL,
            "vaasan-kaupunki",
            "vamia",
            "sosiaalityo-ja-perhepalvelut",
            "svenska-osterbottens-forbund",
            "yrkesakademin",
            JAKOBSTAD_UNIT,
            "k5",
        ],
    },
    {
        "slug": "maahanmuuttajasta-kuntalaiseksi-ohjausryhma",
        "name_fi": "Maahanmuuttajasta kuntalaiseksi -hankkeen ohjausryhmä",
        "name_sv": "Styrgruppen för projektet Från invandrare till kommuninvånare",
        "description_fi": (
            "Hankkeen ohjausryhmä, joka valmisteli maakunnan yhteistä aiesopimusta "
            "maahanmuuttajien työllisyyden ja osallisuuden edistämiseksi. Jäsenet ovat demossa "
            "hankkeen kumppaneita."
        ),
        "description_sv": (
            "Projektets styrgrupp, som beredde en gemensam avsiktsförklaring för landskapet om "
            "att främja invandrares sysselsättning och delaktighet. Medlemmarna i demon är "
            "projektets partner."
        ),
        "actors": ["thl", "vaasan-kaupunki", "k5", "pietarsaaren-kaupunki", JAKOBSTAD_UNIT],
    },
]


def translated(data, *fields):
    """The Finnish and Swedish columns of each field, and the plain column holding Finnish."""
    values = {}
    for field in fields:
        values[field] = data.get(f"{field}_fi", "")
        values[f"{field}_fi"] = data.get(f"{field}_fi", "")
        values[f"{field}_sv"] = data.get(f"{field}_sv", "")
    return values


def load_sub_regions():
    for data in SUB_REGIONS:
        # get_or_create: a coordinator's later edits to demo records are kept.
        sub_region, _created = SubRegion.objects.get_or_create(
            slug=data["slug"], defaults=translated(data, "name", "description")
        )
        for slug, name_fi, name_sv in data["municipalities"]:
            Municipality.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name_fi,
                    "name_fi": name_fi,
                    "name_sv": name_sv,
                    "sub_region": sub_region,
                },
            )


def load_languages():
    for code, name_fi, name_sv, order in LANGUAGES:
        Language.objects.get_or_create(
            code=code,
            defaults={"name": name_fi, "name_fi": name_fi, "name_sv": name_sv, "order": order},
        )


def load_paths():
    for data in PATHS:
        path, created = IntegrationPath.objects.get_or_create(
            slug=data["slug"],
            defaults={"order": data["order"], **translated(data, "name", "description")},
        )
        if not created:
            # Coordinators reorder, add and remove stages: theirs is the current truth.
            continue
        for order, (name_fi, name_sv, description_fi, description_sv) in enumerate(
            data["stages"], start=1
        ):
            stage = {
                "name_fi": name_fi,
                "name_sv": name_sv,
                "description_fi": description_fi,
                "description_sv": description_sv,
            }
            PathStage.objects.create(
                path=path, order=order, **translated(stage, "name", "description")
            )


def rename_actors():
    for old, new in RENAMED_ACTORS.items():
        if not Actor.objects.filter(slug=new).exists():
            Actor.objects.filter(slug=old).update(slug=new)


def load_actors():
    rename_actors()
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    for data in ACTORS:
        parent = Actor.objects.get(slug=data["parent"]) if data.get("parent") else None
        actor, created = Actor.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "actor_type": data["actor_type"],
                "parent": parent,
                "website": data.get("website", ""),
                "public_email": data.get("public_email", ""),
                "public_phone": data.get("public_phone", ""),
                **translated(data, "name", "description"),
            },
        )
        if created:
            actor.municipalities.set(municipalities[slug] for slug in data["municipalities"])
            actor.languages.set(languages[code] for code in data["languages"])


def load_roles():
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    actors = {actor.slug: actor for actor in Actor.objects.all()}
    for actor_slug, (path_slug, order), kind, extra in ROLES:
        actor = actors[actor_slug]
        stage = PathStage.objects.filter(path__slug=path_slug, order=order).first()
        if stage is None:
            continue  # a coordinator has reordered or removed the stage
        # The natural key is the actor at the stage: a coordinator may change the kind or the
        # dates, and the role must not come back as a second one.
        if Role.objects.filter(actor=actor, stage=stage).exists():
            continue
        role = Role.objects.create(
            actor=actor,
            stage=stage,
            kind=kind,
            valid_from=extra.get("valid_from"),
            valid_to=extra.get("valid_to"),
            **translated(extra, "description"),
        )
        role.municipalities.set(municipalities[slug] for slug in extra.get("municipalities", ()))
        role.languages.set(languages[code] for code in extra.get("languages", ()))


def tie_dates(source, target):
    """The employment services moved from the state's TE office to the municipal employment
    areas on 1.1.2025: the office's ties end the day before, the areas' begin that day."""
    if TE_OFFICE in (source, target):
        return UNTIL_REFORM
    if {source, target} & {OSTROBOTHNIA_AREA, JAKOBSTAD_AREA}:
        return FROM_REFORM
    return {}


def load_ties():
    actors = {actor.slug: actor for actor in Actor.objects.all()}
    for source, target, kind, strength in TIES:
        Tie.objects.get_or_create(
            source=actors[source],
            target=actors[target],
            kind=kind,
            defaults={"strength": strength, **tie_dates(source, target)},
        )


def load_networks():
    for data in NETWORKS:
        network, created = Network.objects.get_or_create(
            slug=data["slug"], defaults=translated(data, "name", "description")
        )
        if created:
            network.actors.set(Actor.objects.filter(slug__in=data["actors"]))


def load(stdout, style):
    load_sub_regions()
    load_languages()
    load_paths()
    load_actors()
    load_roles()
    load_ties()
    load_networks()
    counts = [
        (Municipality, "municipalities"),
        (Language, "languages"),
        (IntegrationPath, "paths"),
        (PathStage, "stages"),
        (Actor, "actors"),
        (Role, "roles"),
        (Tie, "ties"),
        (Network, "networks"),
    ]
    summary = ", ".join(f"{model.objects.count()} {label}" for model, label in counts)
    stdout.write(f"Networks demo: {summary}.")
