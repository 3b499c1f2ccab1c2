"""The demo letter of intent, version by version: written from the seeds in our own words.

The seeds plan a regional letter of intent for 2013: the steering group drafts it from February,
wider cooperation meetings discuss it and each party takes it to its own decision-making. Here
the same plan is today's work, in 2026, under the integration act 681/2023 (in force since
1 January 2025), with the employment areas of 2025 and the state's regional tasks, which the
ELY Centres (NTM-centralerna) handed over to the elinvoimakeskus (livskraftscentral) on
1 January 2026 (Pohjanmaan elinvoimakeskus / Livskraftscentralen i Österbotten is a party
under that name). The structure borrows from Skåne's regional agreement (RÖK, Partnerskap Skåne)
and the southern-Finland letter of intent as the seeds describe them; no text is quoted.

Organisations and roles only, no persons. The decision-making bodies of Vamia, the employment
area, Yrkesakademin's joint municipal authority and K5 are plausible, not confirmed; the
parties' commitments, the decisions and the comments are illustrations of how the portal is
used.
"""

AGREEMENT = {
    "slug": "pohjanmaan-kotoutumisen-aiesopimus",
    "title_fi": (
        "Pohjanmaan aiesopimus maahanmuuttajien työllisyyden ja osallisuuden edistämiseksi "
        "2026–2029"
    ),
    "title_sv": (
        "Avsiktsförklaring för Österbotten om att främja invandrares sysselsättning och "
        "delaktighet 2026–2029"
    ),
    "description_fi": (
        "Valtion viranomaisten, Pohjanmaan kuntien, hyvinvointialueen, oppilaitosten ja "
        "järjestöjen yhteinen puitesopimus. Osapuolet sopivat yhteisistä tavoitteista kotoutumisen "
        "kolmella polulla, ja jokainen kertoo, mihin se itse sitoutuu."
    ),
    "description_sv": (
        "Ett gemensamt ramavtal mellan statliga myndigheter och Österbottens kommuner, "
        "välfärdsområdet, läroanstalter och föreningar. Parterna kommer överens om gemensamma mål "
        "längs integrationens tre vägar, och var och en anger vad den själv förbinder sig till."
    ),
}

