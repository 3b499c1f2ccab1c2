"""Demo content for monitoring: six indicators, the practices that aim to improve each and the
stages of the integration paths each follows, and their figures for the 15 municipalities, the
three sub-regions and the whole region, 2019–2025.

The figures are EXAMPLES, made up to show how the monitoring works (plausible in size, with
the gaps small municipalities have in real statistics), not statistics: every indicator here
carries is_example, so every page that shows them says so. They are imported from
demo_data/observations.csv through the same import as coordinators' files, so that file is
also a real example of the documented format.
"""

from pathlib import Path

from monitoring.imports import import_table, read_table
from monitoring.models import Indicator
from networks.demo import translated
from networks.models import Language, PathStage
from portal.table_files import COMMAND_LIMITS, Table
from practices.models import Practice, Source, Theme

OBSERVATIONS_FILE = Path(__file__).resolve().parent / "demo_data" / "observations.csv"

# Statistics Finland's employment statistics: the source of the employment rate.
EMPLOYMENT_STATISTICS = {
    "slug": "tilastokeskus-tyossakaynti",
    "kind": Source.Kind.MONITORING,
    "publisher": "Tilastokeskus – Statistikcentralen",
    "language": "fi",
    "title_fi": "Työssäkäynti: väestö pääasiallisen toiminnan ja kielen mukaan",
    "title_sv": "Sysselsättning: befolkningen efter huvudsaklig verksamhet och språk",
    "summary_fi": (
        "Suomen virallisen tilaston vuosittaiset tiedot väestön työllisyydestä kunnittain, "
        "muun muassa äidinkielen mukaan. Tiedot valmistuvat noin puolentoista vuoden viiveellä."
    ),
    "summary_sv": (
        "Officiell statistik som varje år visar befolkningens sysselsättning per kommun, "
        "bland annat efter modersmål. Uppgifterna blir klara med ungefär ett och ett halvt års "
        "fördröjning."
    ),
}

