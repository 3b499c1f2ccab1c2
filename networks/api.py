"""The networks' records in the open-data API: sub-regions, municipalities, languages, the
integration paths with their stages, and the actors with their roles and ties."""

from django.db.models import Prefetch
from drf_spectacular.types import OpenApiTypes
from rest_framework import serializers

from networks.filters import ActorFilter
from networks.models import (
    Actor,
    IntegrationPath,
    Language,
    Municipality,
    PathStage,
    Role,
    SubRegion,
    Tie,
)
from portal.api import (
    Key,
    PageAddress,
    PublicViewSet,
    Translated,
    describe_filters,
    named,
    searched,
)

describe_filters(ActorFilter, path=OpenApiTypes.STR, stage=OpenApiTypes.INT)

LanguageSerializer = named(Language, key="code")
SubRegionBriefSerializer = named(SubRegion, name="BriefSerializer")
MunicipalityBriefSerializer = named(Municipality, name="BriefSerializer")


class MunicipalitySerializer(serializers.ModelSerializer):
    name = Translated()
    sub_region = SubRegionBriefSerializer()
    page = PageAddress()

    class Meta:
        model = Municipality
        fields = ["slug", "name", "sub_region", "page"]


class SubRegionSerializer(serializers.ModelSerializer):
    name = Translated()
    description = Translated()
    municipalities = MunicipalityBriefSerializer(many=True)

    class Meta:
        model = SubRegion
        fields = ["slug", "name", "description", "municipalities"]


class StageBriefSerializer(serializers.ModelSerializer):
    name = Translated()
    path = Key(slug_field="slug", read_only=True)

    class Meta:
        model = PathStage
        fields = ["id", "path", "order", "name"]


class StageSerializer(serializers.ModelSerializer):
    name = Translated()
    description = Translated()

    class Meta:
        model = PathStage
        fields = ["id", "order", "name", "description"]


class PathSerializer(serializers.ModelSerializer):
    name = Translated()
    description = Translated()
    stages = StageSerializer(many=True)
    page = PageAddress()

    class Meta:
        model = IntegrationPath
        fields = ["slug", "order", "name", "description", "stages", "page"]


class RoleSerializer(serializers.ModelSerializer):
    stage = StageBriefSerializer()
    description = Translated()
    municipalities = Key(slug_field="slug", many=True, read_only=True)
    languages = Key(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Role
        fields = [
            "stage",
            "kind",
            "description",
            "valid_from",
            "valid_to",
            "municipalities",
            "languages",
        ]


class TieSerializer(serializers.ModelSerializer):
    source = Key(slug_field="slug", read_only=True)
    target = Key(slug_field="slug", read_only=True)
    description = Translated()

    class Meta:
        model = Tie
        fields = ["source", "target", "kind", "strength", "description", "valid_from", "valid_to"]


class ActorSerializer(serializers.ModelSerializer):
    name = Translated()
    description = Translated()
    parent = Key(slug_field="slug", read_only=True)
    municipalities = Key(slug_field="slug", many=True, read_only=True)
    languages = Key(slug_field="code", many=True, read_only=True)
    roles = RoleSerializer(many=True)
    ties = serializers.SerializerMethodField()
    page = PageAddress()

    class Meta:
        model = Actor
        fields = [
            "slug",
            "name",
            "actor_type",
            "parent",
            "description",
            "website",
            "public_email",
            "public_phone",
            "municipalities",
            "languages",
            "roles",
            "ties",
            "page",
        ]

    def get_ties(self, actor) -> TieSerializer(many=True):
        """Its ties both ways: those it has to others and those others have to it."""
        ties = [*actor.ties_out.all(), *actor.ties_in.all()]
        return TieSerializer(ties, many=True).data


class ActorBriefSerializer(serializers.ModelSerializer):
    """An actor in a list: what the actor list shows, and its own address."""

    url = serializers.HyperlinkedIdentityField(view_name="api:actor-detail", lookup_field="slug")
    name = Translated()
    parent = Key(slug_field="slug")
    municipalities = Key(slug_field="slug", many=True)
    languages = Key(slug_field="code", many=True)
    page = PageAddress()

    class Meta:
        model = Actor
        fields = [
            "url",
            "slug",
            "name",
            "actor_type",
            "parent",
            "website",
            "municipalities",
            "languages",
            "page",
        ]


class SubRegionViewSet(PublicViewSet):
    """The sub-regions of Ostrobothnia and their municipalities."""

    queryset = SubRegion.objects.prefetch_related("municipalities").order_by("name_fi")
    serializer_class = SubRegionSerializer
    lookup_field = "slug"


class MunicipalityViewSet(PublicViewSet):
    """The municipalities and the sub-region each belongs to."""

    queryset = Municipality.objects.select_related("sub_region").order_by("name_fi")
    serializer_class = MunicipalitySerializer
    filterset_class = searched(Municipality)
    lookup_field = "slug"


class LanguageViewSet(PublicViewSet):
    """The languages services and practices are offered in, by ISO 639 code."""

    queryset = Language.objects.order_by("order", "code")
    serializer_class = LanguageSerializer
    lookup_field = "code"


class PathViewSet(PublicViewSet):
    """The three integration paths of the integration act, stage by stage."""

    queryset = IntegrationPath.objects.prefetch_related(
        Prefetch("stages", queryset=PathStage.objects.order_by("order"))
    ).order_by("order")
    serializer_class = PathSerializer
    filterset_class = searched(IntegrationPath)
    lookup_field = "slug"


class ActorViewSet(PublicViewSet):
    """The actors of integration work with their roles (dated) and their ties; filtered as
    the actor list is, and searched with `q`."""

    serializer_class = ActorSerializer
    list_serializer_class = ActorBriefSerializer
    filterset_class = ActorFilter
    lookup_field = "slug"

    def get_queryset(self):
        actors = Actor.objects.select_related("parent").prefetch_related(
            "municipalities", "languages"
        )
        if self.action == "list":
            return actors
        return actors.prefetch_related(
            Prefetch(
                "roles",
                queryset=Role.objects.select_related("stage__path").prefetch_related(
                    "municipalities", "languages"
                ),
            ),
            Prefetch("ties_out", queryset=Tie.objects.select_related("source", "target")),
            Prefetch("ties_in", queryset=Tie.objects.select_related("source", "target")),
        )