# Version 1: the steering group's first draft, February 2026. Each section has a stable "key".
SECTIONS_V1 = [
    {
        "key": "purpose",
        "heading_fi": "Tarkoitus ja tausta",
        "heading_sv": "Syfte och bakgrund",
        "text_fi": (
            "Pohjanmaalle muuttaa joka vuosi ihmisiä työn, perheen, opiskelun tai suojelun vuoksi. "
            "Jotta he voivat asettua, tehdä työtä ja osallistua, monen toimijan on tehtävä työtä "
            "yhdessä. Yksikään kunta, viranomainen tai järjestö ei onnistu siinä yksin.\n\n"
            "Nyt palvelut ovat usein hajallaan. Tieto ei kulje toimijalta toiselle, ja apu tulee "
            "liian myöhään tai ei vastaa ihmisen omia tavoitteita. Tällä aiesopimuksella osapuolet "
            "haluavat muuttaa tämän.\n\n"
            "Sopimus jatkaa pitkää yhteistyötä. Maakunnassa on kehitetty yhdessä muun muassa "
            "yhteistä alkuvaiheen ohjausta ja neuvontaa. Mallia on haettu Ruotsin Skånesta, jossa "
            "viranomaiset, kunnat ja järjestöt ovat sitoutuneet yhteiseen alueelliseen "
            "sopimukseen. Myös eteläisen Suomen aiesopimuksesta on otettu oppia.\n\n"
            "Sopimuksen tarkoitus on, että\n\n"
            "- maahanmuuttaja saa oikeat palvelut oikeaan aikaan, asuipa hän missä kunnassa "
            "tahansa\n"
            "- osapuolet tietävät, kuka tekee mitä kotoutumisen eri vaiheissa\n"
            "- maakunnassa otetaan käyttöön hyviä käytäntöjä, joiden vaikuttavuudesta on näyttöä\n"
            "- maahanmuuttajasta tulee kuntalainen, joka voi osallistua ja vaikuttaa."
        ),
        "text_sv": (
            "Varje år flyttar människor till Österbotten för arbete, familj, studier eller skydd. "
            "För att de ska kunna etablera sig, arbeta och delta måste många aktörer arbeta "
            "tillsammans. Ingen kommun, myndighet eller förening klarar det ensam.\n\n"
            "I dag är tjänsterna ofta splittrade. Informationen går inte vidare från en aktör till "
            "en annan, och hjälpen kommer för sent eller motsvarar inte personens egna mål. Med "
            "den här avsiktsförklaringen vill parterna ändra på det.\n\n"
            "Avsiktsförklaringen fortsätter ett långt samarbete. I landskapet har man tillsammans "
            "utvecklat bland annat en gemensam vägledning och rådgivning i det inledande skedet. "
            "Förebilder har hämtats från Skåne i Sverige, där myndigheter, kommuner och föreningar "
            "har förbundit sig till en gemensam regional överenskommelse. Också "
            "avsiktsförklaringen i södra Finland har gett lärdomar.\n\n"
            "Syftet är att\n\n"
            "- invandraren får rätt tjänster i rätt tid, oavsett i vilken kommun hen bor\n"
            "- parterna vet vem som gör vad i integrationens olika skeden\n"
            "- landskapet tar i bruk god praxis med evidens för effekten\n"
            "- invandraren blir en kommuninvånare som kan delta och påverka."
        ),
    },
    {
        "key": "legal_basis",
        "heading_fi": "Lainsäädäntö ja kansalliset tavoitteet",
        "heading_sv": "Lagstiftning och nationella mål",
        "text_fi": (
            "Sopimus perustuu lakiin kotoutumisen edistämisestä (681/2023), jota on sovellettu "
            "1.1.2025 alkaen. Lain mukaiset palvelut rakentuvat kolmen ryhmän tarpeiden mukaan: "
            "työnhakijat ja työssä käyvät, työvoiman ulkopuolella olevat aikuiset sekä lapset ja "
            "nuoret. Tässä sopimuksessa niitä kutsutaan kotoutumisen poluiksi.\n\n"
            "Lain mukaan tehtävät jakautuvat näin:\n\n"
            "- **Kunnalla** on yleinen velvollisuus suunnitella, kehittää ja seurata kotoutumisen "
            "edistämistä. Kunta järjestää kotoutumisohjelman, johon kuuluvat ohjaus ja neuvonta, "
            "osaamisen ja kotoutumisen palvelutarpeen arviointi, kotoutumissuunnitelma ja "
            "monikielinen yhteiskuntaorientaatio.\n"
            "- **Työllisyysalue** vastaa vuodesta 2025 työnhakijoiden palveluista, myös heidän "
            "kotoutumispalveluistaan. Aiemmin tehtävä kuului TE-toimistolle.\n"
            "- **Hyvinvointialue** vastaa sosiaali- ja terveyspalveluista ja sovittaa "
            "suunnittelunsa yhteen kuntien kanssa.\n"
            "- **Valtio** tukee alueellista yhteistyötä. Vuodesta 2026 tätä työtä tekee "
            "elinvoimakeskus, joka jatkaa ELY-keskuksen tehtäviä.\n\n"
            "Sopimus tukee myös kotoutumisen valtakunnallisia tavoitteita, jotka valtioneuvosto "
            "asettaa hallituskaudeksi.\n\n"
            "Sopimus ei muuta kenenkään lakisääteisiä tehtäviä. Se kertoo, miten osapuolet "
            "hoitavat tehtävänsä yhdessä."
        ),
        "text_sv": (
            "Avsiktsförklaringen bygger på lagen om främjande av integration (681/2023), som har "
            "tillämpats sedan 1.1.2025. Tjänsterna enligt lagen byggs upp utifrån tre gruppers "
            "behov: arbetssökande och förvärvsarbetande, vuxna som står utanför arbetskraften samt "
            "barn och unga. I den här avsiktsförklaringen kallas de integrationsvägar.\n\n"
            "Enligt lagen fördelas uppgifterna så här:\n\n"
            "- **Kommunen** har en allmän skyldighet att planera, utveckla och följa upp "
            "främjandet av integration. Kommunen ordnar integrationsprogrammet, som omfattar "
            "vägledning och rådgivning, bedömning av kompetens och behovet av "
            "integrationstjänster, integrationsplan och flerspråkig samhällsorientering.\n"
            "- **Sysselsättningsområdet** svarar sedan 2025 för tjänsterna för arbetssökande, "
            "också för deras integrationstjänster. Tidigare låg uppgiften hos TE-byrån.\n"
            "- **Välfärdsområdet** svarar för social- och hälsovården och samordnar sin planering "
            "med kommunerna.\n"
            "- **Staten** stöder det regionala samarbetet. Sedan 2026 sköts det arbetet av "
            "livskraftscentralen, som fortsätter NTM-centralens uppgifter.\n\n"
            "Avsiktsförklaringen stöder också de nationella målen för integrationen, som "
            "statsrådet ställer upp för regeringsperioden.\n\n"
            "Avsiktsförklaringen ändrar inte någons lagstadgade uppgifter. Den beskriver hur "
            "parterna sköter sina uppgifter tillsammans."
        ),
    },
    {
        "key": "parties",
        "heading_fi": "Osapuolet",
        "heading_sv": "Parterna",
        "text_fi": (
            "Sopimuksen allekirjoittavat ne maakunnan toimijat, joiden työ vaikuttaa siihen, miten "
            "maahanmuuttaja kotoutuu. Osapuolia on eri tasoilta, koska palvelut ovat eri tahojen "
            "vastuulla.\n\n"
            "- **Valtion viranomaiset** tuovat mukaan kansalliset linjaukset ja aluekehittämisen "
            "rahoituksen.\n"
            "- **Pohjanmaan liitto** kokoaa maakunnan yhteen ja liittää kotoutumisen "
            "aluekehittämiseen.\n"
            "- **Kunnat ja seudut** järjestävät kotoutumisohjelman ja lähipalvelut. Pienet kunnat "
            "toimivat yhdessä, kuten Pietarsaaren seudulla ja K5-alueella.\n"
            "- **Työllisyysalueet** palvelevat työnhakijoita ja työnantajia.\n"
            "- **Hyvinvointialue** vastaa sosiaali- ja terveyspalveluista.\n"
            "- **Oppilaitokset** järjestävät kotoutumiskoulutusta ja muuta koulutusta suomeksi ja "
            "ruotsiksi.\n"
            "- **Järjestöt** tavoittavat ihmisiä, joita viranomaiset eivät tavoita, ja tarjoavat "
            "paikan osallistua.\n\n"
            "Osapuolet ja niiden roolit luetellaan sopimuksen osapuoliluettelossa. Jokainen "
            "osapuoli päättää sitoutumisestaan omassa toimielimessään. Sopimukseen voi liittyä "
            "myös myöhemmin."
        ),
        "text_sv": (
            "Avsiktsförklaringen undertecknas av de aktörer i landskapet vars arbete påverkar hur "
            "en invandrare integreras. Parterna finns på olika nivåer, eftersom olika aktörer "
            "ansvarar för tjänsterna.\n\n"
            "- **Statliga myndigheter** bidrar med de nationella riktlinjerna och med finansiering "
            "för regional utveckling.\n"
            "- **Österbottens förbund** samlar landskapet och kopplar integrationen till den "
            "regionala utvecklingen.\n"
            "- **Kommuner och regioner** ordnar integrationsprogrammet och närservicen. Små "
            "kommuner samarbetar, till exempel i Jakobstadsregionen och i K5-området.\n"
            "- **Sysselsättningsområdena** betjänar arbetssökande och arbetsgivare.\n"
            "- **Välfärdsområdet** svarar för social- och hälsovården.\n"
            "- **Läroanstalterna** ordnar integrationsutbildning och annan utbildning på finska "
            "och svenska.\n"
            "- **Föreningarna** når människor som myndigheterna inte når och ger en plats att "
            "delta.\n\n"
            "Parterna och deras roller finns i förteckningen över parter. Varje part beslutar om "
            "sitt deltagande i sitt eget beslutande organ. Man kan också ansluta sig senare."
        ),
    },
    {
        "key": "principles",
        "heading_fi": "Yhteiset periaatteet",
        "heading_sv": "Gemensamma principer",
        "text_fi": (
            "Osapuolet noudattavat työssään samoja periaatteita.\n\n"
            "- **Ihminen ensin.** Palvelut lähtevät maahanmuuttajan tarpeista, tavoitteista ja "
            "vahvuuksista, eivät organisaatioiden rajoista.\n"
            "- **Oikeaan aikaan.** Ensimmäiset kuukaudet uudessa kotikunnassa ovat tärkeitä. Apu "
            "annetaan silloin, kun sitä tarvitaan, eikä vasta pitkän jonon jälkeen.\n"
            "- **Sama palvelu koko maakunnassa.** Palvelun laatu ei saa riippua siitä, missä "
            "kunnassa ihminen asuu tai kuka häntä ohjaa.\n"
            "- **Näyttöön perustuen.** Osapuolet valitsevat käytäntöjä, joiden vaikuttavuudesta on "
            "näyttöä, ja arvioivat omia käytäntöjään. Käytännöt ja niiden näytön aste kootaan "
            "Kotoutumisen tietopankkiin.\n"
            "- **Yhdessä, ei rinnakkain.** Osapuolet kertovat toisilleen suunnitelmistaan, jakavat "
            "tietoa lain sallimissa rajoissa ja välttävät päällekkäistä työtä.\n"
            "- **Maahanmuuttajat mukana.** Ne, joita palvelut koskevat, osallistuvat niiden "
            "suunnitteluun ja arviointiin."
        ),
        "text_sv": (
            "Parterna följer samma principer i sitt arbete.\n\n"
            "- **Människan först.** Tjänsterna utgår från invandrarens behov, mål och styrkor, "
            "inte från organisationernas gränser.\n"
            "- **I rätt tid.** De första månaderna i den nya hemkommunen är viktiga. Hjälpen ges "
            "när den behövs, inte först efter lång väntan.\n"
            "- **Samma tjänst i hela landskapet.** Kvaliteten får inte bero på i vilken kommun man "
            "bor eller vem som vägleder en.\n"
            "- **Evidensbaserat.** Parterna väljer arbetssätt med evidens för effekten och "
            "utvärderar sina egna arbetssätt. Arbetssätten och deras evidensnivåer samlas i "
            "Kunskapsbanken för integration.\n"
            "- **Tillsammans, inte parallellt.** Parterna berättar för varandra om sina planer, "
            "delar information inom lagens gränser och undviker dubbelarbete.\n"
            "- **Invandrarna med.** De som tjänsterna gäller deltar i planeringen och "
            "utvärderingen av dem."
        ),
    },
    {
        "key": "employment",
        "heading_fi": "Tavoite 1: työnhakijat ja työssä käyvät",
        "heading_sv": "Mål 1: arbetssökande och förvärvsarbetande",
        "text_fi": (
            "Tavoitteena on, että maahanmuuttajat pääsevät nopeammin työhön, joka vastaa heidän "
            "osaamistaan. Työ on tärkeä osa kotoutumista, ja maakunnan yritykset tarvitsevat "
            "osaavaa työvoimaa.\n\n"
            "Osapuolet sopivat, että\n\n"
            "- työllisyysalueet selvittävät jokaisen työnhakijan osaamisen heti palvelun alussa ja "
            "ohjaavat hänet koulutukseen tai työhön ilman turhia välivaiheita\n"
            "- oppilaitokset ja työllisyysalueet suunnittelevat kotoutumiskoulutuksen yhdessä, "
            "jotta kielen opiskelu ja työelämä kulkevat rinnakkain\n"
            "- työpaikat saavat tukea uuden työntekijän perehdytykseen, esimerkiksi "
            "työpaikkamentoreiden valmennusta ja selkokielisiä korttikoulutuksia\n"
            "- työnantajille kerrotaan onnistuneista rekrytoinneista, jotta maahanmuuttajat "
            "nähdään osaajina.\n\n"
            "Esimerkkinä voidaan käyttää viisivaiheista työllistymisen mallia. Siinä työnantajat "
            "ja työnhakijat tuodaan yhteen, ja perehdytys tapahtuu itse työpaikalla.\n\n"
            "Edistymistä seurataan työllisyysasteella, kuten osiossa Edistymisen seuranta "
            "kerrotaan. Tavoite on, että ero koko väestön työllisyysasteeseen kapenee joka vuosi."
        ),
        "text_sv": (
            "Målet är att invandrare snabbare får ett arbete som motsvarar deras kompetens. Arbete "
            "är en viktig del av integrationen, och företagen i landskapet behöver kunnig "
            "arbetskraft.\n\n"
            "Parterna kommer överens om att\n\n"
            "- sysselsättningsområdena utreder varje arbetssökandes kompetens redan i början av "
            "tjänsten och hänvisar hen till utbildning eller arbete utan onödiga mellansteg\n"
            "- läroanstalterna och sysselsättningsområdena planerar integrationsutbildningen "
            "tillsammans, så att språkstudierna och arbetslivet går hand i hand\n"
            "- arbetsplatserna får stöd för introduktionen av nya arbetstagare, till exempel "
            "träning av mentorer på arbetsplatsen och kurser på lättläst språk för de kort som "
            "krävs i arbetslivet\n"
            "- arbetsgivarna får höra om lyckade rekryteringar, så att invandrare ses som kunnig "
            "arbetskraft.\n\n"
            "Som förebild kan man använda modellen i fem faser för sysselsättning. Där förs "
            "arbetsgivare och arbetssökande samman, och introduktionen sker på själva "
            "arbetsplatsen.\n\n"
            "Framstegen följs upp med sysselsättningsgraden, som avsnittet Uppföljning av "
            "framstegen beskriver. Målet är att skillnaden mot hela befolkningens "
            "sysselsättningsgrad minskar varje år."
        ),
    },
    {
        "key": "inclusion",
        "heading_fi": "Tavoite 2: osallisuus",
        "heading_sv": "Mål 2: delaktighet",
        "text_fi": (
            "Tavoitteena on, että maahanmuuttajat voivat osallistua ja vaikuttaa omassa kunnassaan "
            "ja kantaa vastuuta yhteisistä asioista. Osallisuus on enemmän kuin palvelujen "
            "käyttämistä. Se tarkoittaa, että ihminen kuuluu yhteisöön ja hänen äänensä kuuluu. "
            "Osallisuus koskee kaikkia polkuja, mutta erityisen tärkeä se on työvoiman "
            "ulkopuolella oleville aikuisille.\n\n"
            "Pohjoismaissa osallisuutta edistetään osana yhteiskunta- ja hyvinvointipolitiikkaa. "
            "Vaasa on tehnyt tätä työtä pitkään omassa osallisuuspolitiikassaan. Hyvät kokemukset "
            "laajennetaan koko maakuntaan alueen oloihin sovittaen.\n\n"
            "Osapuolet sopivat, että\n\n"
            "- osallisuus otetaan huomioon kuntien ja hyvinvointialueen suunnitelmissa\n"
            "- erityisesti tavoitetaan ne, jotka jäävät helposti palvelujen ulkopuolelle, kuten "
            "kotivanhemmat, perheenjäsenenä muuttaneet ja ikääntyneet\n"
            "- maahanmuuttajat saavat tilaisuuksia tutustua lähiyhteisöön, esimerkiksi "
            "harrastusten, vapaaehtoistyön ja järjestöjen kautta.\n\n"
            "Pohjanmaalla on vahvat yhteisöt ja paljon sosiaalista pääomaa. Tutkimusten mukaan "
            "osallisuus ja sosiaaliset suhteet edistävät hyvinvointia ja terveyttä, myös "
            "mielenterveyttä, ja sitä kautta myös työllistymistä."
        ),
        "text_sv": (
            "Målet är att invandrare kan delta och påverka i sin kommun och ta ansvar för "
            "gemensamma frågor. Delaktighet är mer än att använda tjänster. Det betyder att man "
            "hör till en gemenskap och blir hörd. Delaktigheten gäller alla vägar, men den är "
            "särskilt viktig för vuxna som står utanför arbetskraften.\n\n"
            "I Norden främjas delaktighet som en del av samhälls- och välfärdspolitiken. Vasa har "
            "länge arbetat så i sin egen delaktighetspolitik. De goda erfarenheterna sprids till "
            "hela landskapet och anpassas till förhållandena här.\n\n"
            "Parterna kommer överens om att\n\n"
            "- delaktigheten beaktas i kommunernas och välfärdsområdets planer\n"
            "- man särskilt når dem som lätt hamnar utanför tjänsterna, till exempel "
            "hemmaföräldrar, anhöriginvandrare och äldre\n"
            "- invandrare får tillfällen att lära känna närsamhället, till exempel genom hobbyer, "
            "frivilligarbete och föreningar.\n\n"
            "Österbotten har starka gemenskaper och mycket socialt kapital. Forskning visar att "
            "delaktighet och sociala relationer främjar välfärd och hälsa, också den psykiska "
            "hälsan, och därmed också sysselsättningen."
        ),
    },
    {
        "key": "initial_guidance",
        "heading_fi": "Tavoite 3: alkuvaiheen ohjaus ja neuvonta",
        "heading_sv": "Mål 3: vägledning och rådgivning i det inledande skedet",
        "text_fi": (
            "Tavoitteena on, että jokainen vasta muuttanut saa saman perustiedon, ohjauksen ja "
            "neuvonnan, asuipa hän missä kunnassa tahansa ja kotoutuipa hän suomeksi tai "
            "ruotsiksi.\n\n"
            "Osapuolet sopivat, että\n\n"
            "- maakunnassa käytetään yhteistä alkuvaiheen ohjauksen mallia, joka kehitettiin Hyvä "
            "alku Pohjanmaalla -yhteistyössä\n"
            "- jokainen alkukartoitusta tarvitseva saa sen mahdollisimman pian muuton jälkeen, "
            "myös jos hän ei ole työvoimapalvelujen asiakas\n"
            "- alkukartoituksen pohjalta laaditaan kotoutumissuunnitelma, jonka toteutumista "
            "seurataan ja jota päivitetään\n"
            "- erityisesti tavoitetaan perheenjäsenenä muuttaneet, opiskelijat, kotivanhemmat, "
            "nuoret, vammaiset henkilöt ja ihmiskaupan uhrit.\n\n"
            "Lasten ja nuorten polulla alku on yhtä tärkeä. Lapsi pääsee nopeasti "
            "varhaiskasvatukseen ja kouluun, ja vasta muuttanut oppilas saa perusopetukseen "
            "valmistavaa opetusta. Nuori ohjataan toisen asteen koulutukseen tai "
            "tutkintokoulutukseen valmentavaan koulutukseen. Koulut, nuorisopalvelut ja "
            "hyvinvointialue tekevät yhteistyötä perheen kanssa.\n\n"
            "Ohjaajat koulutetaan yhteiseen toimintatapaan, jotta neuvonta on samanlaista "
            "kaikkialla."
        ),
        "text_sv": (
            "Målet är att varje nyinflyttad får samma grundinformation, vägledning och rådgivning, "
            "oavsett i vilken kommun hen bor och om hen integreras på finska eller på svenska.\n\n"
            "Parterna kommer överens om att\n\n"
            "- landskapet använder en gemensam modell för vägledning i det inledande skedet, som "
            "utvecklades i samarbetet En bra start i Österbotten\n"
            "- alla som behöver en inledande kartläggning får den så snart som möjligt efter "
            "flytten, också de som inte är kunder hos arbetskraftsservicen\n"
            "- utifrån kartläggningen görs en integrationsplan som följs upp och uppdateras\n"
            "- man särskilt når anhöriginvandrare, studerande, hemmaföräldrar, unga, personer med "
            "funktionsnedsättning och offer för människohandel.\n\n"
            "På vägen för barn och unga är början lika viktig. Barnet kommer snabbt in i "
            "småbarnspedagogiken och skolan, och en nyinflyttad elev får undervisning som "
            "förbereder för den grundläggande utbildningen. Den unga vägleds till utbildning på "
            "andra stadiet eller till utbildning som handleder för examensutbildning. Skolorna, "
            "ungdomstjänsterna och välfärdsområdet samarbetar med familjen.\n\n"
            "Vägledarna utbildas i ett gemensamt arbetssätt, så att rådgivningen är likadan "
            "överallt."
        ),
    },
    {
        "key": "ngos",
        "heading_fi": "Yhteistyö järjestöjen kanssa",
        "heading_sv": "Samarbete med föreningarna",
        "text_fi": (
            "Järjestöt ovat tärkeä osa kotoutumista. Ne tavoittavat ihmisiä, jotka eivät itse "
            "hakeudu palveluihin, ja tarjoavat paikan tavata muita, harrastaa ja auttaa. "
            "Maahanmuuttajien omat yhdistykset tuntevat jäsentensä tarpeet ja tuovat ne esiin. "
            "Tutkimusten mukaan järjestöjen työ vahvistaa osallisuutta erityisen hyvin.\n\n"
            "Nyt yhteistyö on usein yksittäisten työntekijöiden varassa. Osapuolet haluavat tehdä "
            "siitä säännöllistä ja suunnitelmallista.\n\n"
            "Osapuolet sopivat, että\n\n"
            "- kunnat ja hyvinvointialue tekevät järjestöjen kanssa kirjallisia "
            "yhteistoimintasopimuksia, joissa sovitaan tehtävistä, yhteyshenkilöistä ja "
            "tiedonkulusta\n"
            "- järjestöt kutsutaan mukaan, kun palveluja suunnitellaan ja kun sopimuksen "
            "toteutumista seurataan\n"
            "- järjestöjen vapaaehtoistoiminta, kuten kielikahvilat, ystävätoiminta ja "
            "läksykerhot, otetaan huomioon ohjauksessa, ja ohjaajat kertovat siitä vasta "
            "muuttaneille\n"
            "- järjestöjen toimintaa tuetaan kunkin osapuolen omilla avustuksilla ja tiloilla.\n\n"
            "Järjestöt päättävät itse toiminnastaan. Yhteistyö ei tee niistä viranomaisten "
            "alihankkijoita."
        ),
        "text_sv": (
            "Föreningarna är en viktig del av integrationen. De når människor som inte själva "
            "söker sig till tjänsterna, och de ger en plats att träffa andra, ha hobbyer och "
            "hjälpa till. Invandrarnas egna föreningar känner medlemmarnas behov och för fram dem. "
            "Forskning visar att föreningarnas arbete stärker delaktigheten särskilt väl.\n\n"
            "I dag hänger samarbetet ofta på enskilda anställda. Parterna vill göra det "
            "regelbundet och planerat.\n\n"
            "Parterna kommer överens om att\n\n"
            "- kommunerna och välfärdsområdet gör upp skriftliga samverkansavtal med föreningarna, "
            "där man kommer överens om uppgifter, kontaktpersoner och informationsgång\n"
            "- föreningarna bjuds in när tjänsterna planeras och när genomförandet av "
            "avsiktsförklaringen följs upp\n"
            "- föreningarnas frivilliga verksamhet, till exempel språkkaféer, vänverksamhet och "
            "läxhjälp, beaktas i vägledningen, och vägledarna berättar om den för nyinflyttade\n"
            "- föreningarnas verksamhet stöds med varje parts egna understöd och lokaler.\n\n"
            "Föreningarna bestämmer själva över sin verksamhet. Samarbetet gör dem inte till "
            "myndigheternas underleverantörer."
        ),
    },
    {
        "key": "commitments",
        "heading_fi": "Osapuolten sitoumukset",
        "heading_sv": "Parternas åtaganden",
        "text_fi": (
            "Yhteiset tavoitteet toteutuvat vain, jos jokainen osapuoli tekee oman osansa. Siksi "
            "sopimukseen kirjataan myös osapuolten omat sitoumukset.\n\n"
            "Sitoumukset luetellaan osapuolittain sopimuksen osapuoliluettelossa. Jokaisesta "
            "sitoumuksesta käy ilmi\n\n"
            "- mitä osapuoli tekee ja missä kunnissa\n"
            "- mitä kotoutumisen polkua tai polkuja se palvelee\n"
            "- mitkä tietopankin hyvät käytännöt osapuoli ottaa käyttöön tai vie eteenpäin.\n\n"
            "Sitoumusten on oltava niin konkreettisia, että niiden toteutumista voi seurata. Ne "
            "eivät ole uusia lakisääteisiä tehtäviä. Ne kertovat, miten osapuoli hoitaa nykyiset "
            "tehtävänsä yhdessä sovitulla tavalla.\n\n"
            "Osapuoli kertoo joka vuosi, miten sen sitoumukset ovat edenneet. Sitoumuksia voi "
            "tarkentaa tai lisätä vuosittaisessa yhteistyökokouksessa ilman, että koko sopimusta "
            "avataan uudelleen. Jos osapuoli ei pysty pitämään sitoumustaan, se kertoo siitä "
            "ohjausryhmälle ja ehdottaa, miten asia korjataan."
        ),
        "text_sv": (
            "De gemensamma målen nås bara om varje part gör sin del. Därför skrivs också parternas "
            "egna åtaganden in i avsiktsförklaringen.\n\n"
            "Åtagandena finns per part i förteckningen över parter. Av varje åtagande framgår\n\n"
            "- vad parten gör och i vilka kommuner\n"
            "- vilken eller vilka integrationsvägar det gäller\n"
            "- vilka arbetssätt i kunskapsbanken parten tar i bruk eller för vidare.\n\n"
            "Åtagandena ska vara så konkreta att man kan följa upp dem. De är inte nya lagstadgade "
            "uppgifter. De beskriver hur parten sköter sina nuvarande uppgifter på ett gemensamt "
            "överenskommet sätt.\n\n"
            "Varje år berättar parten hur dess åtaganden har framskridit. Åtagandena kan "
            "preciseras eller kompletteras vid det årliga samarbetsmötet utan att hela "
            "avsiktsförklaringen öppnas på nytt. Om en part inte kan hålla sitt åtagande meddelar "
            "den styrgruppen och föreslår hur saken kan rättas till."
        ),
    },
    {
        "key": "monitoring",
        "heading_fi": "Edistymisen seuranta",
        "heading_sv": "Uppföljning av framstegen",
        "text_fi": (
            "Osapuolet seuraavat yhdessä, miten sopimuksen tavoitteet toteutuvat. Seuranta "
            "perustuu muutamaan selkeään indikaattoriin, joita seurataan joka vuosi samalla "
            "tavalla.\n\n"
            "Indikaattorit ovat seuraavat:\n\n"
            "- maahanmuuttajien työllisyysaste verrattuna koko väestöön\n"
            "- niiden osuus, jotka saivat osaamisen ja kotoutumisen palvelutarpeen arvioinnin "
            "tavoiteajassa\n"
            "- kotoutumiskoulutukseen osallistuminen\n"
            "- järjestöjen kanssa tehdyt yhteistoimintasopimukset ja järjestöjen toiminta, johon "
            "maahanmuuttajat osallistuvat.\n\n"
            "Luvut saadaan virallisista tilastoista, kuten Tilastokeskuksen väestö- ja "
            "työssäkäyntitilastoista ja työ- ja elinkeinoministeriön työllisyyskatsauksesta, sekä "
            "osapuolten omista seurantatiedoista. Henkilötietoja ei kerätä: seurannassa käytetään "
            "vain koottuja lukuja.\n\n"
            "Indikaattorit, niiden lähteet ja tulokset julkaistaan Kotoutumisen tietopankissa. "
            "Näin jokainen voi nähdä, miten maakunta etenee."
        ),
        "text_sv": (
            "Parterna följer tillsammans upp hur målen i avsiktsförklaringen nås. Uppföljningen "
            "bygger på några tydliga indikatorer, som följs upp på samma sätt varje år.\n\n"
            "Indikatorerna är följande:\n\n"
            "- invandrarnas sysselsättningsgrad jämfört med hela befolkningen\n"
            "- andelen som fick en bedömning av kompetens och behovet av integrationstjänster inom "
            "utsatt tid\n"
            "- deltagandet i integrationsutbildning\n"
            "- samverkansavtalen med föreningarna och den föreningsverksamhet som invandrare "
            "deltar i.\n\n"
            "Siffrorna hämtas ur officiell statistik, till exempel Statistikcentralens "
            "befolknings- och sysselsättningsstatistik och arbets- och näringsministeriets "
            "sysselsättningsöversikt, och ur parternas egna uppföljningsdata. Inga personuppgifter "
            "samlas in: uppföljningen använder bara sammanställda siffror.\n\n"
            "Indikatorerna, deras källor och resultaten publiceras i Kunskapsbanken för "
            "integration. Så kan alla se hur landskapet går framåt."
        ),
    },
    {
        "key": "governance",
        "heading_fi": "Ohjaus ja yhteistyön rakenteet",
        "heading_sv": "Styrning och samarbetsstrukturer",
        "text_fi": (
            "Sopimuksen toteutusta johtaa **ohjausryhmä**. Siinä on edustaja jokaisesta "
            "osapuoliryhmästä: valtion viranomaiset, Pohjanmaan liitto, kunnat ja seudut, "
            "työllisyysalueet, hyvinvointialue, oppilaitokset ja järjestöt. Ohjausryhmä kokoontuu "
            "vähintään kaksi kertaa vuodessa. Se valmistelee sopimuksen muutokset, seuraa "
            "sitoumuksia ja sopii painopisteistä.\n\n"
            "Kerran vuodessa pidetään **yhteistyökokous**. Siihen kutsutaan kaikki osapuolet ja "
            "laajempi kumppaniverkosto, myös maahanmuuttajien yhdistykset. Valtakunnalliset "
            "toimijat, kuten Kela ja Terveyden ja hyvinvoinnin laitos (THL), kutsutaan "
            "asiantuntijoiksi.\n\n"
            "Arjen työtä tekevät **koordinaattorit**, jotka Pohjanmaan liitto ja Vaasan kaupunki "
            "nimeävät. Koordinaattorit valmistelevat kokoukset, kokoavat seurantatiedot ja "
            "ylläpitävät Kotoutumisen tietopankkia.\n\n"
            "Tietopankki on sopimuksen yhteinen työväline. Siellä julkaistaan sopimuksen versiot, "
            "osapuolet, sitoumukset ja päätökset. Ohjausryhmän jäsenet kommentoivat luonnoksia "
            "tietopankissa, ja koordinaattorit vastaavat kommentteihin."
        ),
        "text_sv": (
            "Genomförandet leds av en **styrgrupp**. I den ingår en representant för varje grupp "
            "av parter: de statliga myndigheterna, Österbottens förbund, kommunerna och "
            "regionerna, sysselsättningsområdena, välfärdsområdet, läroanstalterna och "
            "föreningarna. Styrgruppen sammanträder minst två gånger om året. Den bereder "
            "ändringar i avsiktsförklaringen, följer upp åtagandena och kommer överens om "
            "prioriteringar.\n\n"
            "En gång om året hålls ett **samarbetsmöte**. Dit bjuds alla parter och det bredare "
            "partnernätverket in, också invandrarnas föreningar. Nationella aktörer, till exempel "
            "FPA och Institutet för hälsa och välfärd (THL), bjuds in som sakkunniga.\n\n"
            "Det dagliga arbetet sköts av **koordinatorer** som Österbottens förbund och Vasa stad "
            "utser. Koordinatorerna bereder mötena, samlar in uppföljningsdata och upprätthåller "
            "Kunskapsbanken för integration.\n\n"
            "Kunskapsbanken är avsiktsförklaringens gemensamma verktyg. Där publiceras "
            "avsiktsförklaringens versioner, parterna, åtagandena och besluten. Styrgruppens "
            "medlemmar kommenterar utkasten i kunskapsbanken, och koordinatorerna svarar på "
            "kommentarerna."
        ),
    },
    {
        "key": "evaluation",
        "heading_fi": "Vuosiraportti ja arviointi",
        "heading_sv": "Årsrapport och utvärdering",
        "text_fi": (
            "Koordinaattorit kokoavat joka vuosi seurantaraportin. Raportissa kerrotaan\n\n"
            "- miten indikaattorit ovat kehittyneet\n"
            "- miten osapuolten sitoumukset ovat edenneet\n"
            "- mitkä hyvät käytännöt on otettu käyttöön ja millaisia kokemuksia niistä on saatu\n"
            "- missä kohdin palveluissa on yhä aukkoja tai päällekkäisyyksiä.\n\n"
            "Raportti käsitellään ensin ohjausryhmässä ja sitten vuosittaisessa "
            "yhteistyökokouksessa. Sen pohjalta sovitaan seuraavan vuoden painopisteistä. Raportti "
            "julkaistaan Kotoutumisen tietopankissa.\n\n"
            "Sopimuskauden lopussa vuonna 2029 tehdään laajempi arviointi. Siinä selvitetään, mitä "
            "sopimus on saanut aikaan, mikä toimi ja mikä ei, ja kannattaako yhteistyötä jatkaa "
            "uudella sopimuksella. Arvioinnin voi tehdä ulkopuolinen arvioija. Arvioinnissa "
            "kuullaan osapuolia, järjestöjä ja maahanmuuttajia itseään."
        ),
        "text_sv": (
            "Varje år sammanställer koordinatorerna en uppföljningsrapport. Rapporten beskriver\n\n"
            "- hur indikatorerna har utvecklats\n"
            "- hur parternas åtaganden har framskridit\n"
            "- vilka arbetssätt som har tagits i bruk och vilka erfarenheter man har fått av dem\n"
            "- var tjänsterna fortfarande har luckor eller överlappningar.\n\n"
            "Rapporten behandlas först i styrgruppen och sedan vid det årliga samarbetsmötet. "
            "Utifrån den kommer man överens om prioriteringarna för följande år. Rapporten "
            "publiceras i Kunskapsbanken för integration.\n\n"
            "I slutet av avtalsperioden, år 2029, görs en bredare utvärdering. Den utreder vad "
            "avsiktsförklaringen har åstadkommit, vad som fungerade och vad som inte gjorde det, "
            "och om samarbetet bör fortsätta med en ny avsiktsförklaring. Utvärderingen kan göras "
            "av en extern utvärderare. I utvärderingen hörs parterna, föreningarna och invandrarna "
            "själva."
        ),
    },
    {
        "key": "validity",
        "heading_fi": "Voimassaolo ja muuttaminen",
        "heading_sv": "Giltighet och ändringar",
        "text_fi": (
            "Sopimus on voimassa vuosina 2026–2029.\n\n"
            "Sopimus on puitesopimus. Se kertoo yhteisistä tavoitteista ja osapuolten aikeista, "
            "mutta se ei ole oikeudellisesti sitova. Sopimus ei sido osapuolten rahoitusta: "
            "jokainen osapuoli päättää määrärahoistaan omassa talousarviossaan. Jos jokin toimi "
            "vaatii yhteistä rahoitusta, siitä sovitaan erikseen.\n\n"
            "Sopimusta voi muuttaa. Ohjausryhmä valmistelee muutokset, ja niistä keskustellaan "
            "vuosittaisessa yhteistyökokouksessa. Pienet tarkennukset, kuten sitoumusten "
            "päivitykset, ohjausryhmä voi hyväksyä itse. Tavoitteiden tai periaatteiden muutokset "
            "viedään osapuolten päätöksentekoon.\n\n"
            "Uusi osapuoli voi liittyä sopimukseen milloin tahansa. Se ilmoittaa liittymisestä "
            "ohjausryhmälle ja kirjaa omat sitoumuksensa. Osapuoli voi myös irtautua sopimuksesta "
            "ilmoittamalla siitä kirjallisesti ohjausryhmälle. Irtautuminen ei muuta muiden "
            "osapuolten sitoumuksia.\n\n"
            "Ennen sopimuskauden loppua ohjausryhmä ehdottaa, jatketaanko yhteistyötä ja millä "
            "tavalla."
        ),
        "text_sv": (
            "Avsiktsförklaringen gäller åren 2026–2029.\n\n"
            "Avsiktsförklaringen är ett ramavtal. Den beskriver gemensamma mål och parternas "
            "avsikter, men den är inte juridiskt bindande. Den binder inte parternas finansiering: "
            "varje part beslutar om sina anslag i sin egen budget. Om en åtgärd kräver gemensam "
            "finansiering kommer man överens om den separat.\n\n"
            "Avsiktsförklaringen kan ändras. Styrgruppen bereder ändringarna, och de diskuteras "
            "vid det årliga samarbetsmötet. Mindre preciseringar, till exempel uppdaterade "
            "åtaganden, kan styrgruppen själv godkänna. Ändringar i målen eller principerna förs "
            "till parternas beslutsfattande.\n\n"
            "En ny part kan ansluta sig när som helst. Den meddelar styrgruppen och skriver in "
            "sina egna åtaganden. En part kan också lämna avsiktsförklaringen genom att meddela "
            "styrgruppen skriftligt. Att en part lämnar ändrar inte de andra parternas "
            "åtaganden.\n\n"
            "Före avtalsperiodens slut föreslår styrgruppen om samarbetet ska fortsätta och i så "
            "fall hur."
        ),
    },
]

