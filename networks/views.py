from django.db.models import (
    Count,
    F,
    Prefetch,
    Q,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView
from django_filters.views import FilterView
from modeltranslation.utils import build_localized_fieldname, get_language

from networks import gaps
from networks.coverage import build_coverage
from networks.filters import ActorFilter, PathAndSubRegionForm
from networks.models import (
    Actor,
    IntegrationPath,
    Municipality,
    PathStage,
    Role,
    SubRegion,
    Tie,
)
from portal import caching
from portal.csv_export import csv_response
from portal.pagination import ForgivingPages
from portal.registry import registry
from portal.spelling import CorrectedSearchMixin

FIRST_YEAR, YEARS_AHEAD = 2010, 5
PRACTICES_PER_STAGE = 10
# What a link to an actor needs: its address and its name in either language.
ACTOR_LINK_FIELDS = ("slug", "name", "name_fi", "name_sv")


def published_practices(relation_owner, field_name="practices"):
    """The published practices behind a reverse relation, without importing the practices
    app (it depends on this one, not the other way round)."""
    practice_model = relation_owner._meta.get_field(field_name).related_model
    return practice_model.objects.filter(status="published").order_by("title")


def public_adoptions(adoptions):
    """Checked adoptions of published practices (the practices app's, read through the
    reverse relation), the newest first."""
    return (
        adoptions.public()
        .select_related("practice")
        .order_by(F("started_on").desc(nulls_last=True), "pk")
    )


def signed_commitments():
    """The commitments of signed versions of the letter of intent: the agreements app
    depends on this one, so its model is found through the actor's reverse relation."""
    party_model = Actor._meta.get_field("agreement_parties").related_model
    return party_model._meta.get_field("commitments").related_model.objects.public()


class MunicipalityListView(ListView):
    template_name = "networks/municipality_list.html"
    context_object_name = "sub_regions"

    def get_queryset(self):
        return SubRegion.objects.prefetch_related("municipalities")


class MunicipalityDetailView(DetailView):
    template_name = "networks/municipality_detail.html"
    context_object_name = "municipality"

    def get_queryset(self):
        return Municipality.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        municipality = self.object
        context["neighbours"] = municipality.sub_region.municipalities.exclude(pk=municipality.pk)
        context["actors"] = Actor.objects.serving(municipality).prefetch_related("languages")
        # Each practice's earliest adoption here, with its practice for the link to it.
        adoptions = {}
        earliest_first = municipality.adoptions.public().order_by(
            F("started_on").asc(nulls_last=True), "pk"
        )
        for adoption in earliest_first.select_related("practice"):
            adoptions.setdefault(adoption.practice_id, adoption)
        context["practices"] = [
            (practice, adoptions.get(practice.pk))
            for practice in published_practices(Municipality).filter(municipalities=municipality)
        ]
        context["gaps"] = municipality_gaps(municipality)
        context["commitments"] = signed_commitments().filter(
            party__actor__in=Actor.objects.serving(municipality)
        )
        # What other apps add to the page (the monitoring figures), without importing them.
        context["blocks"] = [
            (block.template_name, block.context(self.request, self.object))
            for block in registry.municipality_blocks
        ]
        return context


def municipality_gaps(municipality):
    """The municipality's row of the coverage matrix today: its cells with a gap."""
    stages = PathStage.objects.select_related("path")
    coverage = build_coverage(stages, [municipality], timezone.localdate())
    return [cell for cell in coverage.cells if cell.has_gap]


def selected_year(request):
    """The year whose roles a page shows: ?year=2024, or this year when absent or invalid."""
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("year", this_year))
    except ValueError:
        return this_year, _("The year must be a number; showing this year.")
    if not FIRST_YEAR <= year <= this_year + YEARS_AHEAD:
        return this_year, _("There is no data for that year; showing this year.")
    return year, None


def year_choices():
    return range(timezone.localdate().year + 1, FIRST_YEAR - 1, -1)


class PathListView(ListView):
    template_name = "networks/path_list.html"
    context_object_name = "paths"

    def get_queryset(self):
        return IntegrationPath.objects.prefetch_related("stages")


