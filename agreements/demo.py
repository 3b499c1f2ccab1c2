"""The demo letter of intent with three versions, its parties, their decisions and the demo
steering-group member's comments (the text is in agreements/demo_text.py)."""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model

from agreements import demo_text as text
from agreements.models import (
    Agreement,
    Comment,
    Commitment,
    Decision,
    FollowUp,
    Party,
    Section,
    Transition,
    Version,
)
from monitoring.models import Indicator
from networks.models import Actor, IntegrationPath, Municipality, SubRegion
from portal.history import bulk as history
from practices.models import Practice

S, A = Version.Status, Version.Audience
HELSINKI = ZoneInfo("Europe/Helsinki")
# A fixed namespace: a section's identity is the same in every version and every load.
IDENTITY_NAMESPACE = uuid.UUID("6f1c4b38-2f54-4d1e-9a55-0d5c3a7b2e10")
TRANSLATED = ("heading_fi", "heading_sv", "text_fi", "text_sv")

# The seeds' plan: the steering group's draft from February, a round with the wider partner
# network, a version approved and sent to each party's decision-making. Every version passes
# a review, as the workflow asks. (status, day, closing day of the review)
TIMELINE = {
    1: {
        "audience": A.STEERING_GROUP,
        "created": "2026-02-02",
        "steps": [
            (S.IN_REVIEW, "2026-02-09", "2026-02-27"),
            (S.REVIEW_CLOSED, "2026-03-02", None),
            (S.SUPERSEDED, "2026-03-09", None),
        ],
    },
    2: {
        "audience": A.PARTNER_NETWORK,
        "created": "2026-03-09",
        "steps": [
            (S.IN_REVIEW, "2026-03-16", "2026-04-17"),
            (S.REVIEW_CLOSED, "2026-04-20", None),
            (S.SUPERSEDED, "2026-05-04", None),
        ],
    },
    3: {
        "audience": A.STEERING_GROUP,
        "created": "2026-05-04",
        "steps": [
            (S.IN_REVIEW, "2026-05-06", "2026-05-15"),
            (S.REVIEW_CLOSED, "2026-05-18", None),
            (S.APPROVED, "2026-05-25", None),
            (S.SENT, "2026-06-01", None),
        ],
    },
}


# How commitments are followed (the figures are the monitoring demo's example data):
# (party, its commitment's number, indicator, area or None for the region, baseline year,
# target value, target year).
FOLLOW_UPS = [
    ("pohjanmaan-liitto", 2, "tyollisyysaste-vieraskieliset", None, 2023, "66.0", 2029),
    ("pohjanmaan-liitto", 2, "jarjestotoimintaan-osallistuneet", None, 2023, "35.0", 2029),
    (
        "vaasan-kaupunki",
        1,
        "arviointi-kahdessa-kuukaudessa",
        ("municipality", "vaasa"),
        2023,
        "90",
        2029,
    ),
    ("pohjanmaan-tyollisyysalue", 1, "arviointi-kahdessa-kuukaudessa", None, 2023, "90", 2029),
    ("pohjanmaan-tyollisyysalue", 2, "tyottomat-ulkomaan-kansalaiset", None, 2023, "700", 2029),
    (
        "pietarsaaren-seudun-kotoutumisyksikko",
        1,
        "arviointi-kahdessa-kuukaudessa",
        ("sub_region", "pietarsaaren-seutu"),
        2023,
        "90",
        2029,
    ),
    (
        "punainen-risti-pohjanmaa",
        2,
        "jarjestotoimintaan-osallistuneet",
        ("sub_region", "vaasan-seutu"),
        2023,
        "36.0",
        2029,
    ),
]


def day(value, hour=9):
    date = datetime.date.fromisoformat(value)
    return datetime.datetime.combine(date, datetime.time(hour), tzinfo=HELSINKI)


def identity(key):
    return uuid.uuid5(IDENTITY_NAMESPACE, key)


def sections_of_each_version():
    """{number: [section data in order]}, version 1 as written, later ones with changes."""
    current = {data["key"]: dict(data) for data in text.SECTIONS_V1}
    result = {1: list(current.values())}
    for number in sorted(text.VERSION_CHANGES):
        change = text.VERSION_CHANGES[number]
        current = {key: dict(data) for key, data in current.items()}
        for key, fields in change["changed"].items():
            current[key].update(fields)
        for data in change["added"]:
            current[data["key"]] = dict(data)
        for key in change["removed"]:
            del current[key]
        result[number] = [current[key] for key in change["order"]]
    return result


def create_version(agreement, number, sections, based_on):
    plan = TIMELINE[number]
    version = Version.objects.create(
        agreement=agreement, number=number, audience=plan["audience"], based_on=based_on
    )
    history.bulk_create(
        Section,
        (
            Section(
                version=version,
                identity=identity(data["key"]),
                order=order,
                heading=data["heading_fi"],
                text=data["text_fi"],
                **{field: data[field] for field in TRANSLATED},
            )
            for order, data in enumerate(sections, start=1)
        ),
    )
    Version.objects.filter(pk=version.pk).update(created_at=day(plan["created"]))
    return version


