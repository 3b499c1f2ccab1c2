"""Demo priority rounds, in our own words: the round of autumn 2024 that chose the
employer cooperation priority of 2025–2027 (closed, its result published and linked to that
priority), and a round for the next period, open to everyone from the day the demo is first
loaded. The rankings are made up; no ranking names a person."""

import datetime

from django.utils import timezone

from portal.private_links import hashed
from practices.models import Practice, Priority
from rounds.models import Ballot, Candidate, Ranking, Round

PRACTICES = [
    "ennakkotieto-rekrytoivilta-tyonantajilta",
    "hyva-alku-alkukartoitus-ja-suunnitelma",
    "yhtenainen-alkuvaiheen-ohjaus",
]

CLOSED = {
    "slug": "painopistekierros-2025-2027",
    "title_fi": "Painopistekierros 2025–2027",
    "title_sv": "Prioriteringsrundan 2025–2027",
    "introduction_fi": (
        "Kumppaniverkosto asetti ehdokkaat tärkeysjärjestykseen ennen työvoimapalvelujen "
        "siirtoa kuntiin. Eniten pisteitä saanut ehdokas valittiin painopisteeksi."
    ),
    "introduction_sv": (
        "Partnernätverket rangordnade kandidaterna före överföringen av arbetskraftsservicen "
        "till kommunerna. Kandidaten med flest poäng valdes till prioritering."
    ),
    "dates": ("2024-10-01", "2024-11-15"),
    "period_starts_on": datetime.date(2025, 1, 1),
    "public": False,
    "result": True,
    "priorities": [
        (
            "Työnantajayhteistyö ja työpaikkaohjaus",
            "Samarbete med arbetsgivare och handledning på arbetsplatsen",
            "tyonantajayhteistyo-ja-tyopaikkaohjaus",
        ),
        ("Kielitaito työelämässä", "Språkkunskaper i arbetslivet", None),
        ("Järjestöt kotoutumisen kumppaneina", "Föreningarna som partner i integrationen", None),
    ],
    # Each ranking: the places given to the priorities and to the practices, in order.
    "ballots": [((1, 2, 3), (1, 3, 2))] * 5
    + [((2, 1, 3), (1, 2, None))] * 3
    + [((1, 3, 2), (2, 1, 3))] * 2
    + [((3, 1, None), (None, 1, 2))] * 2,
}

OPEN = {
    "slug": "painopistekierros-2028-2030",
    "title_fi": "Painopistekierros 2028–2030",
    "title_sv": "Prioriteringsrundan 2028–2030",
    "introduction_fi": (
        "Mitkä kotoutumisen asiat ovat Pohjanmaalla tärkeimpiä seuraavalla kaudella? Tällä "
        "kertaa kuka tahansa voi asettaa ehdokkaat järjestykseen ilman tunnusta."
    ),
    "introduction_sv": (
        "Vilka integrationsfrågor är viktigast i Österbotten under nästa period? Den här "
        "gången kan vem som helst rangordna kandidaterna utan konto."
    ),
    "days": (-3, 25),
    "period_starts_on": datetime.date(2028, 1, 1),
    "public": True,
    "result": False,
    "priorities": [
        ("Palvelut selkokielellä", "Tjänster på lättläst språk", None),
        ("Nuorten polut koulutukseen", "De ungas vägar till utbildning", None),
        ("Pienten kuntien yhteiset palvelut", "Gemensamma tjänster för små kommuner", None),
    ],
    "ballots": [((1, 2, None), (2, 1, None))] * 3 + [((2, 1, 3), (None, 1, 2))] * 2,
}


def load_round(data, today):
    zone = timezone.get_current_timezone()
    if "dates" in data:
        opens, closes = map(datetime.date.fromisoformat, data["dates"])
    else:
        opens, closes = (today + datetime.timedelta(days=days) for days in data["days"])
    round_ = Round.objects.create(
        slug=data["slug"],
        title_fi=data["title_fi"] + " (esimerkki)",
        title_sv=data["title_sv"] + " (exempel)",
        introduction_fi=data["introduction_fi"],
        introduction_sv=data["introduction_sv"],
        opens_at=datetime.datetime.combine(opens, datetime.time(9), zone),
        closes_at=datetime.datetime.combine(closes, datetime.time(16), zone),
        period_starts_on=data["period_starts_on"],
        open_to_public=data["public"],
    )
    priorities = [
        Candidate.objects.create(
            round=round_,
            kind=Candidate.Kind.PRIORITY,
            order=order,
            title_fi=title_fi,
            title_sv=title_sv,
            priority=Priority.objects.filter(slug=slug).first() if slug else None,
        )
        for order, (title_fi, title_sv, slug) in enumerate(data["priorities"], 1)
    ]
    found = {p.slug: p for p in Practice.objects.filter(slug__in=PRACTICES)}
    practices = [
        Candidate.objects.create(
            round=round_, kind=Candidate.Kind.PRACTICE, order=order, practice=found[slug]
        )
        for order, slug in enumerate(PRACTICES, 1)
        if slug in found
    ]
    group = Ballot.Group.PUBLIC if data["public"] else Ballot.Group.PARTNER_NETWORK
    for number, (priority_places, practice_places) in enumerate(data["ballots"]):
        ballot = Ballot.objects.create(
            round=round_, group=group, ranker_hash=hashed(f"demo-{round_.slug}-{number}")
        )
        Ranking.objects.bulk_create(
            Ranking(ballot=ballot, candidate=candidate, place=place)
            for candidates, places in ((priorities, priority_places), (practices, practice_places))
            for candidate, place in zip(candidates, places, strict=False)
            if place is not None
        )
    if data["result"]:
        Round.objects.filter(pk=round_.pk).update(result_published_at=round_.closes_at)


def load(stdout, style):
    today = timezone.localdate()
    existing = set(Round.objects.values_list("slug", flat=True))
    for data in (CLOSED, OPEN):
        if data["slug"] not in existing:
            load_round(data, today)
    stdout.write(f"Rounds demo: {Round.objects.count()} priority rounds.")
