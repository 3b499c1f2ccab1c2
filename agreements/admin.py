from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TabbedDjangoJqueryTranslationAdmin,
)

from agreements import services
from agreements.models import (
    Agreement,
    Comment,
    Commitment,
    Decision,
    FollowUp,
    Notice,
    Party,
    Section,
    Version,
)
from portal import caching
from portal.content_admin import (
    ContentAdmin,
    ContentTabularInline,
    TranslatedContentAdmin,
    TranslatedStackedInline,
    TranslatedTabularInline,
)
from portal.history import bulk as history

S = Version.Status


class LockedInline:
    """An inline whose rows can be neither added, changed nor deleted while `locked` says so."""

    def locked(self, obj):
        raise NotImplementedError

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not self.locked(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self.locked(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self.locked(obj)


class FrozenWithVersion(LockedInline):
    """An inline of a version's text: read only once the version is frozen."""

    def locked(self, obj):
        version = getattr(obj, "version", obj)
        return bool(version and version.is_frozen)


class PartiesOfTheAgreement:
    """An inline of a version whose party is chosen among the agreement's own parties."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None and "party" in formset.form.base_fields:
            formset.form.base_fields["party"].queryset = Party.objects.filter(
                agreement=obj.agreement_id
            ).select_related("actor")
        return formset


class SectionInline(FrozenWithVersion, TranslatedStackedInline):
    model = Section
    fields = ("order", "heading", "text")
    extra = 0
    ordering = ("order", "pk")


class CommitmentInline(FrozenWithVersion, PartiesOfTheAgreement, TranslatedStackedInline):
    """The parties' commitments in this version; they are copied into the next version."""

    model = Commitment
    fields = ("party", "order", "text", "practices", "paths")
    autocomplete_fields = ("practices",)
    filter_horizontal = ("paths",)
    extra = 0
    # The indicators that follow a commitment are kept on the commitment's own page.
    show_change_link = True


class DecisionInline(LockedInline, PartiesOfTheAgreement, TranslatedTabularInline):
    """Each party's decision on this version: a decision on another version does not count."""

    model = Decision
    fields = ("party", "status", "body", "decided_on", "minutes_url")
    extra = 0

    # The decisions a signed version rests on stay as they were recorded.
    def locked(self, obj):
        return bool(obj and obj.status == S.SIGNED)


def status_action(to_status, description):
    def action(modeladmin, request, queryset):
        for version in queryset:
            try:
                services.change_status(
                    version,
                    to_status,
                    by=request.user,
                    review_closes_on=version.review_closes_on,
                )
            except ValidationError as error:
                modeladmin.message_user(
                    request, f"{version}: {' '.join(error.messages)}", messages.ERROR
                )
            else:
                modeladmin.message_user(request, f"{version}: {S(to_status).label}")

    action.__name__ = f"move_to_{to_status}"
    return admin.action(description=description)(action)


@admin.register(Version)
class VersionAdmin(ContentAdmin):
    # The sections inline is translated: load the language tabs (Version has no text of its
    # own, so it cannot be a translation admin itself).
    Media = TabbedDjangoJqueryTranslationAdmin.Media

    list_display = ("__str__", "status", "audience", "review_closes_on", "created_at")
    list_filter = ("status", "agreement")
    list_select_related = ("agreement",)
    readonly_fields = ("status", "number", "based_on", "created_at")
    fields = ("agreement", "number", "status", "audience", "review_closes_on", "based_on")
    inlines = (SectionInline, CommitmentInline, DecisionInline)
    actions = (
        "start_new_version",
        status_action(S.IN_REVIEW, _("Open for review (until the closing date)")),
        status_action(S.REVIEW_CLOSED, _("Close the review")),
        status_action(S.APPROVED, _("Approved by the steering group")),
        status_action(S.SENT, _("Send to the parties' decision-making")),
        status_action(S.SIGNED, _("Mark as signed")),
        status_action(S.SUPERSEDED, _("Mark as superseded")),
    )

    def has_delete_permission(self, request, obj=None):
        # A frozen version is part of the record: it stays.
        return super().has_delete_permission(request, obj) and not (obj and obj.is_frozen)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ("status", "based_on", "created_at")
        return self.readonly_fields + (("agreement",) if obj else ())

    @admin.action(description=_("Start a new version from this one"))
    def start_new_version(self, request, queryset):
        for version in queryset:
            try:
                draft = services.new_version(version, by=request.user)
            except ValidationError as error:
                self.message_user(request, f"{version}: {' '.join(error.messages)}", messages.ERROR)
            else:
                self.message_user(request, _("Started %(version)s.") % {"version": draft})


class PartyInline(ContentTabularInline):
    model = Party
    fields = ("actor", "role", "order")
    autocomplete_fields = ("actor",)
    extra = 0


@admin.register(Agreement)
class AgreementAdmin(TranslatedContentAdmin):
    list_display = ("title", "created_at")
    search_fields = ("title_fi", "title_sv")
    prepopulated_fields = {"slug": ("title_fi",)}
    inlines = (PartyInline,)

    def has_delete_permission(self, request, obj=None):
        # An agreement whose versions have gone out for review keeps its record.
        frozen = obj and obj.versions.exclude(status=Version.Status.DRAFT).exists()
        return super().has_delete_permission(request, obj) and not frozen


class FollowUpInline(FrozenWithVersion, ContentTabularInline):
    model = FollowUp
    fields = (
        "order",
        "indicator",
        "municipality",
        "sub_region",
        "baseline_year",
        "target_value",
        "target_year",
    )
    autocomplete_fields = ("indicator",)
    extra = 0


@admin.register(Commitment)
class CommitmentAdmin(TranslatedContentAdmin):
    """A commitment with the indicators by which it is followed; read only once its version
    is frozen. New commitments are added on their version's page."""

    list_display = ("__str__", "party", "version")
    list_filter = ("party__agreement", "version__number")
    list_select_related = ("party__actor", "version__agreement")
    search_fields = ("text_fi", "text_sv", "party__actor__name_fi", "party__actor__name_sv")
    fields = ("version", "party", "order", "text", "practices", "paths")
    readonly_fields = ("version", "party")
    autocomplete_fields = ("practices",)
    filter_horizontal = ("paths",)
    inlines = (FollowUpInline,)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        frozen = obj is not None and obj.version.is_frozen
        return super().has_change_permission(request, obj) and not frozen

    def has_delete_permission(self, request, obj=None):
        frozen = obj is not None and obj.version.is_frozen
        return super().has_delete_permission(request, obj) and not frozen


@admin.register(Party)
class PartyAdmin(TranslatedContentAdmin):
    list_display = ("actor", "agreement", "role")
    list_filter = ("agreement",)
    list_select_related = ("actor", "agreement")
    search_fields = ("actor__name_fi", "actor__name_sv")
    autocomplete_fields = ("actor",)


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    """The record of review e-mails sent: read only, kept so that each goes out once."""

    list_display = ("version", "kind", "recipient", "sent_at")
    list_filter = ("kind", "version__agreement", "version__number")
    list_select_related = ("version__agreement", "recipient")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(ContentAdmin):
    """Moderation: coordinators mark each comment and answer it."""

    list_display = ("__str__", "section", "status", "created_at")
    # By agreement and number: a filter of versions would read each one's agreement.
    list_filter = ("status", "version__agreement", "version__number")
    list_select_related = ("author", "section")
    search_fields = ("text", "response")
    readonly_fields = ("version", "section", "parent", "author", "text", "created_at", "edited_at")
    fields = (*readonly_fields, "status", "response")
    actions = ("mark_accepted", "mark_rejected", "mark_resolved")

    def has_add_permission(self, request):
        return False

    def mark(self, request, queryset, status):
        comments = list(queryset)
        for comment in comments:
            comment.status = status
        # On record like any save; bulk writes send no signals: the cached review pages
        # learn of the new status here.
        count = history.bulk_update(Comment, comments, ["status"])
        caching.content_changed("discussion")
        self.message_user(
            request,
            ngettext(
                "%(count)d comment marked “%(status)s”.",
                "%(count)d comments marked “%(status)s”.",
                count,
            )
            % {"count": count, "status": Comment.Status(status).label},
        )

    @admin.action(description=_("Mark as accepted"), permissions=["change"])
    def mark_accepted(self, request, queryset):
        self.mark(request, queryset, Comment.Status.ACCEPTED)

    @admin.action(description=_("Mark as rejected"), permissions=["change"])
    def mark_rejected(self, request, queryset):
        self.mark(request, queryset, Comment.Status.REJECTED)

    @admin.action(description=_("Mark as resolved"), permissions=["change"])
    def mark_resolved(self, request, queryset):
        self.mark(request, queryset, Comment.Status.RESOLVED)