# Version 2 (the partner-network round, March–April 2026) and version 3 (approved by the
# steering group and sent to the parties in May 2026): changes to the previous version.
# "changed": key -> the fields that change (the full new value). "added": new sections.
# "removed": keys dropped. "order": the full order of keys in this version.
VERSION_CHANGES = {
    2: {
        "changed": {
            "employment": {
                "text_fi": (
                    "Tavoitteena on, että maahanmuuttajat pääsevät nopeammin työhön, joka vastaa "
                    "heidän osaamistaan. Työ on tärkeä osa kotoutumista, ja maakunnan yritykset "
                    "tarvitsevat osaavaa työvoimaa.\n\n"
                    "Osapuolet sopivat, että\n\n"
                    "- työllisyysalueet selvittävät jokaisen työnhakijan osaamisen heti palvelun "
                    "alussa ja ohjaavat hänet koulutukseen tai työhön ilman turhia välivaiheita\n"
                    "- oppilaitokset ja työllisyysalueet suunnittelevat kotoutumiskoulutuksen "
                    "yhdessä, jotta kielen opiskelu ja työelämä kulkevat rinnakkain\n"
                    "- työpaikat saavat tukea uuden työntekijän perehdytykseen, esimerkiksi "
                    "työpaikkamentoreiden valmennusta ja selkokielisiä korttikoulutuksia\n"
                    "- ulkomailta rekrytoivat työnantajat kertovat tulijoista kunnalle ja "
                    "työllisyysalueelle hyvissä ajoin, jotta palvelut ovat valmiina tulijoille ja "
                    "heidän perheilleen heti muuton jälkeen\n"
                    "- työnantajille kerrotaan onnistuneista rekrytoinneista, jotta "
                    "maahanmuuttajat nähdään osaajina.\n\n"
                    "Esimerkkinä voidaan käyttää viisivaiheista työllistymisen mallia. Siinä "
                    "työnantajat ja työnhakijat tuodaan yhteen, ja perehdytys tapahtuu itse "
                    "työpaikalla.\n\n"
                    "Edistymistä seurataan työllisyysasteella, kuten osiossa Edistymisen seuranta "
                    "kerrotaan. Tavoite on, että ero koko väestön työllisyysasteeseen kapenee joka "
                    "vuosi."
                ),
                "text_sv": (
                    "Målet är att invandrare snabbare får ett arbete som motsvarar deras "
                    "kompetens. Arbete är en viktig del av integrationen, och företagen i "
                    "landskapet behöver kunnig arbetskraft.\n\n"
                    "Parterna kommer överens om att\n\n"
                    "- sysselsättningsområdena utreder varje arbetssökandes kompetens redan i "
                    "början av tjänsten och hänvisar hen till utbildning eller arbete utan onödiga "
                    "mellansteg\n"
                    "- läroanstalterna och sysselsättningsområdena planerar "
                    "integrationsutbildningen tillsammans, så att språkstudierna och arbetslivet "
                    "går hand i hand\n"
                    "- arbetsplatserna får stöd för introduktionen av nya arbetstagare, till "
                    "exempel träning av mentorer på arbetsplatsen och kurser på lättläst språk för "
                    "de kort som krävs i arbetslivet\n"
                    "- arbetsgivare som rekryterar från utlandet i god tid berättar om de "
                    "nyanlända för kommunen och sysselsättningsområdet, så att tjänsterna är klara "
                    "för dem och deras familjer direkt efter flytten\n"
                    "- arbetsgivarna får höra om lyckade rekryteringar, så att invandrare ses som "
                    "kunnig arbetskraft.\n\n"
                    "Som förebild kan man använda modellen i fem faser för sysselsättning. Där "
                    "förs arbetsgivare och arbetssökande samman, och introduktionen sker på själva "
                    "arbetsplatsen.\n\n"
                    "Framstegen följs upp med sysselsättningsgraden, som avsnittet Uppföljning av "
                    "framstegen beskriver. Målet är att skillnaden mot hela befolkningens "
                    "sysselsättningsgrad minskar varje år."
                ),
            },
            "inclusion": {
                "text_fi": (
                    "Tavoitteena on, että maahanmuuttajat voivat osallistua ja vaikuttaa omassa "
                    "kunnassaan ja kantaa vastuuta yhteisistä asioista. Osallisuus on enemmän kuin "
                    "palvelujen käyttämistä. Se tarkoittaa, että ihminen kuuluu yhteisöön ja hänen "
                    "äänensä kuuluu. Osallisuus koskee kaikkia polkuja, mutta erityisen tärkeä se "
                    "on työvoiman ulkopuolella oleville aikuisille.\n\n"
                    "Pohjoismaissa osallisuutta edistetään osana yhteiskunta- ja "
                    "hyvinvointipolitiikkaa. Vaasa on tehnyt tätä työtä pitkään omassa "
                    "osallisuuspolitiikassaan. Hyvät kokemukset laajennetaan koko maakuntaan "
                    "alueen oloihin sovittaen.\n\n"
                    "Osapuolet sopivat, että\n\n"
                    "- osallisuus otetaan huomioon kuntien ja hyvinvointialueen suunnitelmissa\n"
                    "- erityisesti tavoitetaan ne, jotka jäävät helposti palvelujen ulkopuolelle, "
                    "kuten kotivanhemmat, perheenjäsenenä muuttaneet ja ikääntyneet\n"
                    "- maahanmuuttajat saavat tilaisuuksia tutustua lähiyhteisöön, esimerkiksi "
                    "harrastusten, vapaaehtoistyön ja järjestöjen kautta\n"
                    "- maahanmuuttajat ja heidän yhdistyksensä ovat mukana, kun alueen "
                    "painopisteet valitaan ja kun sopimuksen toteutumista seurataan vuosittain.\n\n"
                    "Pohjanmaalla on vahvat yhteisöt ja paljon sosiaalista pääomaa. Tutkimusten "
                    "mukaan osallisuus ja sosiaaliset suhteet edistävät hyvinvointia ja terveyttä, "
                    "myös mielenterveyttä, ja sitä kautta myös työllistymistä."
                ),
                "text_sv": (
                    "Målet är att invandrare kan delta och påverka i sin kommun och ta ansvar för "
                    "gemensamma frågor. Delaktighet är mer än att använda tjänster. Det betyder "
                    "att man hör till en gemenskap och blir hörd. Delaktigheten gäller alla vägar, "
                    "men den är särskilt viktig för vuxna som står utanför arbetskraften.\n\n"
                    "I Norden främjas delaktighet som en del av samhälls- och välfärdspolitiken. "
                    "Vasa har länge arbetat så i sin egen delaktighetspolitik. De goda "
                    "erfarenheterna sprids till hela landskapet och anpassas till förhållandena "
                    "här.\n\n"
                    "Parterna kommer överens om att\n\n"
                    "- delaktigheten beaktas i kommunernas och välfärdsområdets planer\n"
                    "- man särskilt når dem som lätt hamnar utanför tjänsterna, till exempel "
                    "hemmaföräldrar, anhöriginvandrare och äldre\n"
                    "- invandrare får tillfällen att lära känna närsamhället, till exempel genom "
                    "hobbyer, frivilligarbete och föreningar\n"
                    "- invandrarna och deras föreningar är med när regionens prioriteringar väljs "
                    "och när genomförandet av avsiktsförklaringen följs upp varje år.\n\n"
                    "Österbotten har starka gemenskaper och mycket socialt kapital. Forskning "
                    "visar att delaktighet och sociala relationer främjar välfärd och hälsa, också "
                    "den psykiska hälsan, och därmed också sysselsättningen."
                ),
            },
            "initial_guidance": {
                "text_fi": (
                    "Tavoitteena on, että jokainen vasta muuttanut saa saman perustiedon, "
                    "ohjauksen ja neuvonnan, asuipa hän missä kunnassa tahansa ja kotoutuipa hän "
                    "suomeksi tai ruotsiksi.\n\n"
                    "Osapuolet sopivat, että\n\n"
                    "- maakunnassa käytetään yhteistä alkuvaiheen ohjauksen mallia, joka "
                    "kehitettiin Hyvä alku Pohjanmaalla -yhteistyössä\n"
                    "- jokainen osaamisen ja kotoutumisen palvelutarpeen arviointia (aiemmin "
                    "alkukartoitus) tarvitseva saa sen viimeistään kahden kuukauden kuluessa "
                    "siitä, kun hän muutti kuntaan tai ilmoittautui työnhakijaksi, myös jos hän ei "
                    "ole työvoimapalvelujen asiakas\n"
                    "- arvioinnin pohjalta laaditaan kotoutumissuunnitelma, jonka toteutumista "
                    "seurataan ja jota päivitetään\n"
                    "- erityisesti tavoitetaan perheenjäsenenä muuttaneet, opiskelijat, "
                    "kotivanhemmat, nuoret, vammaiset henkilöt ja ihmiskaupan uhrit.\n\n"
                    "Lasten ja nuorten polulla alku on yhtä tärkeä. Lapsi pääsee nopeasti "
                    "varhaiskasvatukseen ja kouluun, ja vasta muuttanut oppilas saa "
                    "perusopetukseen valmistavaa opetusta. Nuori ohjataan toisen asteen "
                    "koulutukseen tai tutkintokoulutukseen valmentavaan koulutukseen. Koulut, "
                    "nuorisopalvelut ja hyvinvointialue tekevät yhteistyötä perheen kanssa.\n\n"
                    "Ohjaajat koulutetaan yhteiseen toimintatapaan, jotta neuvonta on samanlaista "
                    "kaikkialla."
                ),
                "text_sv": (
                    "Målet är att varje nyinflyttad får samma grundinformation, vägledning och "
                    "rådgivning, oavsett i vilken kommun hen bor och om hen integreras på finska "
                    "eller på svenska.\n\n"
                    "Parterna kommer överens om att\n\n"
                    "- landskapet använder en gemensam modell för vägledning i det inledande "
                    "skedet, som utvecklades i samarbetet En bra start i Österbotten\n"
                    "- alla som behöver en bedömning av kompetens och behovet av "
                    "integrationstjänster (tidigare inledande kartläggning) får den senast två "
                    "månader efter att de har flyttat till kommunen eller anmält sig som "
                    "arbetssökande, också de som inte är kunder hos arbetskraftsservicen\n"
                    "- utifrån bedömningen görs en integrationsplan som följs upp och uppdateras\n"
                    "- man särskilt når anhöriginvandrare, studerande, hemmaföräldrar, unga, "
                    "personer med funktionsnedsättning och offer för människohandel.\n\n"
                    "På vägen för barn och unga är början lika viktig. Barnet kommer snabbt in i "
                    "småbarnspedagogiken och skolan, och en nyinflyttad elev får undervisning som "
                    "förbereder för den grundläggande utbildningen. Den unga vägleds till "
                    "utbildning på andra stadiet eller till utbildning som handleder för "
                    "examensutbildning. Skolorna, ungdomstjänsterna och välfärdsområdet samarbetar "
                    "med familjen.\n\n"
                    "Vägledarna utbildas i ett gemensamt arbetssätt, så att rådgivningen är "
                    "likadan överallt."
                ),
            },
            "monitoring": {
                "text_fi": (
                    "Osapuolet seuraavat yhdessä, miten sopimuksen tavoitteet toteutuvat. Seuranta "
                    "perustuu muutamaan selkeään indikaattoriin, joita seurataan joka vuosi "
                    "samalla tavalla.\n\n"
                    "Indikaattorit ovat seuraavat:\n\n"
                    "- maahanmuuttajien työllisyysaste verrattuna koko väestöön\n"
                    "- niiden osuus, jotka saivat osaamisen ja kotoutumisen palvelutarpeen "
                    "arvioinnin kahden kuukauden kuluessa\n"
                    "- kotoutumiskoulutukseen osallistuminen\n"
                    "- järjestöjen kanssa tehdyt yhteistoimintasopimukset ja järjestöjen toiminta, "
                    "johon maahanmuuttajat osallistuvat.\n\n"
                    "Luvut saadaan virallisista tilastoista, kuten Tilastokeskuksen väestö- ja "
                    "työssäkäyntitilastoista ja työ- ja elinkeinoministeriön "
                    "työllisyyskatsauksesta, sekä osapuolten omista seurantatiedoista. "
                    "Henkilötietoja ei kerätä: seurannassa käytetään vain koottuja lukuja.\n\n"
                    "Indikaattorit, niiden lähteet ja tulokset julkaistaan Kotoutumisen "
                    "tietopankissa. Näin jokainen voi nähdä, miten maakunta etenee.\n\n"
                    "Koordinaattorit kokoavat joka vuosi seurantaraportin. Siinä kerrotaan, miten "
                    "indikaattorit ja osapuolten sitoumukset ovat edenneet, mitä hyviä käytäntöjä "
                    "on otettu käyttöön ja missä palveluissa on yhä aukkoja. Raportti käsitellään "
                    "ohjausryhmässä ja vuosittaisessa yhteistyökokouksessa, ja sen pohjalta "
                    "sovitaan seuraavan vuoden painopisteistä.\n\n"
                    "Sopimuskauden lopussa vuonna 2029 tehdään laajempi arviointi. Siinä "
                    "selvitetään, mitä sopimus on saanut aikaan ja kannattaako yhteistyötä jatkaa. "
                    "Arvioinnissa kuullaan osapuolia, järjestöjä ja maahanmuuttajia itseään."
                ),
                "text_sv": (
                    "Parterna följer tillsammans upp hur målen i avsiktsförklaringen nås. "
                    "Uppföljningen bygger på några tydliga indikatorer, som följs upp på samma "
                    "sätt varje år.\n\n"
                    "Indikatorerna är följande:\n\n"
                    "- invandrarnas sysselsättningsgrad jämfört med hela befolkningen\n"
                    "- andelen som fick en bedömning av kompetens och behovet av "
                    "integrationstjänster inom två månader\n"
                    "- deltagandet i integrationsutbildning\n"
                    "- samverkansavtalen med föreningarna och den föreningsverksamhet som "
                    "invandrare deltar i.\n\n"
                    "Siffrorna hämtas ur officiell statistik, till exempel Statistikcentralens "
                    "befolknings- och sysselsättningsstatistik och arbets- och näringsministeriets "
                    "sysselsättningsöversikt, och ur parternas egna uppföljningsdata. Inga "
                    "personuppgifter samlas in: uppföljningen använder bara sammanställda "
                    "siffror.\n\n"
                    "Indikatorerna, deras källor och resultaten publiceras i Kunskapsbanken för "
                    "integration. Så kan alla se hur landskapet går framåt.\n\n"
                    "Varje år sammanställer koordinatorerna en uppföljningsrapport. Den beskriver "
                    "hur indikatorerna och parternas åtaganden har utvecklats, vilka arbetssätt "
                    "som har tagits i bruk och var tjänsterna fortfarande har luckor. Rapporten "
                    "behandlas i styrgruppen och vid det årliga samarbetsmötet, och utifrån den "
                    "kommer man överens om prioriteringarna för följande år.\n\n"
                    "I slutet av avtalsperioden, år 2029, görs en bredare utvärdering. Den utreder "
                    "vad avsiktsförklaringen har åstadkommit och om samarbetet bör fortsätta. I "
                    "utvärderingen hörs parterna, föreningarna och invandrarna själva."
                ),
            },
            "ngos": {
                "heading_fi": "Järjestöt kotoutumisen kumppaneina",
                "heading_sv": "Föreningarna som partner i integrationen",
            },
        },
        "added": [
            {
                "key": "languages",
                "heading_fi": "Kielet ja saavutettavuus",
                "heading_sv": "Språk och tillgänglighet",
                "text_fi": (
                    "Pohjanmaa on kaksikielinen maakunta. Maahanmuuttaja voi kotoutua suomeksi tai "
                    "ruotsiksi, ja monessa kunnassa ruotsi on arjen pääkieli. Valinta vaikuttaa "
                    "koulutukseen, työhön ja lasten kouluun. Siksi sen on oltava tietoinen "
                    "valinta.\n\n"
                    "Osapuolet sopivat, että\n\n"
                    "- vasta muuttaneelle kerrotaan heti alussa, että hän voi valita suomen tai "
                    "ruotsin, ja mitä valinta tarkoittaa hänen kunnassaan\n"
                    "- kotoutumiskoulutusta, ohjausta ja neuvontaa on tarjolla molemmilla "
                    "kansallisilla kielillä koko maakunnassa, tarvittaessa seutujen yhteistyönä\n"
                    "- tärkein tieto on saatavilla myös maahanmuuttajien omilla kielillä ja "
                    "selkokielellä\n"
                    "- tulkkia käytetään aina, kun yhteistä kieltä ei ole, erityisesti "
                    "arvioinnissa, kotoutumissuunnitelmaa tehtäessä sekä sosiaali- ja "
                    "terveyspalveluissa\n"
                    "- monikielinen yhteiskuntaorientaatio järjestetään yhdessä, jotta myös "
                    "pienten kuntien asukkaat pääsevät siihen omalla kielellään.\n\n"
                    "Kieli kehittyy parhaiten, kun sitä käytetään arjessa ja työssä. Siksi "
                    "osapuolet tukevat kielen käyttöä myös työpaikoilla ja järjestöjen toiminnassa."
                ),
                "text_sv": (
                    "Österbotten är ett tvåspråkigt landskap. En invandrare kan integreras på "
                    "finska eller på svenska, och i många kommuner är svenska det dominerande "
                    "vardagsspråket. Valet påverkar utbildning, arbete och barnens skola. Därför "
                    "ska det vara ett medvetet val.\n\n"
                    "Parterna kommer överens om att\n\n"
                    "- den nyinflyttade redan i början får veta att hen kan välja finska eller "
                    "svenska och vad valet betyder i hens kommun\n"
                    "- integrationsutbildning, vägledning och rådgivning finns på båda "
                    "nationalspråken i hela landskapet, vid behov genom samarbete mellan "
                    "regionerna\n"
                    "- den viktigaste informationen också finns på invandrarnas egna språk och på "
                    "lättläst språk\n"
                    "- tolk alltid används när det inte finns ett gemensamt språk, särskilt vid "
                    "bedömningen, när integrationsplanen görs upp och inom social- och "
                    "hälsovården\n"
                    "- den flerspråkiga samhällsorienteringen ordnas gemensamt, så att också "
                    "invånarna i små kommuner kan delta på sitt eget språk.\n\n"
                    "Språket utvecklas bäst när det används i vardagen och på jobbet. Därför "
                    "stöder parterna att språket används också på arbetsplatserna och i "
                    "föreningarnas verksamhet."
                ),
            },
        ],
        "removed": ["evaluation"],
        "order": [
            "purpose",
            "legal_basis",
            "principles",
            "languages",
            "employment",
            "inclusion",
            "initial_guidance",
            "ngos",
            "parties",
            "commitments",
            "monitoring",
            "governance",
            "validity",
        ],
    },
    3: {
        "changed": {
            "monitoring": {
                "text_fi": (
                    "Osapuolet seuraavat yhdessä, miten sopimuksen tavoitteet toteutuvat. Seuranta "
                    "perustuu muutamaan selkeään indikaattoriin, joita seurataan joka vuosi "
                    "samalla tavalla.\n\n"
                    "Indikaattorit ovat seuraavat:\n\n"
                    "- ulkomaalaistaustaisten 20–64-vuotiaiden työllisyysaste verrattuna koko "
                    "samanikäiseen väestöön\n"
                    "- niiden osuus, jotka saivat osaamisen ja kotoutumisen palvelutarpeen "
                    "arvioinnin kahden kuukauden kuluessa\n"
                    "- niiden osuus, jotka aloittivat kotoutumiskoulutuksen kolmen kuukauden "
                    "kuluessa kotoutumissuunnitelman laatimisesta\n"
                    "- järjestöjen kanssa tehdyt yhteistoimintasopimukset ja järjestöjen toiminta, "
                    "johon maahanmuuttajat osallistuvat.\n\n"
                    "Luvut saadaan virallisista tilastoista, kuten Tilastokeskuksen väestö- ja "
                    "työssäkäyntitilastoista ja työ- ja elinkeinoministeriön "
                    "työllisyyskatsauksesta, sekä osapuolten omista seurantatiedoista. "
                    "Henkilötietoja ei kerätä: seurannassa käytetään vain koottuja lukuja.\n\n"
                    "Indikaattorit, niiden lähteet ja tulokset julkaistaan Kotoutumisen "
                    "tietopankissa. Näin jokainen voi nähdä, miten maakunta etenee.\n\n"
                    "Koordinaattorit kokoavat joka vuosi seurantaraportin. Siinä kerrotaan, miten "
                    "indikaattorit ja osapuolten sitoumukset ovat edenneet, mitä hyviä käytäntöjä "
                    "on otettu käyttöön ja missä palveluissa on yhä aukkoja. Raportti käsitellään "
                    "ohjausryhmässä ja vuosittaisessa yhteistyökokouksessa, ja sen pohjalta "
                    "sovitaan seuraavan vuoden painopisteistä.\n\n"
                    "Sopimuskauden lopussa vuonna 2029 tehdään laajempi arviointi. Siinä "
                    "selvitetään, mitä sopimus on saanut aikaan ja kannattaako yhteistyötä jatkaa. "
                    "Arvioinnissa kuullaan osapuolia, järjestöjä ja maahanmuuttajia itseään."
                ),
                "text_sv": (
                    "Parterna följer tillsammans upp hur målen i avsiktsförklaringen nås. "
                    "Uppföljningen bygger på några tydliga indikatorer, som följs upp på samma "
                    "sätt varje år.\n\n"
                    "Indikatorerna är följande:\n\n"
                    "- sysselsättningsgraden bland personer med utländsk bakgrund i åldern 20–64 "
                    "år jämfört med hela befolkningen i samma ålder\n"
                    "- andelen som fick en bedömning av kompetens och behovet av "
                    "integrationstjänster inom två månader\n"
                    "- andelen som började integrationsutbildningen inom tre månader efter att "
                    "integrationsplanen gjordes upp\n"
                    "- samverkansavtalen med föreningarna och den föreningsverksamhet som "
                    "invandrare deltar i.\n\n"
                    "Siffrorna hämtas ur officiell statistik, till exempel Statistikcentralens "
                    "befolknings- och sysselsättningsstatistik och arbets- och näringsministeriets "
                    "sysselsättningsöversikt, och ur parternas egna uppföljningsdata. Inga "
                    "personuppgifter samlas in: uppföljningen använder bara sammanställda "
                    "siffror.\n\n"
                    "Indikatorerna, deras källor och resultaten publiceras i Kunskapsbanken för "
                    "integration. Så kan alla se hur landskapet går framåt.\n\n"
                    "Varje år sammanställer koordinatorerna en uppföljningsrapport. Den beskriver "
                    "hur indikatorerna och parternas åtaganden har utvecklats, vilka arbetssätt "
                    "som har tagits i bruk och var tjänsterna fortfarande har luckor. Rapporten "
                    "behandlas i styrgruppen och vid det årliga samarbetsmötet, och utifrån den "
                    "kommer man överens om prioriteringarna för följande år.\n\n"
                    "I slutet av avtalsperioden, år 2029, görs en bredare utvärdering. Den utreder "
                    "vad avsiktsförklaringen har åstadkommit och om samarbetet bör fortsätta. I "
                    "utvärderingen hörs parterna, föreningarna och invandrarna själva."
                ),
            },
            "validity": {
                "text_fi": (
                    "Sopimus tulee voimaan 1.10.2026 niiden osapuolten osalta, jotka ovat "
                    "hyväksyneet sen siihen mennessä, ja se on voimassa 31.12.2029 asti. "
                    "Osapuolelle, joka hyväksyy sopimuksen myöhemmin, se tulee voimaan "
                    "päätöspäivänä.\n\n"
                    "Sopimus on puitesopimus. Se kertoo yhteisistä tavoitteista ja osapuolten "
                    "aikeista, mutta se ei ole oikeudellisesti sitova. Sopimus ei sido osapuolten "
                    "rahoitusta: jokainen osapuoli päättää määrärahoistaan omassa "
                    "talousarviossaan. Jos jokin toimi vaatii yhteistä rahoitusta, siitä sovitaan "
                    "erikseen.\n\n"
                    "Sopimusta voi muuttaa. Ohjausryhmä valmistelee muutokset, ja niistä "
                    "keskustellaan vuosittaisessa yhteistyökokouksessa. Pienet tarkennukset, kuten "
                    "sitoumusten päivitykset, ohjausryhmä voi hyväksyä itse. Tavoitteiden tai "
                    "periaatteiden muutokset viedään osapuolten päätöksentekoon.\n\n"
                    "Uusi osapuoli voi liittyä sopimukseen milloin tahansa. Se ilmoittaa "
                    "liittymisestä ohjausryhmälle ja kirjaa omat sitoumuksensa. Osapuoli voi myös "
                    "irtautua sopimuksesta ilmoittamalla siitä kirjallisesti ohjausryhmälle. "
                    "Irtautuminen ei muuta muiden osapuolten sitoumuksia.\n\n"
                    "Ennen sopimuskauden loppua ohjausryhmä ehdottaa, jatketaanko yhteistyötä ja "
                    "millä tavalla."
                ),
                "text_sv": (
                    "Avsiktsförklaringen träder i kraft 1.10.2026 för de parter som har godkänt "
                    "den före dess, och den gäller till och med 31.12.2029. För en part som "
                    "godkänner den senare träder den i kraft den dag beslutet fattas.\n\n"
                    "Avsiktsförklaringen är ett ramavtal. Den beskriver gemensamma mål och "
                    "parternas avsikter, men den är inte juridiskt bindande. Den binder inte "
                    "parternas finansiering: varje part beslutar om sina anslag i sin egen budget. "
                    "Om en åtgärd kräver gemensam finansiering kommer man överens om den "
                    "separat.\n\n"
                    "Avsiktsförklaringen kan ändras. Styrgruppen bereder ändringarna, och de "
                    "diskuteras vid det årliga samarbetsmötet. Mindre preciseringar, till exempel "
                    "uppdaterade åtaganden, kan styrgruppen själv godkänna. Ändringar i målen "
                    "eller principerna förs till parternas beslutsfattande.\n\n"
                    "En ny part kan ansluta sig när som helst. Den meddelar styrgruppen och "
                    "skriver in sina egna åtaganden. En part kan också lämna avsiktsförklaringen "
                    "genom att meddela styrgruppen skriftligt. Att en part lämnar ändrar inte de "
                    "andra parternas åtaganden.\n\n"
                    "Före avtalsperiodens slut föreslår styrgruppen om samarbetet ska fortsätta "
                    "och i så fall hur."
                ),
            },
            "governance": {
                "text_fi": (
                    "Sopimuksen toteutusta johtaa **ohjausryhmä**. Siinä on edustaja jokaisesta "
                    "osapuoliryhmästä: valtion viranomaiset, Pohjanmaan liitto, kunnat ja seudut, "
                    "työllisyysalueet, hyvinvointialue, oppilaitokset ja järjestöt. "
                    "Puheenjohtajuus kiertää osapuolten kesken kahden vuoden jaksoissa, ja "
                    "ensimmäisen jakson puheenjohtaja on Pohjanmaan liitto. Ohjausryhmä kokoontuu "
                    "vähintään kaksi kertaa vuodessa. Se valmistelee sopimuksen muutokset, seuraa "
                    "sitoumuksia ja sopii painopisteistä.\n\n"
                    "Kerran vuodessa pidetään **yhteistyökokous**. Siihen kutsutaan kaikki "
                    "osapuolet ja laajempi kumppaniverkosto, myös maahanmuuttajien yhdistykset. "
                    "Valtakunnalliset toimijat, kuten Kela ja Terveyden ja hyvinvoinnin laitos "
                    "(THL), kutsutaan asiantuntijoiksi.\n\n"
                    "Arjen työtä tekevät **koordinaattorit**, jotka Pohjanmaan liitto ja Vaasan "
                    "kaupunki nimeävät. Koordinaattorit valmistelevat kokoukset, kokoavat "
                    "seurantatiedot ja ylläpitävät Kotoutumisen tietopankkia.\n\n"
                    "Tietopankki on sopimuksen yhteinen työväline. Siellä julkaistaan sopimuksen "
                    "versiot, osapuolet, sitoumukset ja päätökset. Ohjausryhmän jäsenet "
                    "kommentoivat luonnoksia tietopankissa, ja koordinaattorit vastaavat "
                    "kommentteihin."
                ),
                "text_sv": (
                    "Genomförandet leds av en **styrgrupp**. I den ingår en representant för varje "
                    "grupp av parter: de statliga myndigheterna, Österbottens förbund, kommunerna "
                    "och regionerna, sysselsättningsområdena, välfärdsområdet, läroanstalterna och "
                    "föreningarna. Ordförandeskapet roterar mellan parterna i perioder om två år, "
                    "och ordförande för den första perioden är Österbottens förbund. Styrgruppen "
                    "sammanträder minst två gånger om året. Den bereder ändringar i "
                    "avsiktsförklaringen, följer upp åtagandena och kommer överens om "
                    "prioriteringar.\n\n"
                    "En gång om året hålls ett **samarbetsmöte**. Dit bjuds alla parter och det "
                    "bredare partnernätverket in, också invandrarnas föreningar. Nationella "
                    "aktörer, till exempel FPA och Institutet för hälsa och välfärd (THL), bjuds "
                    "in som sakkunniga.\n\n"
                    "Det dagliga arbetet sköts av **koordinatorer** som Österbottens förbund och "
                    "Vasa stad utser. Koordinatorerna bereder mötena, samlar in uppföljningsdata "
                    "och upprätthåller Kunskapsbanken för integration.\n\n"
                    "Kunskapsbanken är avsiktsförklaringens gemensamma verktyg. Där publiceras "
                    "avsiktsförklaringens versioner, parterna, åtagandena och besluten. "
                    "Styrgruppens medlemmar kommenterar utkasten i kunskapsbanken, och "
                    "koordinatorerna svarar på kommentarerna."
                ),
            },
        },
        "added": [],
        "removed": [],
        "order": [
            "purpose",
            "legal_basis",
            "principles",
            "languages",
            "employment",
            "inclusion",
            "initial_guidance",
            "ngos",
            "parties",
            "commitments",
            "monitoring",
            "governance",
            "validity",
        ],
    },
}

