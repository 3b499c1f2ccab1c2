"""The letters of intent in the open-data API: only signed versions, as the public pages
show them (their sections, parties, commitments with their follow-up, and the parties'
decisions). Drafts, versions in review and every comment never."""

from django.db.models import Prefetch
from rest_framework import serializers

from agreements.models import Agreement, Commitment, Decision, FollowUp, Party, Section, Version
from portal.api import Key, PageAddress, PublicViewSet, Translated


class SectionSerializer(serializers.ModelSerializer):
    heading = Translated()
    text = Translated()

    class Meta:
        model = Section
        fields = ["identity", "order", "heading", "text"]


class FollowUpSerializer(serializers.ModelSerializer):
    indicator = Key(slug_field="slug", read_only=True)
    municipality = Key(slug_field="slug", read_only=True)
    sub_region = Key(slug_field="slug", read_only=True)
    target_value = serializers.DecimalField(max_digits=16, decimal_places=4, coerce_to_string=False)

    class Meta:
        model = FollowUp
        fields = [
            "indicator",
            "municipality",
            "sub_region",
            "baseline_year",
            "target_value",
            "target_year",
        ]


class CommitmentSerializer(serializers.ModelSerializer):
    party = Key(slug_field="actor.slug", read_only=True)
    text = Translated()
    practices = Key(slug_field="slug", many=True, read_only=True, source="published_practices")
    paths = Key(slug_field="slug", many=True, read_only=True)
    indicators = Key(slug_field="slug", many=True, read_only=True)
    follow_ups = FollowUpSerializer(many=True)

    class Meta:
        model = Commitment
        fields = ["party", "order", "text", "practices", "paths", "indicators", "follow_ups"]


class DecisionSerializer(serializers.ModelSerializer):
    party = Key(slug_field="actor.slug", read_only=True)
    body = Translated()

    class Meta:
        model = Decision
        fields = ["party", "status", "body", "decided_on", "minutes_url"]


class VersionSerializer(serializers.ModelSerializer):
    sections = SectionSerializer(many=True)
    commitments = CommitmentSerializer(many=True)
    decisions = DecisionSerializer(many=True)
    page = PageAddress()

    class Meta:
        model = Version
        fields = ["number", "status", "created_at", "sections", "commitments", "decisions", "page"]


class PartySerializer(serializers.ModelSerializer):
    actor = Key(slug_field="slug", read_only=True)
    name = Translated("name", via="actor")
    role = Translated()

    class Meta:
        model = Party
        fields = ["actor", "name", "role", "order"]


class AgreementSerializer(serializers.ModelSerializer):
    title = Translated()
    description = Translated()
    parties = PartySerializer(many=True)
    signed_versions = VersionSerializer(many=True)
    page = PageAddress()

    class Meta:
        model = Agreement
        fields = ["slug", "title", "description", "parties", "signed_versions", "page"]


class AgreementViewSet(PublicViewSet):
    """Letters of intent that have a signed version, with each signed version whole."""

    serializer_class = AgreementSerializer
    lookup_field = "slug"

    def get_queryset(self):
        signed = Version.objects.filter(status=Version.Status.SIGNED)
        practice_model = Commitment._meta.get_field("practices").related_model
        commitments = Commitment.objects.select_related("party__actor").prefetch_related(
            Prefetch(
                "practices",
                queryset=practice_model.objects.published().order_by("slug"),
                to_attr="published_practices",
            ),
            "paths",
            "indicators",
            Prefetch(
                "follow_ups",
                queryset=FollowUp.objects.select_related("indicator", "municipality", "sub_region"),
            ),
        )
        versions = signed.order_by("-number").prefetch_related(
            "sections",
            Prefetch("commitments", queryset=commitments),
            Prefetch("decisions", queryset=Decision.objects.select_related("party__actor")),
        )
        parties = Party.objects.select_related("actor")
        return (
            Agreement.objects.filter(versions__in=signed)
            .distinct()
            .order_by("-created_at", "pk")
            .prefetch_related(
                Prefetch("parties", queryset=parties),
                Prefetch("versions", queryset=versions, to_attr="signed_versions"),
            )
        )
