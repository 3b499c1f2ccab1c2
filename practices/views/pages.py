"""The practice page, compare, the evidence scale, priorities and attachments."""

import re
from dataclasses import dataclass

from django.db.models import Count, F, IntegerField, Prefetch, Value, prefetch_related_objects
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from networks.models import Actor, Language, Municipality, PathStage
from portal import fragments, page_cache
from practices.evidence import CRITERIA, CROSSWALK, FINDINGS, SCALE, EvidenceLevel
from practices.models import (
    Assessment,
    Attachment,
    Practice,
    Priority,
    PrioritySelection,
    Source,
    TargetGroup,
    Theme,
)
from practices.uploads import content_type_for

COMPARE_MAX = 3
# Slugs only: anything else in ?p= cannot name a practice and never reaches the database.
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")
# More values than this in ?p= are not looked at at all.
COMPARE_READ_MAX = 20


@dataclass(frozen=True)
class Named:
    """A name in one of a practice's lists (themes, actors, …), in both languages."""

    kind: str
    key: str
    name_fi: str
    name_sv: str
    rank: int

    @property
    def url(self):
        route = {
            "municipalities": "networks:municipality-detail",
            "actors": "networks:actor-detail",
            "related": "practices:detail",
        }.get(self.kind)
        return reverse(route, kwargs={"slug": self.key}) if route else ""


def named_lists(practice, public_only):
    """The practice's themes, target groups, languages, municipalities, actors and related
    practices in one query: six short lists of names would otherwise cost six queries."""
    related = Practice.objects.filter(related=practice)
    if public_only:
        related = related.published()
    of_practice = {"practices": practice}
    by_order, by_name = F("order"), Value(0, output_field=IntegerField())
    wanted = [
        ("themes", Theme.objects.filter(**of_practice), "slug", "name", by_order),
        ("target_groups", TargetGroup.objects.filter(**of_practice), "slug", "name", by_order),
        ("languages", Language.objects.filter(**of_practice), "code", "name", by_order),
        ("municipalities", Municipality.objects.filter(**of_practice), "slug", "name", by_name),
        ("actors", Actor.objects.filter(**of_practice), "slug", "name", by_name),
        ("related", related, "slug", "title", by_name),
    ]
    parts = [
        queryset.order_by()
        .annotate(
            kind=Value(kind),
            key=F(key),
            fi=F(f"{name}_fi"),
            sv=F(f"{name}_sv"),
            rank=rank,
        )
        .values_list("kind", "key", "fi", "sv", "rank")
        for kind, queryset, key, name, rank in wanted
    ]
    lists = {kind: [] for kind, *_rest in wanted}
    for kind, key, name_fi, name_sv, rank in parts[0].union(*parts[1:], all=True):
        lists[kind].append(Named(kind, key, name_fi or "", name_sv or "", rank))
    swedish = translation.get_language() == "sv"
    for items in lists.values():
        items.sort(key=lambda n: (n.rank, ((n.name_sv if swedish else "") or n.name_fi).casefold()))
    return lists


def chosen_for_comparison(query):
    """The slugs in ?p=, in order, without repeats or values that cannot be slugs."""
    chosen = []
    for value in query.getlist("p")[:COMPARE_READ_MAX]:
        if SLUG_RE.match(value) and value not in chosen:
            chosen.append(value)
    return chosen


def compare_url(slugs):
    url = reverse("practices:compare")
    return f"{url}?{urlencode({'p': slugs}, doseq=True)}" if slugs else url


def can_preview(user):
    """Coordinators see drafts, archived practices and their attachments."""
    return user.is_authenticated and user.has_perm("practices.change_practice")


def practice_body(practice, preview):
    """The practice's record below its title, from its assessments, steps, sources, paths,
    links and names: eight queries, made only when the cached HTML is missing."""
    prefetch_related_objects(
        [practice],
        "steps",
        Prefetch("assessments", queryset=Assessment.objects.prefetch_related("sources")),
        "sources",
        Prefetch("stages", queryset=PathStage.objects.select_related("path")),
        "links",
        "attachments",
    )
    assessments = list(practice.assessments.all())
    latest = next((a for a in assessments if a.pk == practice.latest_assessment_id), None)
    return render_to_string(
        "practices/includes/practice_body.html",
        {
            "practice": practice,
            "latest": latest or (assessments[0] if assessments else None),
            "assessments": assessments,
            # Coordinators also see the related practices that are not public.
            "names": named_lists(practice, public_only=not preview),
        },
    )


@page_cache.query_parameters("p")
def practice_detail(request, slug):
    """The whole record of a practice; drafts and archived ones only for coordinators."""
    preview = can_preview(request.user)
    # The record itself is kept too (a missing one is never kept: each 404 asks again), so
    # that a public page's request needs no database at all.
    practice = fragments.cached_value(
        "practice-record",
        (slug, preview),
        lambda: get_object_or_404(Practice.objects.visible_to(request.user), slug=slug),
    )
    chosen = [s for s in chosen_for_comparison(request.GET) if s != practice.slug]
    body = fragments.cached_html(
        "practice-body", (practice.pk, preview), lambda: practice_body(practice, preview)
    )
    return render(
        request,
        "practices/practice_detail.html",
        {
            "practice": practice,
            "body": body,
            "is_public": practice.status == Practice.Status.PUBLISHED,
            "chosen": chosen,
            "compare_chosen_url": compare_url(chosen) if chosen else "",
            "compare_add_url": compare_url([*chosen, practice.slug]),
            "compare_is_full": len(chosen) >= COMPARE_MAX,
        },
    )


@page_cache.query_parameters("p")
def compare(request):
    """Up to three published practices side by side; with fewer than two, how to choose."""
    asked = {value for value in request.GET.getlist("p") if value.strip()}
    chosen = chosen_for_comparison(request.GET)
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
    columns = [
        {
            "practice": practice,
            "remove_url": compare_url([s for s in slugs if s != practice.slug]),
            "detail_url": f"{practice.get_absolute_url()}?{urlencode({'p': slugs}, doseq=True)}",
        }
        for practice in valid
    ]
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
            "slugs": slugs,
            "notices": notices,
            "choices": choices,
            "compare_max": COMPARE_MAX,
        },
    )


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
    """Each regional priority with its period and the published practices selected for it."""
    selections = PrioritySelection.objects.filter(
        practice__status=Practice.Status.PUBLISHED
    ).select_related("practice")
    priorities = Priority.objects.prefetch_related(Prefetch("selections", queryset=selections))
    return render(request, "practices/priority_list.html", {"priorities": priorities})


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