def move_along(version, coordinator):
    """The version's steps of the plan, on their days; its text is written by then."""
    plan = TIMELINE[version.number]
    record(version, S.DRAFT, S.DRAFT, plan["created"], coordinator)
    status = S.DRAFT
    for to_status, on, closes in plan["steps"]:
        record(version, status, to_status, on, coordinator)
        status = to_status
        if closes:
            Version.objects.filter(pk=version.pk).update(
                review_closes_on=datetime.date.fromisoformat(closes)
            )
    # Set last: the text of a frozen version cannot be written.
    Version.objects.filter(pk=version.pk).update(status=status)
    history.record_changed(Version.objects.filter(pk=version.pk))
    version.refresh_from_db()


def record(version, from_status, to_status, on, coordinator):
    transition = Transition.objects.create(
        version=version, from_status=from_status, to_status=to_status, by=coordinator
    )
    Transition.objects.filter(pk=transition.pk).update(at=day(on))


def load_parties(agreement):
    actors = {actor.slug: actor for actor in Actor.objects.all()}
    parties = {}
    for order, data in enumerate(text.PARTIES, start=1):
        parties[data["actor"]] = Party.objects.create(
            agreement=agreement,
            actor=actors[data["actor"]],
            order=order,
            role=data["role_fi"],
            role_fi=data["role_fi"],
            role_sv=data["role_sv"],
        )
    return parties


def load_commitments(version, parties):
    """The parties' commitments in a version (the same in each of the demo's versions)."""
    practices = {practice.slug: practice for practice in Practice.objects.all()}
    paths = {path.slug: path for path in IntegrationPath.objects.all()}
    for data in text.PARTIES:
        for number, item in enumerate(data["commitments"], start=1):
            commitment = Commitment.objects.create(
                version=version,
                party=parties[data["actor"]],
                order=number,
                text=item["text_fi"],
                text_fi=item["text_fi"],
                text_sv=item["text_sv"],
            )
            commitment.practices.set(practices[slug] for slug in item["practices"])
            commitment.paths.set(paths[slug] for slug in item["paths"])


def load_decisions(parties, versions):
    for data in text.DECISIONS:
        decided_on = data["decided_on"]
        Decision.objects.create(
            party=parties[data["actor"]],
            version=versions[data["version"]],
            status=data["status"],
            body=data["body_fi"],
            body_fi=data["body_fi"],
            body_sv=data["body_sv"],
            decided_on=datetime.date.fromisoformat(decided_on) if decided_on else None,
        )


def load_follow_ups(version, parties):
    indicators = {indicator.slug: indicator for indicator in Indicator.objects.all()}
    areas = {
        "municipality": {m.slug: m for m in Municipality.objects.all()},
        "sub_region": {r.slug: r for r in SubRegion.objects.all()},
    }
    for order, (actor, number, slug, area, baseline, target, by) in enumerate(FOLLOW_UPS, 1):
        if slug not in indicators:
            continue  # the monitoring demo's indicator was removed meanwhile
        commitment = parties[actor].commitments.get(version=version, order=number)
        FollowUp.objects.create(
            commitment=commitment,
            indicator=indicators[slug],
            baseline_year=baseline,
            target_value=target,
            target_year=by,
            order=order,
            **({area[0]: areas[area[0]][area[1]]} if area else {}),
        )


def load_comments(versions, member):
    for number, data in enumerate(text.COMMENTS):
        version = versions[data["version"]]
        section = version.sections.get(identity=identity(data["section"]))
        # Spread over the review, a day apart; the digest of them went out long ago.
        written = day(TIMELINE[data["version"]]["steps"][0][1], hour=10) + datetime.timedelta(
            days=number % 8
        )
        comment = Comment.objects.create(
            version=version,
            section=section,
            author=member,
            text=data["text"],
            status=data["status"],
            response=data["response"],
        )
        Comment.objects.filter(pk=comment.pk).update(
            created_at=written, updated_at=written, digested_at=written
        )
        for hours, reply_text in enumerate(data["replies"], start=1):
            reply = Comment.objects.create(
                version=version, section=section, parent=comment, author=member, text=reply_text
            )
            at = written + datetime.timedelta(hours=hours)
            Comment.objects.filter(pk=reply.pk).update(created_at=at, updated_at=at, digested_at=at)


def load(stdout, style):
    if Agreement.objects.filter(slug=text.AGREEMENT["slug"]).exists():
        stdout.write("Agreements demo: the letter of intent is already there; left as it is.")
        return
    users = get_user_model().objects
    coordinator = users.filter(username="koordinaattori").first()
    member = users.filter(username="ohjausryhma").first()
    agreement = Agreement.objects.create(
        slug=text.AGREEMENT["slug"],
        title=text.AGREEMENT["title_fi"],
        description=text.AGREEMENT["description_fi"],
        **{
            f"{field}_{code}": text.AGREEMENT[f"{field}_{code}"]
            for field in ("title", "description")
            for code in ("fi", "sv")
        },
    )
    parties = load_parties(agreement)
    versions, previous = {}, None
    for number, sections in sections_of_each_version().items():
        previous = versions[number] = create_version(agreement, number, sections, previous)
        load_commitments(previous, parties)
        if number == max(TIMELINE):
            # The version sent to the parties names how its commitments are followed.
            load_follow_ups(previous, parties)
        move_along(previous, coordinator)
    load_decisions(parties, versions)
    if member is not None:
        load_comments(versions, member)
    else:
        stdout.write(style.WARNING("Agreements demo: no demo users, so no comments."))
    stdout.write(
        f"Agreements demo: 1 letter of intent, {len(versions)} versions, {len(parties)} "
        f"parties, {Comment.objects.filter(version__agreement=agreement).count()} comments."
    )