# The parties: actors of the demo network (networks/demo.py), their role in the agreement and
# their commitments, each naming the demo practices (practices/demo.py) the party will adopt
# and the integration paths it serves.
PARTIES = [
    {
        "actor": "pohjanmaan-liitto",
        "role_fi": (
            "Maakunnan kuntayhtymä, joka kokoaa yhteistyön, nimeää koordinaattorit yhdessä Vaasan "
            "kaupungin kanssa ja liittää kotoutumisen aluekehittämiseen."
        ),
        "role_sv": (
            "Landskapets samkommun, som samlar samarbetet, utser koordinatorerna tillsammans med "
            "Vasa stad och kopplar integrationen till den regionala utvecklingen."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Kutsuu koolle ohjausryhmän ja vuosittaisen yhteistyökokouksen ja julkaisee "
                    "joka vuosi seurantaraportin Kotoutumisen tietopankissa."
                ),
                "text_sv": (
                    "Sammankallar styrgruppen och det årliga samarbetsmötet och publicerar varje "
                    "år en uppföljningsrapport i Kunskapsbanken för integration."
                ),
                "practices": [
                    "alueellisen-aiesopimuksen-valmistelu",
                    "skanen-alueellinen-yhteistyomalli",
                ],
                "paths": ["tyollisyys", "aikuiset", "lapset-ja-nuoret"],
            },
            {
                "text_fi": (
                    "Kirjaa maahanmuuttajien työllisyyden ja osallisuuden maakuntaohjelmaan ja "
                    "ottaa ne huomioon, kun se valitsee rahoitettavia aluekehittämisen hankkeita."
                ),
                "text_sv": (
                    "Skriver in invandrares sysselsättning och delaktighet i landskapsprogrammet "
                    "och beaktar dem när förbundet väljer vilka regionala utvecklingsprojekt som "
                    "finansieras."
                ),
                "practices": [],
                "paths": ["tyollisyys", "aikuiset"],
            },
            {
                "text_fi": (
                    "Päivittää osapuolten kanssa joka toinen vuosi verkostoanalyysin kotoutumisen "
                    "poluittain, jotta palvelujen aukot ja päällekkäisyydet näkyvät."
                ),
                "text_sv": (
                    "Uppdaterar vartannat år tillsammans med parterna nätverksanalysen längs "
                    "integrationsvägarna, så att luckor och överlappningar i tjänsterna syns."
                ),
                "practices": ["verkostoanalyysi-kotoutumisen-poluittain"],
                "paths": ["tyollisyys", "aikuiset", "lapset-ja-nuoret"],
            },
        ],
    },
    {
        "actor": "vaasan-kaupunki",
        "role_fi": (
            "Maakunnan suurin kunta ja Pohjanmaan työllisyysalueen vastuukunta. Järjestää "
            "kotoutumisohjelman ja nimeää koordinaattorit yhdessä Pohjanmaan liiton kanssa."
        ),
        "role_sv": (
            "Landskapets största kommun och ansvarskommun för Österbottens sysselsättningsområde. "
            "Ordnar integrationsprogrammet och utser koordinatorerna tillsammans med Österbottens "
            "förbund."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Antaa jokaiselle vasta muuttaneelle ohjausta ja neuvontaa suomeksi, ruotsiksi "
                    "tai englanniksi ja tulkin avulla muilla kielillä. Tekee työvoiman "
                    "ulkopuolella oleville arvioinnin ja kotoutumissuunnitelman yhteisellä "
                    "mallilla viimeistään kahden kuukauden kuluessa muutosta."
                ),
                "text_sv": (
                    "Ger varje nyinflyttad vägledning och rådgivning på finska, svenska eller "
                    "engelska och med tolk på andra språk. Gör bedömningen och integrationsplanen "
                    "enligt den gemensamma modellen för dem som står utanför arbetskraften, senast "
                    "två månader efter flytten."
                ),
                "practices": [
                    "yhtenainen-alkuvaiheen-ohjaus",
                    "hyva-alku-alkukartoitus-ja-suunnitelma",
                ],
                "paths": ["aikuiset"],
            },
            {
                "text_fi": (
                    "Jatkaa osallisuuspolitiikkaansa ja kertoo kokemuksistaan muille kunnille "
                    "vuosittaisessa yhteistyökokouksessa."
                ),
                "text_sv": (
                    "Fortsätter med sin delaktighetspolitik och berättar om sina erfarenheter för "
                    "de andra kommunerna vid det årliga samarbetsmötet."
                ),
                "practices": ["vaasan-osallisuuspolitiikka"],
                "paths": ["aikuiset", "lapset-ja-nuoret"],
            },
            {
                "text_fi": (
                    "Tarjoaa vasta muuttaneille lapsille paikan varhaiskasvatuksessa tai "
                    "perusopetukseen valmistavassa opetuksessa suomeksi tai ruotsiksi ja ohjaa "
                    "nuoret nuorisopalvelujen toimintaan yhdessä järjestöjen kanssa."
                ),
                "text_sv": (
                    "Erbjuder nyinflyttade barn en plats i småbarnspedagogiken eller i den "
                    "förberedande undervisningen på finska eller svenska och vägleder unga till "
                    "ungdomstjänsternas verksamhet tillsammans med föreningarna."
                ),
                "practices": [],
                "paths": ["lapset-ja-nuoret"],
            },
        ],
    },
    {
        "actor": "pohjanmaan-hyvinvointialue",
        "role_fi": (
            "Järjestää maakunnan sosiaali- ja terveyspalvelut kahdella kielellä. Vastaa "
            "sopimuksessa erityisesti sosiaalityöstä, perhepalveluista ja terveystarkastuksista."
        ),
        "role_sv": (
            "Ordnar landskapets social- och hälsovård på två språk. Svarar i avsiktsförklaringen "
            "särskilt för socialarbete, familjetjänster och hälsoundersökningar."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Osallistuu osaamisen ja kotoutumisen palvelutarpeen arviointiin, kun henkilö "
                    "tarvitsee sosiaalityön tai terveydenhuollon tukea, ja tarjoaa "
                    "terveystarkastuksen suomeksi tai ruotsiksi, tarvittaessa tulkin avulla."
                ),
                "text_sv": (
                    "Deltar i bedömningen av kompetens och behovet av integrationstjänster när "
                    "personen behöver stöd av socialarbetet eller hälsovården, och erbjuder en "
                    "hälsoundersökning på finska eller svenska, vid behov med tolk."
                ),
                "practices": ["hyva-alku-alkukartoitus-ja-suunnitelma"],
                "paths": ["aikuiset", "lapset-ja-nuoret"],
            },
            {
                "text_fi": (
                    "Tekee yhdessä kuntien kanssa vuoden 2027 loppuun mennessä "
                    "yhteistoimintasopimuksen maakunnan kotoutumistyötä tekevien järjestöjen "
                    "kanssa."
                ),
                "text_sv": (
                    "Gör senast i slutet av 2027 tillsammans med kommunerna ett samverkansavtal "
                    "med de föreningar som arbetar med integration i landskapet."
                ),
                "practices": ["jarjestojen-ja-julkisen-sektorin-yhteistoimintasopimus"],
                "paths": ["aikuiset"],
            },
        ],
    },
    {
        "actor": "pohjanmaan-elinvoimakeskus",
        "role_fi": (
            "Valtion alueviranomainen, joka jatkaa vuoden 2025 loppuun toimineen ELY-keskuksen "
            "tehtäviä. Tukee kotoutumisen alueellista yhteistyötä ja rahoittaa kehittämistä."
        ),
        "role_sv": (
            "Statlig regional myndighet som sköter de uppgifter som NTM-centralen hade till "
            "slutet av 2025. Stöder det regionala samarbetet kring integration och finansierar "
            "utveckling."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Ottaa sopimuksen painopisteet huomioon, kun se rahoittaa kotoutumisen ja "
                    "työllisyyden kehittämishankkeita maakunnassa."
                ),
                "text_sv": (
                    "Beaktar avsiktsförklaringens prioriteringar när den finansierar "
                    "utvecklingsprojekt för integration och sysselsättning i landskapet."
                ),
                "practices": [],
                "paths": ["tyollisyys", "aikuiset"],
            },
            {
                "text_fi": (
                    "Kokoaa yhdessä työllisyysalueiden kanssa tietoa onnistuneista rekrytoinneista "
                    "ja kertoo niistä työnantajille yrittäjäjärjestöjen kautta vähintään kerran "
                    "vuodessa."
                ),
                "text_sv": (
                    "Samlar tillsammans med sysselsättningsområdena in information om lyckade "
                    "rekryteringar och berättar om dem för arbetsgivarna via "
                    "företagarorganisationerna minst en gång om året."
                ),
                "practices": ["onnistuneista-rekrytoinneista-kertominen"],
                "paths": ["tyollisyys"],
            },
        ],
    },
    {
        "actor": "pohjanmaan-tyollisyysalue",
        "role_fi": (
            "Järjestää vuodesta 2025 työnhakijoiden työvoima- ja kotoutumispalvelut yhdeksässä "
            "kunnassa. Vastuukunta on Vaasa."
        ),
        "role_sv": (
            "Ordnar sedan 2025 arbetskraftsservicen och integrationstjänsterna för arbetssökande i "
            "nio kommuner. Ansvarskommun är Vasa."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Tekee osaamisen ja kotoutumisen palvelutarpeen arvioinnin jokaiselle sitä "
                    "tarvitsevalle työnhakijalle suomeksi tai ruotsiksi viimeistään kahden "
                    "kuukauden kuluessa ilmoittautumisesta ja käyttää verkkotestejä arvioinnin "
                    "tukena."
                ),
                "text_sv": (
                    "Gör en bedömning av kompetens och behovet av integrationstjänster för varje "
                    "arbetssökande som behöver en, på finska eller svenska och senast två månader "
                    "efter anmälan, och använder webbtest som stöd för bedömningen."
                ),
                "practices": [
                    "hyva-alku-alkukartoitus-ja-suunnitelma",
                    "testipiste-alkukartoituksen-tukena",
                ],
                "paths": ["tyollisyys"],
            },
            {
                "text_fi": (
                    "Ottaa viisivaiheisen työllistymisen mallin käyttöön vähintään kahdella "
                    "alalla, joilla on työvoimapulaa, ja tarjoaa näiden alojen työpaikoille "
                    "mentorien valmennusta."
                ),
                "text_sv": (
                    "Tar i bruk modellen i fem faser för sysselsättning inom minst två branscher "
                    "med brist på arbetskraft och erbjuder arbetsplatserna i dessa branscher "
                    "träning av mentorer."
                ),
                "practices": [
                    "kotopaikka2-viisivaiheinen-tyollistymisen-malli",
                    "tyopaikkamentoreiden-valmennus",
                ],
                "paths": ["tyollisyys"],
            },
            {
                "text_fi": (
                    "Sopii ulkomailta rekrytoivien työnantajien kanssa, miten ne kertovat "
                    "tulijoista etukäteen, jotta kunta ja työllisyysalue voivat valmistella "
                    "palvelut."
                ),
                "text_sv": (
                    "Kommer överens med arbetsgivare som rekryterar från utlandet om hur de i "
                    "förväg berättar om de nyanlända, så att kommunen och sysselsättningsområdet "
                    "kan förbereda tjänsterna."
                ),
                "practices": ["ennakkotieto-rekrytoivilta-tyonantajilta"],
                "paths": ["tyollisyys"],
            },
        ],
    },
    {
        "actor": "vamia",
        "role_fi": (
            "Vaasan kaupungin ammatillinen oppilaitos, joka järjestää suomenkielistä "
            "kotoutumiskoulutusta ja tutkintokoulutukseen valmentavaa koulutusta."
        ),
        "role_sv": (
            "Vasa stads yrkesläroanstalt, som ordnar integrationsutbildning på finska och "
            "utbildning som handleder för examensutbildning."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Järjestää kotoutumiskoulutuksen opiskelijoille selkokielisiä "
                    "korttikoulutuksia, kuten hygieniapassi- ja työturvallisuuskorttikursseja, "
                    "vähintään neljä kertaa vuodessa."
                ),
                "text_sv": (
                    "Ordnar kurser på lättläst språk för de kort som krävs i arbetslivet, till "
                    "exempel hygienpass och arbetarskyddskort, för de studerande i "
                    "integrationsutbildningen minst fyra gånger om året."
                ),
                "practices": ["selkokieliset-korttikoulutukset"],
                "paths": ["tyollisyys"],
            },
            {
                "text_fi": (
                    "Suunnittelee kotoutumiskoulutuksen yhdessä Pohjanmaan työllisyysalueen kanssa "
                    "niin, että jokaiseen koulutukseen sisältyy työpaikalla oppimista."
                ),
                "text_sv": (
                    "Planerar integrationsutbildningen tillsammans med Österbottens "
                    "sysselsättningsområde så att varje utbildning innehåller lärande på en "
                    "arbetsplats."
                ),
                "practices": [],
                "paths": ["tyollisyys"],
            },
            {
                "text_fi": (
                    "Ottaa vasta muuttaneet nuoret tutkintokoulutukseen valmentavaan koulutukseen "
                    "ja tukee heidän siirtymistään ammatilliseen tutkintoon."
                ),
                "text_sv": (
                    "Tar emot nyinflyttade unga i utbildning som handleder för examensutbildning "
                    "och stöder deras övergång till en yrkesinriktad examen."
                ),
                "practices": [],
                "paths": ["lapset-ja-nuoret"],
            },
        ],
    },
    {
        "actor": "yrkesakademin",
        "role_fi": (
            "Ruotsinkielinen ammatillinen oppilaitos, joka järjestää kotoutumiskoulutusta ja "
            "valmentavaa koulutusta ruotsiksi."
        ),
        "role_sv": (
            "Svenskspråkig yrkesläroanstalt som ordnar integrationsutbildning och handledande "
            "utbildning på svenska."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Tarjoaa ruotsinkielistä kotoutumiskoulutusta niin, että siihen pääsee myös "
                    "Närpiöstä ja muista maakunnan eteläosan kunnista, tarvittaessa etäyhteyksin."
                ),
                "text_sv": (
                    "Erbjuder integrationsutbildning på svenska så att man kan delta också från "
                    "Närpes och andra kommuner i Sydösterbotten, vid behov på distans."
                ),
                "practices": [],
                "paths": ["tyollisyys", "aikuiset"],
            },
            {
                "text_fi": (
                    "Kehittää työllisyysalueiden kanssa verkkotesteistä mallin ruotsinkieliseen "
                    "arviointiin ja ottaa sen käyttöön."
                ),
                "text_sv": (
                    "Utvecklar tillsammans med sysselsättningsområdena en modell för att använda "
                    "webbtest vid bedömningar på svenska och tar den i bruk."
                ),
                "practices": ["testipiste-alkukartoituksen-tukena"],
                "paths": ["tyollisyys"],
            },
        ],
    },
    {
        "actor": "pietarsaaren-seudun-kotoutumisyksikko",
        "role_fi": (
            "Pietarsaaren, Pedersören, Uusikaarlepyyn, Luodon ja Kruunupyyn yhteinen yksikkö, joka "
            "ohjaa ja neuvoo maahanmuuttajia ruotsiksi ja suomeksi."
        ),
        "role_sv": (
            "Gemensam enhet för Jakobstad, Pedersöre, Nykarleby, Larsmo och Kronoby, som vägleder "
            "och ger råd åt invandrare på svenska och finska."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Ottaa seudulla käyttöön yhteisen alkuvaiheen ohjauksen mallin ja tarjoaa "
                    "arvioinnin ja kotoutumissuunnitelman ruotsiksi tai suomeksi myös niille, "
                    "jotka eivät ole työnhakijoita."
                ),
                "text_sv": (
                    "Tar i bruk den gemensamma modellen för vägledning i det inledande skedet i "
                    "regionen och erbjuder bedömning och integrationsplan på svenska eller finska "
                    "också för dem som inte är arbetssökande."
                ),
                "practices": [
                    "yhtenainen-alkuvaiheen-ohjaus",
                    "hyva-alku-alkukartoitus-ja-suunnitelma",
                ],
                "paths": ["aikuiset"],
            },
            {
                "text_fi": (
                    "Sopii seudun kuntien sivistystoimien kanssa, miten vasta muuttaneet lapset ja "
                    "nuoret ohjataan valmistavaan opetukseen ja nuorisotoimintaan."
                ),
                "text_sv": (
                    "Kommer överens med bildningsväsendet i regionens kommuner om hur nyinflyttade "
                    "barn och unga vägleds till förberedande undervisning och ungdomsverksamhet."
                ),
                "practices": [],
                "paths": ["lapset-ja-nuoret"],
            },
        ],
    },
    {
        "actor": "k5",
        "role_fi": (
            "Närpiön, Kristiinankaupungin, Korsnäsin, Maalahden ja Kaskisten yhteistyö "
            "kotoutumisessa. Edustaa sopimuksessa näitä viittä kuntaa."
        ),
        "role_sv": (
            "Samarbetet kring integration mellan Närpes, Kristinestad, Korsnäs, Malax och Kaskö. "
            "Företräder de fem kommunerna i avsiktsförklaringen."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Järjestää monikielisen yhteiskuntaorientaation viiden kunnan yhteisenä, jotta "
                    "myös pienten kuntien asukkaat pääsevät siihen omalla kielellään."
                ),
                "text_sv": (
                    "Ordnar den flerspråkiga samhällsorienteringen gemensamt för de fem "
                    "kommunerna, så att också invånarna i små kommuner kan delta på sitt eget "
                    "språk."
                ),
                "practices": [],
                "paths": ["aikuiset"],
            },
            {
                "text_fi": (
                    "Kertoo alueen yrityksille, erityisesti kasvihuoneyrityksille, miten "
                    "ennakkotieto rekrytoinneista auttaa kuntia valmistautumaan tulijoihin, ja "
                    "kokoaa esimerkkejä onnistuneista rekrytoinneista."
                ),
                "text_sv": (
                    "Berättar för företagen i området, särskilt växthusföretagen, hur "
                    "förhandsinformation om rekryteringar hjälper kommunerna att förbereda sig, "
                    "och samlar exempel på lyckade rekryteringar."
                ),
                "practices": [
                    "ennakkotieto-rekrytoivilta-tyonantajilta",
                    "onnistuneista-rekrytoinneista-kertominen",
                ],
                "paths": ["tyollisyys"],
            },
        ],
    },
    {
        "actor": "punainen-risti-pohjanmaa",
        "role_fi": (
            "Järjestö, jonka vapaaehtoiset tarjoavat ystävätoimintaa, kielikahviloita ja "
            "läksykerhoja useissa maakunnan kunnissa."
        ),
        "role_sv": (
            "Organisation vars frivilliga erbjuder vänverksamhet, språkkaféer och läxhjälp i flera "
            "kommuner i landskapet."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Pitää kielikahviloita ja läksykerhoja ainakin Vaasassa, Mustasaaressa ja "
                    "Närpiössä ja kertoo niistä kuntien ohjaajille jokaisen lukukauden alussa."
                ),
                "text_sv": (
                    "Håller språkkaféer och läxhjälp åtminstone i Vasa, Korsholm och Närpes och "
                    "berättar om dem för kommunernas vägledare i början av varje termin."
                ),
                "practices": [],
                "paths": ["aikuiset", "lapset-ja-nuoret"],
            },
            {
                "text_fi": (
                    "Tekee yhteistoimintasopimuksen hyvinvointialueen ja kuntien kanssa ja "
                    "osallistuu sopimuksen vuosittaiseen seurantaan."
                ),
                "text_sv": (
                    "Ingår ett samverkansavtal med välfärdsområdet och kommunerna och deltar i den "
                    "årliga uppföljningen av avsiktsförklaringen."
                ),
                "practices": ["jarjestojen-ja-julkisen-sektorin-yhteistoimintasopimus"],
                "paths": ["aikuiset"],
            },
        ],
    },
    {
        "actor": "monikulttuurinen-yhdistys-esimerkki",
        "role_fi": (
            "Maahanmuuttajien oma yhdistys Vaasassa (esimerkki). Tuo sopimukseen jäsentensä "
            "kokemukset ja tavoittaa palvelujen ulkopuolelle jääviä."
        ),
        "role_sv": (
            "En förening som invandrare själva driver i Vasa (exempel). För in medlemmarnas "
            "erfarenheter och når dem som står utanför tjänsterna."
        ),
        "commitments": [
            {
                "text_fi": (
                    "Järjestää vertaistukea ja naisten ryhmiä ja ohjaa kotivanhempia kaupungin "
                    "kotoutumispalveluihin."
                ),
                "text_sv": (
                    "Ordnar kamratstöd och kvinnogrupper och vägleder hemmaföräldrar till stadens "
                    "integrationstjänster."
                ),
                "practices": ["vaasan-osallisuuspolitiikka"],
                "paths": ["aikuiset"],
            },
            {
                "text_fi": (
                    "Kokoaa jäsentensä kokemukset palveluista ja esittelee ne vuosittaisessa "
                    "yhteistyökokouksessa."
                ),
                "text_sv": (
                    "Samlar medlemmarnas erfarenheter av tjänsterna och presenterar dem vid det "
                    "årliga samarbetsmötet."
                ),
                "practices": [],
                "paths": ["tyollisyys", "aikuiset", "lapset-ja-nuoret"],
            },
        ],
    },
]