def path_stages(path, year, other_paths):
    """A path's stages in `year` as HTML: per stage, who does what, where and in which
    language, and its strongest practices."""
    # Lists (to_attr), not managers: a related manager made per role and field cost more
    # than the rest of the row.
    roles = (
        Role.objects.valid_during(year)
        .responsible_first()
        .select_related("actor")
        .prefetch_related(
            Prefetch("languages", to_attr="language_list"),
            Prefetch("municipalities", to_attr="municipality_list"),
            Prefetch("actor__languages", to_attr="language_list"),
        )
    )
    # The indicators that follow a stage: the monitoring app's, read through the reverse
    # relation.
    stages = list(
        path.stages.prefetch_related(
            Prefetch("roles", queryset=roles, to_attr="role_list"),
            Prefetch("indicators", queryset=indicators_by_order()),
            "priorities",
        )
    )
    counts, strongest = strongest_practices(stages)
    for stage in stages:
        stage.public_practice_count = counts.get(stage.pk, 0)
        stage.public_practices = strongest.get(stage.pk, [])
    return render_to_string(
        "networks/includes/path_stages.html", {"stages": stages, "other_paths": other_paths}
    )


def indicators_by_order():
    indicator_model = PathStage._meta.get_field("indicators").related_model
    return indicator_model.objects.only("slug", "name", "name_fi", "name_sv").order_by(
        "order", "slug"
    )


def strongest_practices(stages):
    """Per stage, how many published practices serve it and the strongest few of them:
    with thousands of practices a stage listed them all and the page grew to megabytes.
    They are ranked on the columns of an index alone, and only the few shown are read
    whole: ranking the whole rows made the database sort megabytes on disk."""
    links = PathStage._meta.get_field("practices").through.objects
    title = f"practice__{build_localized_fieldname('title', get_language())}"
    per_stage = {"partition_by": F("pathstage_id")}
    ranked = (
        links.filter(pathstage__in=stages, practice__status="published")
        .annotate(
            rank=Window(
                RowNumber(),
                order_by=[F("practice__evidence_level").desc(), F(title), F("practice_id")],
                **per_stage,
            ),
            total=Window(Count("pk"), **per_stage),
        )
        .filter(rank__lte=PRACTICES_PER_STAGE)
        .order_by("pathstage_id", "rank")
        .values_list("pathstage_id", "practice_id", "total")
    )
    ranked = list(ranked)
    practices = (
        published_practices(PathStage)
        .only("slug", "title", "title_fi", "title_sv", "evidence_level")
        .in_bulk({practice for _stage, practice, _total in ranked})
    )
    counts, strongest = {}, {}
    for stage, practice, total in ranked:
        counts[stage] = total
        strongest.setdefault(stage, []).append(practices[practice])
    return counts, strongest


@caching.query_parameters("year")
def path_detail(request, slug):
    """A path's stages in order and, per stage, who does what, where and in which language."""
    # Every path in one query: the page links to the others.
    paths = list(IntegrationPath.objects.all())
    path = next((path for path in paths if path.slug == slug), None)
    if path is None:
        raise Http404
    other_paths = [other for other in paths if other.pk != path.pk]
    year, notice = selected_year(request)
    return render(
        request,
        "networks/path_detail.html",
        {
            "path": path,
            "stages_html": caching.cached_html(
                "path-stages", (path.pk, year), lambda: path_stages(path, year, other_paths)
            ),
            "year": year,
            "years": year_choices(),
            "notice": notice,
        },
    )


class ActorListView(caching.CachedListingMixin, ForgivingPages, CorrectedSearchMixin, FilterView):
    filterset_class = ActorFilter
    template_name = "networks/actor_list.html"
    listing_template_name = "networks/includes/actor_listing.html"
    context_object_name = "actors"
    paginate_by = 25
    # Filters that were not understood are left out and reported, not an empty list (as on
    # the practices and the sources).
    strict = False

    def get_queryset(self):
        return Actor.objects.for_list()


