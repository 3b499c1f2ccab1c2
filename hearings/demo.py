"""Demo hearings, in our own words: the partner network's round of spring 2026 opened to
everyone, closed, with its comments, answers and published report; and a hearing open from
the day the demo is first loaded, on the sections about NGOs and languages. Loading again
keeps what is there (matched by identifier). No comment carries a person's name or address."""

import datetime

from django.utils import timezone

from agreements.models import Version
from hearings.models import Hearing, HearingSection, PublicComment, Support
from portal.private_links import hashed

EXAMPLE = " (esimerkki)", " (exempel)"

CLOSED = {
    "slug": "aiesopimus-kevat-2026",
    "version": 2,
    "title_fi": "Kuuleminen: alueellinen aiesopimus, kevät 2026",
    "title_sv": "Hörande: den regionala avsiktsförklaringen, våren 2026",
    "introduction_fi": (
        "Aiesopimuksen toinen luonnos oli kaikkien kommentoitavana kumppaniverkoston "
        "kierroksen aikana. Kysyimme erityisesti, ovatko tavoitteet ymmärrettäviä ja "
        "puuttuuko niistä jotain, mikä on sinulle tärkeää."
    ),
    "introduction_sv": (
        "Det andra utkastet till avsiktsförklaringen var öppet för kommentarer från alla under "
        "partnernätverkets runda. Vi frågade särskilt om målen är begripliga och om något som "
        "är viktigt för dig saknas."
    ),
    "conclusion_fi": (
        "Kommentteja tuli eniten työllisyyden tavoitteesta. Niiden perusteella versioon 3 "
        "lisättiin kielitaidon tukeminen työpaikoilla ja täsmennettiin, että alkuvaiheen "
        "neuvontaa annetaan myös ruotsiksi."
    ),
    "conclusion_sv": (
        "Flest kommentarer gällde målet om sysselsättning. Utifrån dem fick version 3 stöd "
        "för språkkunskaperna på arbetsplatserna, och det preciserades att rådgivningen i "
        "det inledande skedet ges också på svenska."
    ),
    # The partner network's round of version 2 (agreements.demo.TIMELINE).
    "dates": ("2026-03-16", "2026-04-17"),
    "moderation": Hearing.Moderation.BEFORE,
    "report": True,
    "sections": {
        "Tavoite 1: työnhakijat ja työssä käyvät": (
            "Tavoite: maahan muuttaneet saavat työtä nopeammin. Kunnat, TE-palvelut ja "
            "yritykset tekevät yhteistyötä.",
            "Målet: de som flyttat hit får snabbare arbete. Kommunerna, arbetskrafts"
            "tjänsterna och företagen samarbetar.",
        ),
        "Tavoite 2: osallisuus": (
            "Tavoite: jokainen voi osallistua omassa kunnassaan, esimerkiksi järjestöissä ja "
            "harrastuksissa.",
            "Målet: alla kan delta i sin kommun, till exempel i föreningar och på fritiden.",
        ),
        "Tavoite 3: alkuvaiheen ohjaus ja neuvonta": (
            "Tavoite: kun muutat alueelle, saat neuvoa nopeasti ja omalla kielelläsi.",
            "Målet: när du flyttar till regionen får du snabbt råd, på ditt eget språk.",
        ),
    },
    "comments": [
        (
            "Tavoite 1: työnhakijat ja työssä käyvät",
            "fi",
            "",
            "Työpaikoilla tarvitaan tukea suomen kielen oppimiseen. Moni oppii kieltä "
            "parhaiten työn ohessa, jos esihenkilö ja työkaverit tietävät, miten auttaa.",
            "Kiitos. Lisäsimme versioon 3 kirjauksen kielitaidon tukemisesta työpaikoilla.",
            7,
        ),
        (
            "Tavoite 1: työnhakijat ja työssä käyvät",
            "sv",
            "En företagare i Jakobstad",
            "Små företag behöver en person att fråga när de anställer någon som flyttat hit. "
            "Blanketterna och tillstånden tar mycket tid.",
            "Tack. Arbetskraftstjänsterna och företagstjänsterna i regionen har lovat en "
            "gemensam kontaktperson; det nämns nu i version 3.",
            4,
        ),
        (
            "Tavoite 3: alkuvaiheen ohjaus ja neuvonta",
            "sv",
            "",
            "Rådgivningen måste finnas på svenska i hela regionen, inte bara i de större städerna.",
            "Tack. Version 3 preciserar att rådgivningen ges på båda språken.",
            9,
        ),
        (
            "Tavoite 2: osallisuus",
            "fi",
            "Järjestön työntekijä",
            "Harrastukset ovat hyvä tapa tutustua ihmisiin. Kerhojen maksut voivat kuitenkin "
            "olla este lapsiperheille.",
            "",
            2,
        ),
    ],
}

