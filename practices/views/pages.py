"""The practice page, compare, the evidence scale, priorities and attachments."""

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.db.models import (
    Count,
    DateTimeField,
    F,
    IntegerField,
    Prefetch,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Cast
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from networks.coverage import build_coverage
from networks.models import Actor, Language, Municipality, PathStage
from portal import caching
from portal.localised import localised
from portal.registry import registry
from practices import compare_rows, comparison
from practices.comparison import COMPARE_MAX, compare_url
from practices.evidence import CRITERIA, CROSSWALK, FINDINGS, SCALE, EvidenceLevel
from practices.models import (
    Adoption,
    Assessment,
    Attachment,
    Link,
    Practice,
    Priority,
    PrioritySelection,
    Source,
    TargetGroup,
    Theme,
)
from practices.uploads import content_type_for


@dataclass(frozen=True)
class Named:
    """A name in one of a practice's lists (themes, actors, …), in both languages."""

    kind: str
    key: str
    name_fi: str
    name_sv: str
    rank: int
    when: datetime.datetime | None = None  # an event's start

    @property
    def url(self):
        if self.kind == "priorities":
            return reverse("practices:priority-list") + f"#{self.key}"
        route = {
            "municipalities": "networks:municipality-detail",
            "actors": "networks:actor-detail",
            "related": "practices:detail",
            "indicators": "monitoring:indicator-detail",
            "events": "events:detail",
        }.get(self.kind)
        return reverse(route, kwargs={"slug": self.key}) if route else ""


def named_lists(practice, public_only):
    """The practice's themes, target groups, languages, municipalities, actors, related
    practices, the priorities that selected it, the indicators it aims to improve and the
    meetings and events on it, in one query: nine short lists of names would otherwise cost
    nine queries."""
    related = Practice.objects.filter(related=practice)
    if public_only:
        related = related.published()
    # Monitoring and events depend on this app, not the other way round: their indicators
    # and events are read through their reverse relations.
    indicator_model = Practice._meta.get_field("indicators").related_model
    event_model = Practice._meta.get_field("events").related_model
    of_practice = {"practices": practice}
    by_order, by_name = F("order"), Value(0, output_field=IntegerField())
    wanted = [
        ("themes", Theme.objects.filter(**of_practice), "slug", "name", by_order),
        ("target_groups", TargetGroup.objects.filter(**of_practice), "slug", "name", by_order),
        ("languages", Language.objects.filter(**of_practice), "code", "name", by_order),
        ("municipalities", Municipality.objects.filter(**of_practice), "slug", "name", by_name),
        ("actors", Actor.objects.filter(**of_practice), "slug", "name", by_name),
        ("related", related, "slug", "title", by_name),
        ("priorities", Priority.objects.filter(**of_practice), "slug", "title", by_name),
        ("indicators", indicator_model.objects.filter(**of_practice), "slug", "name", by_order),
        (
            "events",
            event_model.objects.filter(is_published=True, **of_practice),
            "slug",
            "title",
            by_name,
        ),
    ]
    # Typed, or PostgreSQL takes the first part's NULL for text and refuses the union.
    no_time = Cast(Value(None), DateTimeField())
    parts = [
        queryset.order_by()
        # Named apart from every model's own fields (an event has a kind of its own).
        .annotate(
            named_kind=Value(kind),
            named_key=F(key),
            named_fi=F(f"{name}_fi"),
            named_sv=F(f"{name}_sv"),
            named_rank=rank,
            named_when=F("starts_at") if kind == "events" else no_time,
        )
        .values_list("named_kind", "named_key", "named_fi", "named_sv", "named_rank", "named_when")
        for kind, queryset, key, name, rank in wanted
    ]
    lists = {kind: [] for kind, *_rest in wanted}
    for kind, key, name_fi, name_sv, rank, when in parts[0].union(*parts[1:], all=True):
        lists[kind].append(Named(kind, key, name_fi or "", name_sv or "", rank, when))
    for items in lists.values():
        items.sort(key=lambda n: (n.rank, localised(n, "name").text.casefold()))
    lists["events"] = events_in_order(lists["events"])
    return lists


def events_in_order(events):
    """The coming events, the soonest first, then the past ones, the latest first."""
    now = timezone.now()
    coming = sorted((e for e in events if e.when >= now), key=lambda e: e.when)
    past = sorted((e for e in events if e.when < now), key=lambda e: e.when, reverse=True)
    return coming + past


def can_preview(user):
    """Coordinators see drafts, archived practices and their attachments."""
    return user.is_authenticated and user.has_perm("practices.change_practice")


@dataclass(frozen=True)
class Download:
    """A link or an attachment of a practice, in both languages."""

    title_fi: str
    title_sv: str
    url: str
    is_attachment: bool
    fallback: str  # shown when neither language has a title: the address or the file


def links_and_attachments(practice):
    """The practice's links and its attachments in one query."""
    by_pk = F("pk")
    links = Link.objects.filter(practice=practice).annotate(
        attachment=Value(False), target=F("url"), at=by_pk
    )
    attachments = Attachment.objects.filter(practice=practice).annotate(
        attachment=Value(True), target=F("file"), at=by_pk
    )
    fields = ("attachment", "at", "title_fi", "title_sv", "target")
    rows = (
        links.order_by()
        .values_list(*fields)
        .union(attachments.order_by().values_list(*fields), all=True)
    )
    downloads = []
    for is_attachment, pk, title_fi, title_sv, target in sorted(rows, key=lambda r: r[:2]):
        url = reverse("practices:attachment", kwargs={"pk": pk}) if is_attachment else target
        downloads.append(Download(title_fi or "", title_sv or "", url, is_attachment, target))
    return downloads


def practice_body(practice, preview):
    """The practice's record below its title, from its assessments, steps, sources, paths,
    links, adoptions, commitments, feedback and names: ten queries, made only when the cached
    HTML is missing."""
    sources = Source.objects.select_related("language")
    prefetch_related_objects(
        [practice],
        "steps",
        # Each source's title is marked with its document's language (Source.localised_title).
        Prefetch(
            "assessments",
            queryset=Assessment.objects.prefetch_related(Prefetch("sources", queryset=sources)),
        ),
        Prefetch("sources", queryset=sources),
        Prefetch("stages", queryset=PathStage.objects.select_related("path")),
    )
    assessments = list(practice.assessments.all())
    latest = next((a for a in assessments if a.pk == practice.latest_assessment_id), None)
    adoptions = Adoption.objects.filter(practice=practice, is_published=True)
    return render_to_string(
        "practices/includes/practice_body.html",
        {
            "practice": practice,
            "latest": latest or (assessments[0] if assessments else None),
            "assessments": assessments,
            # Coordinators also see the related practices that are not public.
            "names": named_lists(practice, public_only=not preview),
            "downloads": links_and_attachments(practice),
            # Those in use first (the newest first), then those that ended latest.
            "adoptions": adoptions.select_related("municipality", "actor").order_by(
                F("ended_on").desc(nulls_first=True), F("started_on").desc(nulls_last=True), "pk"
            ),
            # The letter of intent depends on this app: read through the reverse relation.
            "commitments": practice.commitments.public(),
            "feedback": practice.feedback.public().select_related("answered_by"),
        },
    )


@caching.query_parameters("p")
def practice_detail(request, slug):
    """The whole record of a practice; drafts and archived ones only for coordinators."""
    preview = can_preview(request.user)
    practice = get_object_or_404(Practice.objects.visible_to(request.user), slug=slug)
    bar = comparison.bar(request)
    chosen = [p.slug for p in bar["practices"]] if bar else []
    body = caching.cached_html(
        "practice-body", (practice.pk, preview), lambda: practice_body(practice, preview)
    )
    return render(
        request,
        "practices/practice_detail.html",
        {
            "practice": practice,
            "body": body,
            "is_public": practice.status == Practice.Status.PUBLISHED,
            "comparison": bar,
            "in_comparison": practice.slug in chosen,
            "compare_is_full": len(chosen) >= COMPARE_MAX,
            "compare_max": COMPARE_MAX,
        },
    )


@caching.query_parameters("p")
def compare(request):
    """Up to three published practices side by side; with fewer than two, how to choose.
    The practices named in the address (?p=, a comparison someone shared), or else those
    the visitor has chosen."""
    if "p" in request.GET:
        asked = {value for value in request.GET.getlist("p") if value.strip()}
        chosen = comparison.valid_slugs(request.GET.getlist("p"))
    else:
        chosen = comparison.chosen(request)
        asked = set(chosen)
    found = {
        practice.slug: practice
        for practice in Practice.objects.published()
        .filter(slug__in=chosen)
        .select_related("latest_assessment")
        .prefetch_related("target_groups", "themes", "municipalities")
    }
    valid = [found[slug] for slug in chosen if slug in found]
    notices = []
    unknown = len(asked) - len(valid)
    if unknown > 0:
        notices.append(
            translation.ngettext(
                "%(count)d of the chosen practices was not found; it is left out.",
                "%(count)d of the chosen practices were not found; they are left out.",
                unknown,
            )
            % {"count": unknown}
        )
    if len(valid) > COMPARE_MAX:
        notices.append(
            _("At most three practices can be compared at once: showing the first three.")
        )
        valid = valid[:COMPARE_MAX]
    slugs = [practice.slug for practice in valid]
    columns = [{"practice": practice} for practice in valid]
    choices = []
    if len(valid) < COMPARE_MAX:
        choices = (
            Practice.objects.published()
            .exclude(slug__in=slugs)
            .only("slug", "title_fi", "title_sv")
        )
    return render(
        request,
        "practices/compare.html",
        {
            "columns": columns,
            "rows": compare_rows.rows(valid),
            "slugs": slugs,
            "notices": notices,
            "choices": choices,
            "compare_max": COMPARE_MAX,
        },
    )


# Adding to or removing from one's own comparison changes nothing but the visitor's own
# session, so a forged request can do no harm; and the forms that send it sit on pages cached
# whole for every anonymous visitor (the list, the practice pages), which cannot hold a
# per-visitor CSRF token.
@csrf_exempt
@require_POST
def compare_change(request):
    """Adds a practice to or removes one from the comparison, with a message, and goes back
    where the form was (`next`) or to the comparison. The compare page sends the practices
    it shows (`p`), so that its buttons act on what the reader sees."""
    if "p" in request.POST:
        chosen = comparison.valid_slugs(request.POST.getlist("p"))[:COMPARE_MAX]
    else:
        chosen = comparison.chosen(request)
    add = comparison.valid_slugs([request.POST.get("add", "")])
    remove = comparison.valid_slugs([request.POST.get("remove", "")])
    if add:
        chosen = add_to(request, chosen, add[0])
    if remove and remove[0] in chosen:
        chosen = [slug for slug in chosen if slug != remove[0]]
        practice = Practice.objects.filter(slug=remove[0]).only("title_fi", "title_sv").first()
        title = localised(practice, "title") if practice else remove[0]
        messages.info(request, _("“%(title)s” was removed from the comparison.") % {"title": title})
    comparison.keep(request, chosen)
    back = request.POST.get("next", "")
    if back.startswith("/") and url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        if add and add[0] not in chosen:
            # Not added (three chosen, or gone): the row would not change, so the page opens
            # at the message that says why, above the visitor's comparison.
            back = back.split("#", 1)[0] + "#messages"
        return redirect(back)
    return redirect(compare_url(chosen))


def add_to(request, chosen, slug):
    """`chosen` with the published practice `slug` added, and a message that says what
    happened: added, already there, too many, or not found."""
    practice = Practice.objects.published().filter(slug=slug).only("slug", "title_fi", "title_sv")
    practice = practice.first()
    if practice is None:
        messages.error(request, _("The practice was not found, so it was not added."))
        return chosen
    title = localised(practice, "title")
    if slug in chosen:
        messages.info(request, _("“%(title)s” is already in the comparison.") % {"title": title})
        return chosen
    if len(chosen) >= COMPARE_MAX:
        messages.warning(
            request,
            _(
                "At most three practices can be compared at once: “%(title)s” was not added. "
                "Remove one from the comparison first."
            )
            % {"title": title},
        )
        return chosen
    chosen = [*chosen, slug]
    messages.success(
        request,
        _("“%(title)s” was added to the comparison (%(count)d of %(max)d).")
        % {"title": title, "count": len(chosen), "max": COMPARE_MAX},
    )
    return chosen


def evidence_scale(request):
    """The published scale, its criteria, the rules about sources and the crosswalk."""
    counts = dict(
        Practice.objects.published()
        .order_by()
        .values_list("evidence_level")
        .annotate(count=Count("pk"))
    )
    list_url = reverse("practices:list")

    def level_row(level):
        return {
            "value": int(level),
            "label": level.label,
            "criteria": CRITERIA[level],
            "crosswalk": CROSSWALK.get(level),
            "count": counts.get(int(level), 0),
            # The list filters by a minimum level on the 1–5 scale only.
            "list_url": f"{list_url}?{urlencode({'evidence': int(level)})}"
            if level in SCALE
            else "",
        }

    return render(
        request,
        "practices/evidence_scale.html",
        {
            "scale": [level_row(level) for level in reversed(SCALE)],
            "findings": [level_row(level) for level in FINDINGS],
            "not_assessed": level_row(EvidenceLevel.NOT_ASSESSED),
            "crosswalk": [level_row(level) for level in [*reversed(SCALE), *FINDINGS]],
            "source_kinds": Source.Kind,
        },
    )


def priority_list(request):
    """Each regional priority with its period, the published practices selected for it, the
    stages it answers with their gaps today, and what other apps add (how its indicators
    move, from monitoring)."""
    selections = PrioritySelection.objects.filter(
        practice__status=Practice.Status.PUBLISHED
    ).select_related("practice")
    priorities = list(
        Priority.objects.prefetch_related(
            Prefetch("selections", queryset=selections),
            Prefetch("stages", queryset=PathStage.objects.select_related("path")),
        )
    )
    gaps_at = stage_gap_counts({stage for p in priorities for stage in p.stages.all()})
    blocks = [(block, block.context(request, priorities)) for block in registry.priorities_blocks]
    for priority in priorities:
        priority.stage_gaps = [(stage, gaps_at.get(stage.pk, 0)) for stage in priority.stages.all()]
        priority.blocks = [
            (block.template_name, contexts[priority.pk])
            for block, contexts in blocks
            if priority.pk in contexts
        ]
    return render(request, "practices/priority_list.html", {"priorities": priorities})


def stage_gap_counts(stages):
    """{stage pk: the number of municipalities served at it in neither or only one of
    Finnish and Swedish today}, in two queries."""
    if not stages:
        return {}
    coverage = build_coverage(
        sorted(stages, key=lambda s: s.pk), Municipality.objects.all(), timezone.localdate()
    )
    counts = {}
    for cell in coverage.cells:
        if cell.has_gap:
            counts[cell.stage.pk] = counts.get(cell.stage.pk, 0) + 1
    return counts


def serve_download(field_file):
    """A stored file as a download that a browser never renders as a page."""
    if not field_file:
        raise Http404
    try:
        handle = field_file.storage.open(field_file.name, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=field_file.name.rsplit("/", 1)[-1],
        content_type=content_type_for(field_file.name),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response


def attachment_download(request, pk):
    """An attachment as a download; those of unpublished practices only for coordinators."""
    attachment = get_object_or_404(
        Attachment.objects.filter(practice__in=Practice.objects.visible_to(request.user)),
        pk=pk,
    )
    return serve_download(attachment.file)
