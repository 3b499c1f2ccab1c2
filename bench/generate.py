"""Realistic bilingual content at scale, written in bulk on top of the demo content.

Every text is put together from the demo's own Finnish and Swedish sentences, so the search
index meets real words in real proportions; each word is analysed by Voikko once (the
analysis is cached per word in practices.search_index)."""

import datetime
import random
import re
import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone

from agreements.models import Agreement, Comment, Decision, Party, Section, Version
from networks.models import Actor, Language, Municipality, PathStage, Role, Tie
from portal import caching
from portal import search_index as site_search_index
from portal.models import SearchEntry
from portal.roles import STEERING_GROUP
from practices import search_index
from practices.models import Assessment, Practice, Source, Step, TargetGroup, Theme

BATCH = 2000
SENTENCE = re.compile(r"(?<=[.!?])\s+")
SLUG_PREFIX = "bench"


@dataclass(frozen=True)
class Scale:
    practices: int = 10_000
    sources: int = 2_000
    actors: int = 1_000
    ties: int = 5_000
    versions: int = 20
    sections: int = 30
    comments: int = 2_000
    # The version in review gets this many of the comments; the rest go to older versions.
    comments_in_review: int = 200


@dataclass
class Corpus:
    """Sentences and titles of the demo content, in both languages, side by side."""

    sentences: list[tuple[str, str]]
    titles: list[tuple[str, str]]
    places: list[tuple[str, str]]

    def text(self, rng, count):
        pairs = [rng.choice(self.sentences) for _ in range(count)]
        return " ".join(fi for fi, _sv in pairs), " ".join(sv for _fi, sv in pairs)


def sentences(text):
    return [part.strip() for part in SENTENCE.split(text or "") if len(part.strip()) > 20]


def demo_corpus():
    pairs, titles = [], []
    for practice in Practice.objects.all():
        titles.append((practice.title_fi, practice.title_sv or practice.title_fi))
        for field in ("summary", "description", "aims", "results"):
            fi = sentences(getattr(practice, f"{field}_fi"))
            sv = sentences(getattr(practice, f"{field}_sv"))
            pairs.extend(zip(fi, sv, strict=False))
    places = [(m.name_fi, m.name_sv or m.name_fi) for m in Municipality.objects.all()]
    if not pairs or not places:
        raise RuntimeError("Load the demo content first (manage.py load_demo).")
    return Corpus(sentences=pairs, titles=titles, places=places)


def translated(field, fi, sv):
    return {field: fi, f"{field}_fi": fi, f"{field}_sv": sv}


def bulk(model, objects):
    return model.objects.bulk_create(objects, batch_size=BATCH)


def link(relation, pairs):
    """Rows of a many-to-many table, from (owner pk, other pk) pairs."""
    through = relation.through
    owner, other = relation.field.m2m_field_name(), relation.field.m2m_reverse_field_name()
    through.objects.bulk_create(
        (through(**{f"{owner}_id": a, f"{other}_id": b}) for a, b in set(pairs)),
        batch_size=BATCH * 5,
    )


def pick(rng, items, low, high):
    return rng.sample(items, min(len(items), rng.randint(low, high)))


def generate_sources(rng, corpus, count):
    languages = list(Language.objects.filter(code__in=["fi", "sv", "en"]))
    kinds = list(Source.Kind.values)
    sources = []
    for index in range(count):
        title_fi, title_sv = rng.choice(corpus.titles)
        place_fi, place_sv = rng.choice(corpus.places)
        summary_fi, summary_sv = corpus.text(rng, rng.randint(1, 3))
        year = rng.randint(2005, 2025)
        sources.append(
            Source(
                slug=f"{SLUG_PREFIX}-lahde-{index}",
                kind=rng.choice(kinds),
                publisher=rng.choice(["THL", "TEM", "Pohjanmaan liitto", "Åbo Akademi"]),
                year=year,
                language=rng.choice(languages),
                **translated(
                    "title", f"{title_fi}: {place_fi} {year}", f"{title_sv}: {place_sv} {year}"
                ),
                **translated("summary", summary_fi, summary_sv),
            )
        )
    return bulk(Source, sources)