P = Indicator.Better
# Each indicator's "practices" are the demo practices that aim to improve it (for the two
# figures that describe the need rather than a result, those that plan or serve by it), and
# its "stages" are the stages of the integration paths (path slug, order) whose outcome it
# follows.
INDICATORS = [
    {
        "slug": "tyollisyysaste-vieraskieliset",
        "practices": [
            "kotopaikka2-viisivaiheinen-tyollistymisen-malli",
            "tyopainotteinen-kotoutumiskoulutus",
            "tyopaikkamentoreiden-valmennus",
            "selkokieliset-korttikoulutukset",
            "onnistuneista-rekrytoinneista-kertominen",
        ],
        "stages": [("tyollisyys", 5)],
        "theme": "tyollisyys",
        "source": "tilastokeskus-tyossakaynti",
        "better": P.HIGHER,
        "decimals": 1,
        "unit_fi": "%",
        "unit_sv": "%",
        "name_fi": "Vieraskielisten työllisyysaste",
        "name_sv": "Sysselsättningsgraden bland personer med främmande modersmål",
        "definition_fi": (
            "Työllisten osuus 20–64-vuotiaista, joiden äidinkieli on muu kuin suomi, ruotsi tai "
            "saame, vuoden viimeisenä päivänä. Vuoden luku valmistuu seuraavan vuoden lopulla."
        ),
        "definition_sv": (
            "Andelen sysselsatta bland 20–64-åringar med ett annat modersmål än finska, "
            "svenska eller samiska, den sista dagen av året. Årets siffra blir klar i slutet av "
            "följande år."
        ),
    },
    {
        "slug": "tyottomat-ulkomaan-kansalaiset",
        "practices": [
            "kotopaikka2-viisivaiheinen-tyollistymisen-malli",
            "tyopainotteinen-kotoutumiskoulutus",
            "selkokieliset-korttikoulutukset",
        ],
        "stages": [("tyollisyys", 1), ("tyollisyys", 5)],
        "theme": "tyollisyys",
        "source": "tem-tyollisyyskatsaus",
        "better": P.LOWER,
        "decimals": 0,
        "unit_fi": "henkilöä",
        "unit_sv": "personer",
        "name_fi": "Työttömät ulkomaan kansalaiset",
        "name_sv": "Arbetslösa utländska medborgare",
        "definition_fi": (
            "Niiden työttömien työnhakijoiden määrä, jotka ovat jonkin muun maan kuin Suomen "
            "kansalaisia, vuosineljänneksen kuukausien keskiarvona."
        ),
        "definition_sv": (
            "Antalet arbetslösa arbetssökande som är medborgare i något annat land än Finland, "
            "som ett medeltal för kvartalets månader."
        ),
    },
    {
        "slug": "arviointi-kahdessa-kuukaudessa",
        "practices": [
            "hyva-alku-alkukartoitus-ja-suunnitelma",
            "testipiste-alkukartoituksen-tukena",
            "yhtenainen-alkuvaiheen-ohjaus",
            "ennakkotieto-rekrytoivilta-tyonantajilta",
        ],
        "stages": [("tyollisyys", 2), ("aikuiset", 2)],
        "theme": "alkuvaiheen-ohjaus",
        "source": "tem-tyollisyyskatsaus",
        "better": P.HIGHER,
        "decimals": 0,
        "unit_fi": "%",
        "unit_sv": "%",
        "name_fi": "Palvelutarpeen arviointi kahden kuukauden kuluessa",
        "name_sv": "Bedömning av servicebehovet inom två månader",
        "definition_fi": (
            "Niiden maahanmuuttaja-asiakkaiden osuus, joiden osaamisen ja kotoutumisen "
            "palvelutarpeen arviointi (ennen vuotta 2025 alkukartoitus) alkoi kahden kuukauden "
            "kuluessa asiakkuuden alkamisesta. Pienten kuntien luvut sisältyvät vain seudun ja "
            "koko maakunnan lukuihin."
        ),
        "definition_sv": (
            "Andelen invandrarkunder vars bedömning av kompetens och behovet av "
            "integrationstjänster (före 2025 inledande kartläggning) inleddes inom två månader "
            "från att kundrelationen började. Små kommuners siffror ingår endast i regionens och "
            "hela landskapets siffror."
        ),
    },
    {
        "slug": "kotoutumiskoulutuksen-aloittaneet",
        "practices": [
            "tyopainotteinen-kotoutumiskoulutus",
            "hyva-alku-alkukartoitus-ja-suunnitelma",
        ],
        "stages": [("tyollisyys", 3), ("tyollisyys", 4)],
        "theme": "koulutus",
        "source": "tem-tyollisyyskatsaus",
        "better": P.NEITHER,
        "decimals": 0,
        "unit_fi": "henkilöä",
        "unit_sv": "personer",
        "name_fi": "Kotoutumiskoulutuksen aloittaneet",
        "name_sv": "Personer som inlett integrationsutbildning",
        "definition_fi": (
            "Vuoden aikana kotoutumiskoulutuksen aloittaneet kotikunnan mukaan. Määrä seuraa "
            "muuttoa alueelle, joten suurempi tai pienempi luku ei sellaisenaan ole parempi."
        ),
        "definition_sv": (
            "Personer som inlett integrationsutbildning under året, efter hemkommun. Antalet "
            "följer inflyttningen till området, så ett större eller mindre tal är inte i sig "
            "bättre."
        ),
    },
    {
        "slug": "jarjestotoimintaan-osallistuneet",
        "practices": [
            "jarjestojen-ja-julkisen-sektorin-yhteistoimintasopimus",
            "vaasan-osallisuuspolitiikka",
            "kotivanhempien-kieliryhma-lastenhoidon-kanssa",
            "skanen-alueellinen-yhteistyomalli",
        ],
        "stages": [("aikuiset", 6), ("lapset-ja-nuoret", 5)],
        "theme": "osallisuus",
        "source": "maahanmuuttajasta-kuntalaiseksi-hankekuvaus",
        "better": P.HIGHER,
        "decimals": 1,
        "unit_fi": "%",
        "unit_sv": "%",
        "name_fi": "Järjestöjen toimintaan osallistuneet",
        "name_sv": "Personer som deltagit i föreningsverksamhet",
        "definition_fi": (
            "Niiden kotoutumispalvelujen asiakkaiden osuus, jotka kertovat osallistuneensa "
            "vuoden aikana järjestön tai yhdistyksen toimintaan. Kysely tehdään joka toinen "
            "vuosi, ja vastaajia on vain seuduittain riittävästi."
        ),
        "definition_sv": (
            "Andelen kunder inom integrationstjänsterna som uppger att de under året deltagit i "
            "en organisations eller förenings verksamhet. Enkäten görs vartannat år, och det "
            "finns tillräckligt många svarande bara per region."
        ),
    },
    {
        "slug": "vieraskielisten-osuus-vaestosta",
        "practices": [
            "verkostoanalyysi-kotoutumisen-poluittain",
            "kuntajohdon-strategiatyo",
            "ennakkotieto-rekrytoivilta-tyonantajilta",
        ],
        "stages": [("tyollisyys", 1), ("aikuiset", 1), ("lapset-ja-nuoret", 1)],
        "theme": "osallisuus",
        "source": "tilastokeskus-vaestorakenne",
        "better": P.NEITHER,
        "decimals": 1,
        "unit_fi": "%",
        "unit_sv": "%",
        "name_fi": "Vieraskielisten osuus väestöstä",
        "name_sv": "Andelen personer med främmande modersmål",
        "definition_fi": (
            "Niiden asukkaiden osuus koko väestöstä, joiden äidinkieli on muu kuin suomi, "
            "ruotsi tai saame, vuoden viimeisenä päivänä. Kuvaa kotoutumistyön tarvetta."
        ),
        "definition_sv": (
            "Andelen invånare med ett annat modersmål än finska, svenska eller samiska av hela "
            "befolkningen, den sista dagen av året. Beskriver behovet av integrationsarbete."
        ),
    },
]