OPEN = {
    "slug": "aiesopimus-jarjestot-ja-kielet",
    "version": 3,
    "title_fi": "Kuuleminen: järjestöt ja kielet aiesopimuksessa",
    "title_sv": "Hörande: föreningarna och språken i avsiktsförklaringen",
    "introduction_fi": (
        "Kerro, miten järjestöjen työ ja palvelut eri kielillä pitäisi ottaa huomioon "
        "aiesopimuksen seuraavassa versiossa. Kommentit näkyvät heti."
    ),
    "introduction_sv": (
        "Berätta hur föreningarnas arbete och tjänsterna på olika språk ska beaktas i nästa "
        "version av avsiktsförklaringen. Kommentarerna visas genast."
    ),
    "days": (-7, 21),
    "moderation": Hearing.Moderation.AFTER,
    "report": False,
    "sections": {
        "Järjestöt kotoutumisen kumppaneina": (
            "Järjestöt auttavat maahan muuttaneita. Kunnat ja järjestöt sopivat, miten ne "
            "tekevät työtä yhdessä.",
            "Föreningarna hjälper dem som flyttat hit. Kommunerna och föreningarna kommer "
            "överens om hur de arbetar tillsammans.",
        ),
        "Kielet ja saavutettavuus": (
            "Palveluja saa suomeksi ja ruotsiksi. Tärkeät tiedot kerrotaan myös selkokielellä "
            "ja muilla kielillä.",
            "Tjänsterna finns på finska och svenska. Viktig information ges också på lättläst "
            "språk och på andra språk.",
        ),
    },
    "comments": [
        (
            "Kielet ja saavutettavuus",
            "fi",
            "",
            "Tulkkauksen pitäisi olla mahdollista myös etänä pienissä kunnissa.",
            "",
            3,
        ),
    ],
}


def load_hearing(data, today):
    version = Version.objects.filter(agreement__isnull=False, number=data["version"]).first()
    if version is None:
        return None
    zone = timezone.get_current_timezone()
    if "dates" in data:
        opens, closes = map(datetime.date.fromisoformat, data["dates"])
    else:
        opens, closes = (today + datetime.timedelta(days=days) for days in data["days"])
    suffix_fi, suffix_sv = EXAMPLE
    hearing = Hearing.objects.create(
        slug=data["slug"],
        version=version,
        title_fi=data["title_fi"] + suffix_fi,
        title_sv=data["title_sv"] + suffix_sv,
        introduction_fi=data["introduction_fi"],
        introduction_sv=data["introduction_sv"],
        conclusion_fi=data.get("conclusion_fi", ""),
        conclusion_sv=data.get("conclusion_sv", ""),
        opens_at=datetime.datetime.combine(opens, datetime.time(9), zone),
        closes_at=datetime.datetime.combine(closes, datetime.time(16), zone),
        moderation=data["moderation"],
    )
    sections = {}
    for heading, (summary_fi, summary_sv) in data["sections"].items():
        section = version.sections.filter(heading_fi=heading).first()
        if section is not None:
            sections[heading] = HearingSection.objects.create(
                hearing=hearing,
                section=section,
                plain_summary_fi=summary_fi,
                plain_summary_sv=summary_sv,
            )
    for number, (heading, language, name, text, answer, supports) in enumerate(data["comments"]):
        if heading not in sections:
            continue
        comment = PublicComment.objects.create(
            section=sections[heading],
            language=language,
            name=name,
            text=text,
            answer=answer,
            answered_at=hearing.closes_at if answer else None,
            status=PublicComment.Status.PUBLISHED,
            moderated_at=hearing.closes_at,
            published_at=hearing.closes_at,
        )
        Support.objects.bulk_create(
            Support(comment=comment, supporter_hash=hashed(f"demo-{comment.pk}-{number}"))
            for number in range(supports)
        )
        # Written during the hearing, a few days apart.
        written = min(hearing.opens_at + datetime.timedelta(days=2 + 3 * number), timezone.now())
        PublicComment.objects.filter(pk=comment.pk).update(supports=supports, created_at=written)
    if data["report"]:
        Hearing.objects.filter(pk=hearing.pk).update(report_published_at=hearing.closes_at)
    return hearing


def load(stdout, style):
    today = timezone.localdate()
    existing = set(Hearing.objects.values_list("slug", flat=True))
    for data in (CLOSED, OPEN):
        if data["slug"] not in existing:
            load_hearing(data, today)
    stdout.write(f"Hearings demo: {Hearing.objects.count()} public hearings.")