ACTOR_WORDS = [
    ("Kotoutumispalvelut", "Integrationstjänster"),
    ("Monikulttuurinen yhdistys", "Mångkulturella föreningen"),
    ("Työllisyyspalvelut", "Sysselsättningstjänster"),
    ("Aikuisopisto", "Vuxeninstitutet"),
    ("Nuorisopalvelut", "Ungdomstjänster"),
    ("Perhekeskus", "Familjecentret"),
    ("Rakennusliike", "Byggföretaget"),
    ("Kielikoulu", "Språkskolan"),
    ("Urheiluseura", "Idrottsföreningen"),
    ("Seurakunta", "Församlingen"),
]


def generate_actors(rng, corpus, count):
    municipalities = list(Municipality.objects.values_list("pk", flat=True))
    finnish, swedish = Language.objects.get(code="fi").pk, Language.objects.get(code="sv").pk
    types = list(Actor.Type.values)
    actors = []
    for index in range(count):
        word_fi, word_sv = rng.choice(ACTOR_WORDS)
        place_fi, place_sv = rng.choice(corpus.places)
        description_fi, description_sv = corpus.text(rng, rng.randint(1, 2))
        actors.append(
            Actor(
                slug=f"{SLUG_PREFIX}-toimija-{index}",
                actor_type=rng.choice(types),
                **translated(
                    "name", f"{word_fi} {place_fi} {index}", f"{word_sv} {place_sv} {index}"
                ),
                **translated("description", description_fi, description_sv),
            )
        )
    actors = bulk(Actor, actors)
    link(
        Actor.municipalities,
        [(a.pk, m) for a in actors for m in pick(rng, municipalities, 1, 3)],
    )
    link(
        Actor.languages,
        [(a.pk, code) for a in actors for code in pick(rng, [finnish, swedish], 1, 2)],
    )
    return actors


def generate_ties(rng, actor_pks, count):
    kinds = list(Tie.Kind.values)
    existing = set(Tie.objects.values_list("source_id", "target_id", "kind"))
    ties = set()
    while len(ties) < count:
        source, target = rng.sample(actor_pks, 2)
        key = (source, target, rng.choice(kinds))
        if key not in existing:
            ties.add(key)
    bulk(
        Tie,
        [
            Tie(source_id=s, target_id=t, kind=k, strength=rng.randint(1, 3))
            for s, t, k in sorted(ties)
        ],
    )