# Each party's decision on version 3, and two on version 2: approving an earlier version is
# not approving the one sent out. decided_on is None while a decision is pending.
DECISIONS = [
    {
        "actor": "vamia",
        "version": 2,
        "status": "approved",
        "body_fi": "Vamian johtokunta",
        "body_sv": "Vamias direktion",
        "decided_on": "2026-04-21",
    },
    {
        "actor": "pietarsaaren-seudun-kotoutumisyksikko",
        "version": 2,
        "status": "approved",
        "body_fi": "Pietarsaaren kaupunginhallitus",
        "body_sv": "Jakobstads stadsstyrelse",
        "decided_on": "2026-04-27",
    },
    {
        "actor": "vaasan-kaupunki",
        "version": 3,
        "status": "approved",
        "body_fi": "Kaupunginhallitus",
        "body_sv": "Stadsstyrelsen",
        "decided_on": "2026-06-15",
    },
    {
        "actor": "pohjanmaan-liitto",
        "version": 3,
        "status": "approved",
        "body_fi": "Maakuntahallitus",
        "body_sv": "Landskapsstyrelsen",
        "decided_on": "2026-06-22",
    },
    {
        "actor": "pohjanmaan-elinvoimakeskus",
        "version": 3,
        "status": "approved",
        "body_fi": "Ylijohtaja",
        "body_sv": "Överdirektören",
        "decided_on": "2026-06-26",
    },
    {
        "actor": "punainen-risti-pohjanmaa",
        "version": 3,
        "status": "approved",
        "body_fi": "Piirihallitus",
        "body_sv": "Distriktsstyrelsen",
        "decided_on": "2026-08-19",
    },
    {
        "actor": "pohjanmaan-tyollisyysalue",
        "version": 3,
        "status": "approved",
        "body_fi": "Työllisyyslautakunta",
        "body_sv": "Sysselsättningsnämnden",
        "decided_on": "2026-08-25",
    },
    {
        "actor": "monikulttuurinen-yhdistys-esimerkki",
        "version": 3,
        "status": "declined",
        "body_fi": "Yhdistyksen hallitus",
        "body_sv": "Föreningens styrelse",
        "decided_on": "2026-08-31",
    },
    {
        "actor": "pohjanmaan-hyvinvointialue",
        "version": 3,
        "status": "approved",
        "body_fi": "Aluehallitus",
        "body_sv": "Välfärdsområdesstyrelsen",
        "decided_on": "2026-09-07",
    },
    {
        "actor": "yrkesakademin",
        "version": 3,
        "status": "approved",
        "body_fi": "Kuntayhtymän hallitus",
        "body_sv": "Samkommunsstyrelsen",
        "decided_on": "2026-09-10",
    },
    {
        "actor": "vamia",
        "version": 3,
        "status": "pending",
        "body_fi": "Vamian johtokunta",
        "body_sv": "Vamias direktion",
        "decided_on": None,
    },
    {
        "actor": "pietarsaaren-seudun-kotoutumisyksikko",
        "version": 3,
        "status": "pending",
        "body_fi": "Pietarsaaren kaupunginhallitus",
        "body_sv": "Jakobstads stadsstyrelse",
        "decided_on": None,
    },
    {
        "actor": "k5",
        "version": 3,
        "status": "pending",
        "body_fi": "K5-kuntien kunnan- ja kaupunginhallitukset",
        "body_sv": "Kommun- och stadsstyrelserna i K5-kommunerna",
        "decided_on": None,
    },
]

