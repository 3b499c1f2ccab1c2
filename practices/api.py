"""The practices' records in the open-data API: published practices with their steps,
assessments, links and adoptions; the knowledge bank's sources; themes, target groups and
the regional priorities. Drafts, archived practices, proposals and hidden adoptions never."""

from django.db.models import Prefetch
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from rest_framework import serializers

from networks.api import StageBriefSerializer
from networks.models import Language, Municipality, PathStage
from portal.api import (
    Key,
    PageAddress,
    PublicViewSet,
    Translated,
    describe_filters,
    named,
    own_columns,
)
from practices.filters import OptionFilter, PracticeFilter, not_options
from practices.models import (
    Adoption,
    Assessment,
    Attachment,
    Link,
    Practice,
    Priority,
    PrioritySelection,
    Source,
    Step,
    TargetGroup,
    Theme,
)
from practices.source_filters import SourceFilter

describe_filters(
    PracticeFilter,
    q=OpenApiTypes.STR,
    sort=OpenApiTypes.STR,
    evidence=OpenApiTypes.INT,
    stage=OpenApiTypes.INT,
    period=OpenApiTypes.STR,
)
ThemeSerializer = named(Theme)
TargetGroupSerializer = named(TargetGroup)


class SourceSerializer(serializers.ModelSerializer):
    title = Translated()
    summary = Translated()
    language = Key(slug_field="code", read_only=True)
    document = serializers.SerializerMethodField()
    page = PageAddress()

    class Meta:
        model = Source
        fields = [
            "slug",
            "title",
            "kind",
            "publisher",
            "year",
            "language",
            "summary",
            "url",
            "document",
            "page",
        ]

    def get_document(self, source) -> str | None:
        """The document kept in the portal, if any, as its own download page serves it."""
        if not source.file:
            return None
        address = reverse("practices:source-file", kwargs={"slug": source.slug})
        return self.context["request"].build_absolute_uri(address)


class StepSerializer(serializers.ModelSerializer):
    title = Translated()
    description = Translated()

    class Meta:
        model = Step
        fields = ["order", "title", "description"]