def load_employment_statistics():
    data = EMPLOYMENT_STATISTICS
    Source.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "kind": data["kind"],
            "publisher": data["publisher"],
            "language": Language.objects.filter(code=data["language"]).first(),
            **translated(data, "title", "summary"),
        },
    )


def load_indicators():
    """Create the indicators that do not exist yet; return their identifiers."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    sources = {source.slug: source for source in Source.objects.all()}
    created = set()
    for order, data in enumerate(INDICATORS, start=1):
        # get_or_create: a coordinator's later edits to demo records are kept.
        _indicator, was_created = Indicator.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "theme": themes[data["theme"]],
                "source": sources[data["source"]],
                "better": data["better"],
                "decimals": data["decimals"],
                "is_example": True,
                "order": order,
                **translated(data, "name", "definition", "unit"),
            },
        )
        if was_created:
            created.add(data["slug"])
    return created


def load_links(created):
    """Link each indicator to its practices and stages, when it was created now or has no
    links of that kind yet (as before the links existed); return how many links were added.
    An indicator whose links a coordinator has chosen keeps them as they are."""
    practices = {practice.slug: practice for practice in Practice.objects.all()}
    stages = {
        (stage.path.slug, stage.order): stage for stage in PathStage.objects.select_related("path")
    }
    indicators = {
        indicator.slug: indicator
        for indicator in Indicator.objects.filter(slug__in=[data["slug"] for data in INDICATORS])
    }
    added = 0
    for data in INDICATORS:
        indicator = indicators.get(data["slug"])
        if indicator is None:
            continue
        new = data["slug"] in created
        if new or not indicator.practices.exists():
            linked = [practices[slug] for slug in data["practices"] if slug in practices]
            indicator.practices.add(*linked)
            added += len(linked)
        if new or not indicator.stages.exists():
            # A stage a coordinator has removed meanwhile is skipped.
            linked = [stages[key] for key in data["stages"] if key in stages]
            indicator.stages.add(*linked)
            added += len(linked)
    return added


def load_observations(indicator_slugs):
    """Import the file's figures of the given indicators through the coordinators' import."""
    with OBSERVATIONS_FILE.open("rb") as file:
        table = read_table(file, COMMAND_LIMITS)
    rows = [(line, cells) for line, cells in table.rows if cells["indicator"] in indicator_slugs]
    result = import_table(Table(columns=table.columns, rows=rows))
    if not result.ok:
        problems = result.file_error or "; ".join(
            f"line {error.line}: {', '.join(error.reasons)}" for error in result.row_errors[:5]
        )
        raise ValueError(f"The demo's observations do not import: {problems}")
    return result


def load(stdout, style):
    load_employment_statistics()
    created = load_indicators()
    links = load_links(created)
    # Only for indicators created now: figures a coordinator has changed since are kept.
    result = load_observations(created) if created else None
    imported = len(result.created) if result else 0
    stdout.write(
        f"Monitoring demo: {Indicator.objects.count()} indicators, {imported} example "
        f"observations imported, {links} links to practices and path stages added."
    )
