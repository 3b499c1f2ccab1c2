"""Demo meetings and events, in our own words: a steering group meeting on the letter of
intent, a cooperation meeting with its minutes, a training, a peer visit and a webinar. Their
dates are set from the day the demo is first loaded, so the calendar has something coming up;
loading again keeps what is there (matched by identifier)."""

import datetime

from django.utils import timezone

from agreements.models import Version
from events.models import Event
from practices.models import Practice, Priority, Source

EXAMPLE = " (esimerkki)", " (exempel)"

EVENTS = [
    {
        "slug": "ohjausryhman-kokous-aiesopimus",
        "kind": Event.Kind.STEERING_GROUP,
        "days": 14,
        "hours": (13, 15),
        "language": Event.Language.BOTH,
        "title_fi": "Ohjausryhmän kokous: aiesopimuksen luonnos",
        "title_sv": "Styrgruppens möte: utkastet till avsiktsförklaringen",
        "place_fi": "Pohjanmaan liitto, Vaasa, ja verkossa",
        "place_sv": "Österbottens förbund, Vasa, och på distans",
        "online_url": "https://example.org/kokous",
        "agenda_fi": (
            "1. Kokouksen avaus\n"
            "2. Aiesopimuksen luonnoksen kommentit ja vastaukset\n"
            "3. Alueen painopisteet seuraavalle kaudelle\n"
            "4. Seuraava kokous"
        ),
        "agenda_sv": (
            "1. Mötets öppnande\n"
            "2. Kommentarerna till utkastet till avsiktsförklaringen och svaren\n"
            "3. Regionens prioriteringar för följande period\n"
            "4. Nästa möte"
        ),
        "versions": True,
        "priorities": ["nopea-ja-yhtenainen-alkuvaiheen-ohjaus"],
    },
    {
        "slug": "yhteistyokokous-alkuvaiheen-palvelut",
        "kind": Event.Kind.COOPERATION,
        "days": -60,
        "hours": (9, 12),
        "language": Event.Language.BOTH,
        "title_fi": "Yhteistyökokous: alkuvaiheen palvelut Pohjanmaalla",
        "title_sv": "Samarbetsmöte: tjänsterna i det inledande skedet i Österbotten",
        "place_fi": "Vaasan kaupungintalo",
        "place_sv": "Vasa stadshus",
        "agenda_fi": "1. Alkukartoitukset kunnissa\n2. Ruotsinkieliset palvelut\n3. Yhteenveto",
        "agenda_sv": (
            "1. Inledande kartläggningar i kommunerna\n2. Tjänster på svenska\n3. Sammanfattning"
        ),
        "minutes_fi": (
            "Esimerkki: kunnat kertoivat alkukartoitusten käytännöistään. Todettiin, että "
            "ruotsinkielisiä kielitestejä tarvitaan lisää, ja sovittiin yhteisestä "
            "koulutuksesta keväällä."
        ),
        "minutes_sv": (
            "Exempel: kommunerna berättade om hur de gör de inledande kartläggningarna. Det "
            "konstaterades att det behövs fler språktest på svenska, och man kom överens om "
            "en gemensam utbildning på våren."
        ),
        "practices": ["hyva-alku-alkukartoitus-ja-suunnitelma"],
        "materials": ["hyva-alku-pohjanmaalla-hankekuvaus"],
    },
    {
        "slug": "koulutus-kotivanhempien-kieliryhmat",
        "kind": Event.Kind.TRAINING,
        "days": 21,
        "hours": (12, 16),
        "language": Event.Language.FINNISH,
        "capacity": 20,
        "title_fi": "Koulutus: kotivanhempien kieliryhmän aloittaminen",
        "title_sv": "Utbildning: att starta en språkgrupp för hemmaföräldrar",
        "place_fi": "Kansalaisopisto, Vaasa",
        "place_sv": "Medborgarinstitutet, Vasa",
        "description_fi": (
            "Käytännön koulutus kunnille ja järjestöille, jotka haluavat aloittaa "
            "kotivanhempien kieliryhmän lastenhoidon kanssa."
        ),
        "description_sv": (
            "En praktisk utbildning för kommuner och föreningar som vill starta en språkgrupp "
            "för hemmaföräldrar med barnpassning."
        ),
        "practices": ["kotivanhempien-kieliryhma-lastenhoidon-kanssa"],
        "materials": ["esimerkki-seuranta-kotivanhempien-kieliryhmat"],
    },
    {
        "slug": "vertaiskaynti-pietarsaaren-seutu",
        "kind": Event.Kind.PEER_VISIT,
        "days": 42,
        "hours": (10, 14),
        "language": Event.Language.SWEDISH,
        "capacity": 12,
        "title_fi": "Vertaiskäynti Pietarsaaren seudun kotoutumisyksikköön",
        "title_sv": "Studiebesök på integrationsenheten i Jakobstadsnejden",
        "place_fi": "Pietarsaari",
        "place_sv": "Jakobstad",
        "practices": ["hyva-alku-alkukartoitus-ja-suunnitelma"],
    },
    {
        "slug": "webinaari-kotoutumislaki",
        "kind": Event.Kind.WEBINAR,
        "days": 35,
        "hours": (14, 15),
        "language": Event.Language.FINNISH,
        "capacity": 100,
        "title_fi": "Webinaari: uusi kotoutumislaki kuntien työssä",
        "title_sv": "Webbinarium: den nya integrationslagen i kommunernas arbete",
        "online_url": "https://example.org/webinaari",
        "materials": ["kotoutumislaki-681-2023"],
    },
]


def load_event(data, today):
    starts_on = today + datetime.timedelta(days=data["days"])
    # Meetings are held on weekdays: a Saturday or Sunday moves to the Monday.
    if starts_on.weekday() >= 5:
        starts_on += datetime.timedelta(days=7 - starts_on.weekday())
    start_hour, end_hour = data["hours"]
    zone = timezone.get_current_timezone()

    def at(hour):
        return datetime.datetime.combine(starts_on, datetime.time(hour), zone)

    texts = {
        f"{field}_{code}": data.get(f"{field}_{code}", "")
        for field in ("description", "place", "agenda", "minutes")
        for code in ("fi", "sv")
    }
    suffix_fi, suffix_sv = EXAMPLE
    event = Event.objects.create(
        slug=data["slug"],
        kind=data["kind"],
        language=data["language"],
        title_fi=data["title_fi"] + suffix_fi,
        title_sv=data["title_sv"] + suffix_sv,
        starts_at=at(start_hour),
        ends_at=at(end_hour),
        online_url=data.get("online_url", ""),
        capacity=data.get("capacity"),
        **texts,
    )
    event.practices.set(Practice.objects.filter(slug__in=data.get("practices", [])))
    event.materials.set(Source.objects.filter(slug__in=data.get("materials", [])))
    event.priorities.set(Priority.objects.filter(slug__in=data.get("priorities", [])))
    if data.get("versions"):
        event.versions.set(Version.objects.order_by("-number")[:1])


def load(stdout, style):
    today = timezone.localdate()
    existing = set(Event.objects.values_list("slug", flat=True))
    for data in EVENTS:
        if data["slug"] not in existing:
            load_event(data, today)
    stdout.write(f"Events demo: {Event.objects.count()} meetings and events.")