def actor_body(actor):
    """The actor's record below its name as HTML: its roles, ties both ways, practices,
    networks and units."""
    prefetch_related_objects(
        [actor],
        "languages",
        "municipalities",
        "units",
        "networks",
        Prefetch(
            "roles",
            queryset=Role.objects.select_related("stage__path").prefetch_related(
                "languages", "municipalities"
            ),
        ),
        Prefetch(
            "practices",
            queryset=published_practices(Actor).only(
                "slug", "title", "title_fi", "title_sv", "evidence_level"
            ),
            to_attr="public_practices",
        ),
    )
    # Ties both ways in one query, with only what the lists show of the actors at their ends.
    ends = [f"{end}__{field}" for end in ("source", "target") for field in ACTOR_LINK_FIELDS]
    ties = (
        Tie.objects.filter(Q(source=actor) | Q(target=actor))
        .select_related("source", "target")
        .only("source_id", "target_id", "kind", "strength", "valid_from", "valid_to", *ends)
    )
    return render_to_string(
        "networks/includes/actor_body.html",
        {
            "actor": actor,
            "adoptions": public_adoptions(actor.adoptions),
            "commitments": signed_commitments().filter(party__actor=actor),
            "ties_out": [tie for tie in ties if tie.source_id == actor.pk],
            "ties_in": [tie for tie in ties if tie.target_id == actor.pk],
        },
    )


class ActorDetailView(DetailView):
    template_name = "networks/actor_detail.html"
    context_object_name = "actor"
    queryset = Actor.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        actor = self.object
        context["body"] = caching.cached_html("actor-body", (actor.pk,), lambda: actor_body(actor))
        return context


# The map and the coverage matrix show the networks app's content alone: a practice's save
# leaves them cached.
NETWORKS_ONLY = ("networks",)


def filter_form(request, form, heading, heading_id):
    """The GET form above the map or the matrix, kept as HTML per address: Django draws each
    select and its options through templates, 11–25 ms of a page whose rest is cached."""
    return caching.cached_html(
        f"filter-form-{heading_id}",
        (request.path, sorted(request.GET.lists())),
        lambda: render_to_string(
            "includes/filter_form.html",
            {"form": form, "form_heading": heading, "form_heading_id": heading_id},
            request,
        ),
        apps=NETWORKS_ONLY,
    )


def coverage_for(form):
    stages = PathStage.objects.select_related("path")
    municipalities = Municipality.objects.for_list().order_by("sub_region__slug", "name")
    if form.is_valid():
        if path := form.cleaned_data["path"]:
            stages = stages.filter(path=path)
        if sub_region := form.cleaned_data["sub_region"]:
            municipalities = municipalities.filter(sub_region=sub_region)
    return build_coverage(stages, municipalities, form.day())


@caching.query_parameters(form=PathAndSubRegionForm)
def coverage(request):
    form = PathAndSubRegionForm(request.GET or None)
    matrix = caching.cached_html(
        "coverage-matrix",
        (sorted(request.GET.lists()), form.day()),
        lambda: render_to_string(
            "networks/includes/coverage_matrix.html",
            {"coverage": coverage_for(form)},
        ),
        apps=NETWORKS_ONLY,
    )
    filters = filter_form(request, form, _("Filter the matrix"), "coverage-filter-heading")
    return render(
        request,
        "networks/coverage.html",
        {"filters": filters, "matrix": matrix, "day": form.day()},
    )


@caching.query_parameters(form=PathAndSubRegionForm)
def coverage_csv(request):
    form = PathAndSubRegionForm(request.GET or None)
    result = coverage_for(form)
    header = [
        _("Municipality"),
        _("Sub-region"),
        _("Integration path"),
        _("Stage"),
        _("Actors in Finnish"),
        _("Actors in Swedish"),
    ]
    rows = (
        [
            municipality.name,
            municipality.sub_region.name,
            cell.stage.path.name,
            cell.stage.name,
            cell.finnish,
            cell.swedish,
        ]
        for municipality, cells in result.rows
        for cell in cells
    )
    return csv_response("coverage.csv", header, rows)


@caching.query_parameters(*gaps.PARAMETERS)
def gap(request):
    """What could close one gap of the coverage matrix (networks.gaps): its address names
    the municipality, the stage and the language, as the matrix's cells link to it."""
    municipality, stage, language = (request.GET.get(name, "") for name in gaps.PARAMETERS)
    if language not in gaps.LANGUAGES or not (stage.isascii() and stage.isdigit()):
        raise Http404(_("No such gap: the address names no municipality, stage or language."))
    municipality = get_object_or_404(Municipality.objects.for_list(), slug=municipality)
    stage = get_object_or_404(PathStage.objects.select_related("path"), pk=int(stage))
    found = gaps.find_gap(municipality, stage, language, timezone.localdate())
    return render(request, "networks/gap.html", {"gap": found})