class AssessmentSerializer(serializers.ModelSerializer):
    rationale = Translated()
    sources = Key(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Assessment
        fields = ["level", "rationale", "assessed_by", "assessed_on", "sources"]


class LinkSerializer(serializers.ModelSerializer):
    title = Translated()

    class Meta:
        model = Link
        fields = ["title", "url"]


class AttachmentSerializer(serializers.ModelSerializer):
    title = Translated()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["title", "url"]

    def get_url(self, attachment) -> str:
        address = reverse("practices:attachment", kwargs={"pk": attachment.pk})
        return self.context["request"].build_absolute_uri(address)


class AdoptionSerializer(serializers.ModelSerializer):
    municipality = Key(slug_field="slug", read_only=True)
    actor = Key(slug_field="slug", read_only=True)
    adaptation = Translated()
    results = Translated()

    class Meta:
        model = Adoption
        fields = [
            "municipality",
            "actor",
            "started_on",
            "ended_on",
            "adaptation",
            "results",
            "contact_organisation",
            "contact_url",
        ]


class PracticeSerializer(serializers.ModelSerializer):
    title = Translated()
    summary = Translated()
    description = Translated()
    aims = Translated()
    results = Translated()
    resources = Translated()
    duration = Translated()
    cost = Translated()
    themes = Key(slug_field="slug", many=True, read_only=True)
    target_groups = Key(slug_field="slug", many=True, read_only=True)
    stages = StageBriefSerializer(many=True)
    actors = Key(slug_field="slug", many=True, read_only=True)
    municipalities = Key(slug_field="slug", many=True, read_only=True)
    languages = Key(slug_field="code", many=True, read_only=True)
    sources = Key(slug_field="slug", many=True, read_only=True)
    steps = StepSerializer(many=True)
    assessments = AssessmentSerializer(many=True)
    links = LinkSerializer(many=True)
    attachments = AttachmentSerializer(many=True)
    adoptions = AdoptionSerializer(many=True, source="public_adoptions")
    page = PageAddress()

    class Meta:
        model = Practice
        fields = [
            "slug",
            "title",
            "summary",
            "description",
            "aims",
            "results",
            "resources",
            "duration",
            "cost",
            "evidence_level",
            "origin",
            "country",
            "started_on",
            "ended_on",
            "contact_organisation",
            "contact_email",
            "contact_url",
            "themes",
            "target_groups",
            "stages",
            "actors",
            "municipalities",
            "languages",
            "sources",
            "steps",
            "assessments",
            "links",
            "attachments",
            "adoptions",
            "published_at",
            "last_reviewed_on",
            "updated_at",
            "page",
        ]


class PracticeBriefSerializer(serializers.ModelSerializer):
    """A practice in a list: what a list of practices shows, and its own address."""

    url = serializers.HyperlinkedIdentityField(view_name="api:practice-detail", lookup_field="slug")
    title = Translated()
    summary = Translated()
    themes = Key(slug_field="slug", many=True, source="theme_list")
    target_groups = Key(slug_field="slug", many=True, source="group_list")
    stages = StageBriefSerializer(many=True, source="stage_list")
    municipalities = Key(slug_field="slug", many=True, source="place_list")
    languages = Key(slug_field="code", many=True, source="language_list")
    page = PageAddress()

    class Meta:
        model = Practice
        fields = [
            "url",
            "slug",
            "title",
            "summary",
            "evidence_level",
            "origin",
            "started_on",
            "ended_on",
            "themes",
            "target_groups",
            "stages",
            "municipalities",
            "languages",
            "published_at",
            "updated_at",
            "page",
        ]


class SelectionSerializer(serializers.ModelSerializer):
    practice = Key(slug_field="slug", read_only=True)
    reason = Translated()

    class Meta:
        model = PrioritySelection
        fields = ["practice", "reason"]


class PrioritySerializer(serializers.ModelSerializer):
    title = Translated()
    description = Translated()
    selected_by = Translated()
    practices = SelectionSerializer(many=True, source="public_selections")
    stages = StageBriefSerializer(many=True)

    class Meta:
        model = Priority
        fields = [
            "slug",
            "title",
            "description",
            "starts_on",
            "ends_on",
            "selected_by",
            "practices",
            "stages",
        ]


class ThemeViewSet(PublicViewSet):
    """The themes practices are grouped by."""

    queryset = Theme.objects.order_by("order", "slug")
    serializer_class = ThemeSerializer
    lookup_field = "slug"


class TargetGroupViewSet(PublicViewSet):
    """The groups practices are meant for."""

    queryset = TargetGroup.objects.order_by("order", "slug")
    serializer_class = TargetGroupSerializer
    lookup_field = "slug"


class SourceViewSet(PublicViewSet):
    """The knowledge bank: legislation, evaluations, monitoring and research that the
    practices' ratings rest on; filtered as the source list is, and searched with `q`."""

    queryset = Source.objects.select_related("language").order_by("title_fi", "pk")
    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    lookup_field = "slug"


def brief_links():
    """The linked records a list names, each read with only its key and kept as a plain
    list (no related manager per record): a list of 50 practices links to hundreds of
    them, and building those was most of its time."""
    stages = PathStage.objects.select_related("path")
    return [
        Prefetch("themes", queryset=Theme.objects.only("slug"), to_attr="theme_list"),
        Prefetch("target_groups", queryset=TargetGroup.objects.only("slug"), to_attr="group_list"),
        Prefetch(
            "municipalities", queryset=Municipality.objects.only("slug"), to_attr="place_list"
        ),
        Prefetch("languages", queryset=Language.objects.only("code"), to_attr="language_list"),
        Prefetch(
            "stages",
            queryset=stages.only("order", "name_fi", "name_sv", "path__slug"),
            to_attr="stage_list",
        ),
    ]


class PracticeApiFilter(PracticeFilter):
    """The practice list's filters, but a value that names no option (a theme, a stage, …)
    is an error, answered 400 as any other wrong value: the HTML list leaves it out and
    says so beside the results, where a client of the API would take the whole list for
    the filtered one."""

    def is_valid(self):
        valid = super().is_valid()
        for name, option_filter in self.filters.items():
            if not isinstance(option_filter, OptionFilter) or name in self.form.errors:
                continue
            if not (chosen := self.chosen(name)):
                continue
            key = option_filter.key
            named = option_filter.options().filter(**{f"{key}__in": chosen})
            known = {str(value) for value in named.values_list(key, flat=True)}
            for error in not_options(chosen, known):
                self.form.add_error(name, error)
                valid = False
        return valid


class PracticeViewSet(PublicViewSet):
    """Published practices with their evidence; filtered as the practice list is (`q`
    searches in Finnish and Swedish and orders by relevance unless `sort` says otherwise)."""

    serializer_class = PracticeSerializer
    list_serializer_class = PracticeBriefSerializer
    filterset_class = PracticeApiFilter
    lookup_field = "slug"

    def get_queryset(self):
        if self.action == "list":
            return (
                Practice.objects.published()
                .order_by("title_fi", "pk")
                # A page of 50 read its descriptions and search vectors too (from TOAST).
                .only(*own_columns(PracticeBriefSerializer))
                .prefetch_related(*brief_links())
            )
        return (
            Practice.objects.published()
            .order_by("title_fi", "pk")
            .prefetch_related(
                "themes",
                "target_groups",
                Prefetch("stages", queryset=PathStage.objects.select_related("path")),
                "actors",
                "municipalities",
                "languages",
                "sources",
                Prefetch("steps", queryset=Step.objects.order_by("order", "pk")),
                Prefetch(
                    "assessments",
                    queryset=Assessment.objects.order_by("-assessed_on", "-pk").prefetch_related(
                        "sources"
                    ),
                ),
                "links",
                "attachments",
                Prefetch(
                    "adoptions",
                    queryset=Adoption.objects.filter(is_published=True).select_related(
                        "municipality", "actor"
                    ),
                    to_attr="public_adoptions",
                ),
            )
        )


class PriorityViewSet(PublicViewSet):
    """The regional priorities, each with the published practices selected for it and why."""

    serializer_class = PrioritySerializer
    lookup_field = "slug"

    def get_queryset(self):
        published = PrioritySelection.objects.filter(
            practice__status=Practice.Status.PUBLISHED
        ).select_related("practice")
        return Priority.objects.order_by("-starts_on", "title_fi").prefetch_related(
            Prefetch("selections", queryset=published, to_attr="public_selections"),
            Prefetch("stages", queryset=PathStage.objects.select_related("path")),
        )
