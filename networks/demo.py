"""Demo content: Ostrobothnia's sub-regions and municipalities, as the seed documents group
them (the Jakobstad region, K5 on the southern coast, and the Vaasa region)."""

from networks.models import Municipality, SubRegion

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
            "Fem kommuner i norra Österbotten som ordnar tjänster för integration tillsammans."
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
        "description_fi": "Eteläisen Pohjanmaan viiden rannikkokunnan yhteistyöalue.",
        "description_sv": "Samarbetsområdet för fem kustkommuner i södra Österbotten.",
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


def load(stdout, style):
    for data in SUB_REGIONS:
        # get_or_create: a coordinator's later edits to demo records are kept.
        sub_region, _created = SubRegion.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name_fi"],
                **{key: data[key] for key in ("name_fi", "name_sv")},
                **{key: data[key] for key in ("description_fi", "description_sv")},
            },
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
    stdout.write(f"Municipalities: {Municipality.objects.count()}")