def generate_roles(rng, actors):
    """A role at one or two stages for a fifth of the actors: employers and clubs have none."""
    stages = list(PathStage.objects.values_list("pk", flat=True))
    kinds = list(Role.Kind.values)
    roles = [
        Role(actor_id=actor.pk, stage_id=stage, kind=rng.choice(kinds))
        for actor in rng.sample(actors, len(actors) // 5)
        for stage in pick(rng, stages, 1, 2)
    ]
    bulk(Role, roles)


def generate_practices(rng, corpus, count, source_pks, actor_pks):
    statuses = [Practice.Status.PUBLISHED] * 18 + [Practice.Status.DRAFT, Practice.Status.ARCHIVED]
    origins = [value for value, _label in Practice.Origin.choices]
    now = timezone.now()
    practices = []
    for index in range(count):
        title_fi, title_sv = rng.choice(corpus.titles)
        place_fi, place_sv = rng.choice(corpus.places)
        status = rng.choice(statuses)
        values = {}
        for field, low, high in (
            ("summary", 2, 3),
            ("description", 3, 6),
            ("aims", 1, 3),
            ("results", 1, 2),
        ):
            values.update(translated(field, *corpus.text(rng, rng.randint(low, high))))
        started = datetime.date(rng.randint(2008, 2024), rng.randint(1, 12), 1)
        practice = Practice(
            slug=f"{SLUG_PREFIX}-kaytanto-{index}",
            status=status,
            origin=rng.choice(origins),
            started_on=started,
            ended_on=started + datetime.timedelta(days=rng.randint(200, 2000))
            if rng.random() < 0.3
            else None,
            published_at=now - datetime.timedelta(minutes=index)
            if status == Practice.Status.PUBLISHED
            else None,
            contact_organisation="Pohjanmaan liitto",
            **translated(
                "title", f"{title_fi} – {place_fi} {index}", f"{title_sv} – {place_sv} {index}"
            ),
            **values,
        )
        practice.search_terms_title, practice.search_terms_body = search_index.terms_for(practice)
        practices.append(practice)
    practices = bulk(Practice, practices)
    pks = [p.pk for p in practices]
    themes = list(Theme.objects.values_list("pk", flat=True))
    groups = list(TargetGroup.objects.values_list("pk", flat=True))
    stages = list(PathStage.objects.values_list("pk", flat=True))
    municipalities = list(Municipality.objects.values_list("pk", flat=True))
    languages = list(Language.objects.values_list("pk", flat=True))
    for relation, options, low, high in (
        (Practice.themes, themes, 1, 3),
        (Practice.target_groups, groups, 1, 3),
        (Practice.stages, stages, 1, 3),
        (Practice.municipalities, municipalities, 1, 4),
        (Practice.languages, languages, 1, 2),
        (Practice.actors, actor_pks, 1, 2),
        (Practice.sources, source_pks, 0, 3),
    ):
        link(relation, [(pk, other) for pk in pks for other in pick(rng, options, low, high)])
    bulk(
        Step,
        [
            Step(practice_id=pk, order=order, **translated("title", fi[:200], sv[:200]))
            for pk in pks
            for order in range(1, rng.randint(3, 5) + 1)
            for fi, sv in [rng.choice(corpus.sentences)]
        ],
    )
    generate_assessments(rng, pks, source_pks)
    search_index.update_vectors(Practice.objects.filter(pk__in=pks))
    return pks


def generate_assessments(rng, practice_pks, source_pks):
    """One assessment for most practices, at levels the demo's sources can carry (1 and 2)."""
    rated = [pk for pk in practice_pks if rng.random() < 0.8]
    assessments = bulk(
        Assessment,
        [
            Assessment(
                practice_id=pk,
                level=rng.choice([1, 2]),
                rationale="Kuvaus ja perustelut ovat saatavilla. – Beskrivningen finns.",
                assessed_by="Pohjanmaan liitto",
                assessed_on=datetime.date(rng.randint(2015, 2025), 1, 15),
            )
            for pk in rated
        ],
    )
    link(
        Assessment.sources,
        [(a.pk, s) for a in assessments for s in pick(rng, source_pks, 0, 2)],
    )
    latest = {a.practice_id: a for a in assessments}
    practices = list(Practice.objects.filter(pk__in=latest).only("pk"))
    for practice in practices:
        practice.latest_assessment_id = latest[practice.pk].pk
        practice.evidence_level = latest[practice.pk].level
    Practice.objects.bulk_update(
        practices, ["latest_assessment", "evidence_level"], batch_size=BATCH
    )


def generate_agreement(rng, corpus, scale, actor_pks):
    """One letter of intent: versions of sections, under review last, with comments."""
    members = Group.objects.get(name=STEERING_GROUP)
    users = []
    for index in range(20):
        user, _created = get_user_model().objects.get_or_create(
            username=f"{SLUG_PREFIX}-member-{index}", defaults={"email": ""}
        )
        user.groups.add(members)
        users.append(user.pk)
    agreement = Agreement.objects.create(
        slug=f"{SLUG_PREFIX}-aiesopimus",
        **translated(
            "title",
            "Pohjanmaan kotoutumisen aiesopimus (testiaineisto)",
            "Österbottens avsiktsförklaring om integration (testmaterial)",
        ),
    )
    identities = [uuid.uuid4() for _ in range(scale.sections)]
    versions = bulk(
        Version,
        [Version(agreement=agreement, number=number) for number in range(1, scale.versions + 1)],
    )
    # Sections are written while every version is a draft (frozen versions refuse them).
    texts = [corpus.text(rng, rng.randint(2, 5)) for _ in identities]
    sections = []
    for version in versions:
        for order, identity in enumerate(identities, start=1):
            if rng.random() < 0.2:
                texts[order - 1] = corpus.text(rng, rng.randint(2, 5))
            fi, sv = texts[order - 1]
            sections.append(
                Section(
                    version=version,
                    identity=identity,
                    order=order,
                    **translated("heading", f"{order}. {fi[:60]}", f"{order}. {sv[:60]}"),
                    **translated("text", fi, sv),
                )
            )
    sections = bulk(Section, sections)
    last = versions[-1]
    Version.objects.filter(pk__in=[v.pk for v in versions[:-1]]).update(
        status=Version.Status.SUPERSEDED
    )
    Version.objects.filter(pk=last.pk).update(
        status=Version.Status.IN_REVIEW,
        review_closes_on=timezone.localdate() + datetime.timedelta(days=30),
    )
    by_version = {}
    for section in sections:
        by_version.setdefault(section.version_id, []).append(section.pk)
    generate_comments(rng, corpus, scale, versions, by_version, users)
    parties = bulk(
        Party,
        [
            Party(agreement=agreement, actor_id=pk, order=order)
            for order, pk in enumerate(rng.sample(actor_pks, 12), start=1)
        ],
    )
    bulk(Decision, [Decision(party=party, version=versions[-2]) for party in parties])
    return agreement


def generate_comments(rng, corpus, scale, versions, sections_by_version, users):
    """Comments with replies: the version in review gets its share, older ones the rest; a
    quarter of each version's comments are replies to its others."""
    older = versions[:-1] or versions
    plan = [versions[-1]] * scale.comments_in_review + [
        rng.choice(older) for _ in range(scale.comments - scale.comments_in_review)
    ]
    rng.shuffle(plan)

    def comment(version, **extra):
        text = rng.choice(corpus.sentences)[rng.randint(0, 1)]
        return Comment(version=version, author_id=rng.choice(users), text=text, **extra)

    split = len(plan) * 3 // 4
    tops = bulk(
        Comment,
        [
            comment(version, section_id=rng.choice(sections_by_version[version.pk]))
            for version in plan[:split]
        ],
    )
    tops_by_version = {}
    for top in tops:
        tops_by_version.setdefault(top.version_id, []).append(top)
    replies = []
    for version in plan[split:]:
        parent = rng.choice(tops_by_version.get(version.pk) or tops)
        replies.append(comment(parent.version, section_id=parent.section_id, parent=parent))
    bulk(Comment, replies)


def generate(scale: Scale, seed: int = 8, stdout=None, analyze=True):
    """Everything at the given scale, on top of the demo content, in one transaction; then
    PostgreSQL's statistics brought up to date (`analyze`: not inside a test's transaction)."""

    def say(message):
        if stdout is not None:
            stdout.write(message)

    rng = random.Random(seed)
    with transaction.atomic():
        corpus = demo_corpus()
        existing = Actor.objects.count()
        actors = generate_actors(rng, corpus, max(0, scale.actors - existing))
        actor_pks = list(Actor.objects.values_list("pk", flat=True))
        generate_ties(rng, actor_pks, max(0, scale.ties - Tie.objects.count()))
        generate_roles(rng, actors)
        say(f"{len(actor_pks)} actors, {Tie.objects.count()} ties")
        source_pks = [s.pk for s in generate_sources(rng, corpus, scale.sources)]
        say(f"{Source.objects.count()} sources")
        generate_practices(rng, corpus, scale.practices, source_pks, actor_pks)
        say(f"{Practice.objects.count()} practices")
        generate_agreement(rng, corpus, scale, actor_pks)
        say(f"{Comment.objects.count()} comments")
        # Written in bulk, which no signal reports: the site search's index whole.
        site_search_index.rebuild()
        say(f"{SearchEntry.objects.count()} entries in the site search's index")
    if analyze and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    caching.content_changed()