# Comments by the demo steering-group member on versions 1 and 2, each on a section key, in
# the language the member wrote it, with the coordinators' moderation. "replies" are the
# member's follow-up comments.
COMMENTS = [
    {
        "version": 1,
        "section": "employment",
        "language": "fi",
        "text": (
            "Työllisyysosiosta puuttuu työnantajien ennakkotieto. Kun yritys rekrytoi ulkomailta, "
            "kunnan ja työllisyysalueen pitäisi tietää siitä ajoissa, jotta palvelut ovat valmiina "
            "heti muuton jälkeen."
        ),
        "status": "accepted",
        "response": (
            "Hyvä huomio. Versioon 2 on lisätty ennakkotietoa koskeva kohta, ja siinä mainitaan "
            "myös tulijoiden perheet."
        ),
        "replies": [
            (
                "Kiitos. Voisiko ennakkotiedon saamisen ottaa myöhemmin myös seurannan "
                "indikaattoriksi?"
            ),
        ],
    },
    {
        "version": 1,
        "section": "initial_guidance",
        "language": "fi",
        "text": (
            "Lakia koskevassa osiossa käytetään uuden lain termiä osaamisen ja kotoutumisen "
            "palvelutarpeen arviointi, mutta tässä osiossa puhutaan vielä alkukartoituksesta. "
            "Käytetään samaa termiä koko sopimuksessa."
        ),
        "status": "accepted",
        "response": (
            "Korjattu versioon 2. Vanha nimi on jätetty sulkeisiin, koska se on monelle vielä "
            "tutumpi."
        ),
        "replies": [],
    },
    {
        "version": 1,
        "section": "initial_guidance",
        "language": "fi",
        "text": (
            "”Mahdollisimman pian” ei ole tavoite, jota voi seurata. Seurantaosiossa puhutaan "
            "tavoiteajasta, mutta aikaa ei ole kirjattu mihinkään. Ehdotan kahta kuukautta."
        ),
        "status": "accepted",
        "response": (
            "Hyväksytty. Tavoitteeksi on kirjattu kaksi kuukautta, ja sama aika on nyt myös "
            "seurannan indikaattorissa."
        ),
        "replies": [],
    },
    {
        "version": 1,
        "section": "inclusion",
        "language": "sv",
        "text": (
            "Delaktighet är inte bara något vi erbjuder. Skriv in att invandrarna och deras "
            "föreningar är med när prioriteringarna väljs och när avsiktsförklaringen följs upp "
            "varje år."
        ),
        "status": "accepted",
        "response": "Godkänt. Meningen finns nu med i version 2.",
        "replies": [],
    },
    {
        "version": 1,
        "section": "principles",
        "language": "sv",
        "text": (
            "Utkastet säger nästan ingenting om språk. I Österbotten ska man kunna välja finska "
            "eller svenska genom hela integrationen, och viktig information behövs också på "
            "invandrarnas egna språk. Det förtjänar ett eget avsnitt."
        ),
        "status": "accepted",
        "response": "Godkänt. Version 2 har ett nytt avsnitt om språk och tillgänglighet.",
        "replies": [],
    },
    {
        "version": 1,
        "section": "evaluation",
        "language": "fi",
        "text": (
            "Osiot Edistymisen seuranta sekä Vuosiraportti ja arviointi kertovat osin samasta "
            "asiasta. Yhdistäisin ne, jotta lukijan ei tarvitse etsiä tietoa kahdesta paikasta."
        ),
        "status": "accepted",
        "response": (
            "Yhdistetty versiossa 2: vuosiraportti ja loppuarviointi ovat nyt osiossa Edistymisen "
            "seuranta."
        ),
        "replies": [],
    },
    {
        "version": 1,
        "section": "validity",
        "language": "fi",
        "text": (
            "Sopimukseen pitäisi kirjata, paljonko kukin osapuoli käyttää rahaa yhteiseen "
            "koordinointiin. Muuten sitoumukset jäävät paperille."
        ),
        "status": "rejected",
        "response": (
            "Ei muuteta. Aiesopimus on puitesopimus, eikä se voi sitoa osapuolten talousarvioita: "
            "kukin päättää rahoituksesta omassa budjetissaan. Koordinoinnin kustannuksista "
            "sovitaan erikseen Pohjanmaan liiton ja Vaasan kaupungin kesken."
        ),
        "replies": [
            (
                "Ymmärrän. Toivon silti, että vuosiraportissa kerrotaan, mitä resursseja kukin "
                "osapuoli on käyttänyt."
            ),
        ],
    },
    {
        "version": 1,
        "section": "parties",
        "language": "fi",
        "text": (
            "Miksi Kela ei ole osapuoli? Lähes jokainen tulija asioi Kelassa ensimmäisten "
            "viikkojen aikana."
        ),
        "status": "resolved",
        "response": (
            "Ohjausryhmä päätti, että valtakunnalliset toimijat osallistuvat yhteistyöhön "
            "asiantuntijoina eivätkä sopijapuolina. Kela kutsutaan vuosittaiseen "
            "yhteistyökokoukseen, kuten osiossa Ohjaus ja yhteistyön rakenteet todetaan. Tekstiä "
            "ei tarvitse muuttaa."
        ),
        "replies": [],
    },
    {
        "version": 2,
        "section": "validity",
        "language": "fi",
        "text": (
            "Mistä päivästä sopimus on voimassa? Osapuolet päättävät siitä vasta kesällä ja "
            "syksyllä, joten pelkkä 2026–2029 ei riitä."
        ),
        "status": "accepted",
        "response": (
            "Korjattu versioon 3: sopimus tulee voimaan 1.10.2026, ja myöhemmin hyväksyvälle "
            "osapuolelle päätöspäivänä."
        ),
        "replies": [],
    },
    {
        "version": 2,
        "section": "monitoring",
        "language": "sv",
        "text": (
            "Indikatorn om sysselsättningsgraden är oklar. Statistikcentralen har siffror både för "
            "personer med främmande modersmål och för personer med utländsk bakgrund. Vilken menar "
            "vi?"
        ),
        "status": "accepted",
        "response": (
            "Vi använder personer med utländsk bakgrund i åldern 20–64 år och skriver in det i "
            "version 3. Samtidigt preciseras indikatorn om integrationsutbildning."
        ),
        "replies": ["Bra. Kan siffrorna också visas per sysselsättningsområde?"],
    },
    {
        "version": 2,
        "section": "languages",
        "language": "fi",
        "text": (
            "Kuka maksaa tulkin, kun järjestö neuvoo maahanmuuttajaa? Tästä pitäisi sopia ennen "
            "kuin sopimus lähtee osapuolille."
        ),
        "status": "open",
        "response": "",
        "replies": [],
    },
]
