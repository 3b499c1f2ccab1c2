"""Hearings and their comments in the admin: a coordinator opens a version (all of it or
chosen sections) with plain-language summaries, moderates and answers the comments, and
publishes the report once the hearing has closed. Every change is on record (its history),
the commenters' e-mail addresses excepted."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from agreements.models import Section
from hearings import comments
from hearings.models import Hearing, HearingSection, PublicComment
from portal.admin_stamps import stamp_each
from portal.content_admin import ContentAdmin, TranslatedContentAdmin, TranslatedStackedInline


class HearingSectionInline(TranslatedStackedInline):
    model = HearingSection
    fields = ("section", "plain_summary")
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            # Only the sections of the hearing's own version (all of them while adding).
            hearing_id = request.resolver_match.kwargs.get("object_id")
            sections = Section.objects.select_related("version__agreement")
            if hearing_id:
                sections = sections.filter(version__hearings__pk=hearing_id)
            kwargs["queryset"] = sections
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Hearing)
class HearingAdmin(TranslatedContentAdmin):
    list_display = ("title", "version", "opens_at", "closes_at", "moderation", "report_shown")
    list_filter = ("moderation", "is_published")
    search_fields = ("title_fi", "title_sv", "slug")
    date_hierarchy = "opens_at"
    prepopulated_fields = {"slug": ("title_fi",)}
    list_select_related = ("version__agreement",)
    readonly_fields = ("report_published_at",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "version", "introduction", "is_published")}),
        (_("Period and moderation"), {"fields": ("opens_at", "closes_at", "moderation")}),
        (_("Report"), {"fields": ("conclusion", "report_published_at")}),
    )
    inlines = (HearingSectionInline,)
    actions = ("publish_report", "withdraw_report")

    @admin.display(description=_("report published"), boolean=True)
    def report_shown(self, obj):
        return obj.report_published

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        hearing = form.instance
        if not hearing.sections.exists():
            # No section chosen: the whole version is open.
            HearingSection.objects.bulk_create(
                HearingSection(hearing=hearing, section=section)
                for section in hearing.version.sections.all()
            )
            messages.info(
                request, _("No section was chosen: every section of the version is open.")
            )

    @admin.action(description=_("Publish the report of the selected closed hearings"))
    def publish_report(self, request, queryset):
        if queryset.filter(closes_at__gt=timezone.now()).exists():
            self.message_user(
                request,
                _("A report is published once its hearing has closed; nothing was changed."),
                messages.ERROR,
            )
            return
        changed = stamp_each(queryset, "report_published_at")
        self.message_user(
            request,
            ngettext("%(count)d report published.", "%(count)d reports published.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw the report of the selected hearings"))
    def withdraw_report(self, request, queryset):
        changed = stamp_each(queryset, "report_published_at", clear=True)
        self.message_user(
            request,
            ngettext("%(count)d report withdrawn.", "%(count)d reports withdrawn.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )


@admin.register(PublicComment)
class PublicCommentAdmin(ContentAdmin):
    list_display = ("short_text", "hearing", "status", "supports", "has_answer", "created_at")
    list_filter = ("status", "section__hearing", "language")
    list_select_related = ("section__hearing", "section__section")
    search_fields = ("text", "name")
    date_hierarchy = "created_at"
    fields = (
        "hearing_section",
        "language",
        "created_at",
        "text",
        "name",
        "email",
        "supports",
        "status",
        "moderation_note",
        "moderated_by",
        "moderated_at",
        "published_at",
        "answer",
        "answered_at",
        "answer_sent_at",
    )
    readonly_fields = (
        "hearing_section",
        "language",
        "email",
        "created_at",
        "supports",
        "moderated_by",
        "moderated_at",
        "published_at",
        "answered_at",
        "answer_sent_at",
    )
    actions = ("publish", "reject")

    @admin.display(description=_("comment"))
    def short_text(self, obj):
        return obj.text[:80]

    @admin.display(description=_("hearing"))
    def hearing(self, obj):
        return obj.section.hearing

    @admin.display(description=_("section"))
    def hearing_section(self, obj):
        return format_html(
            '<a href="{}">{} – {}</a>', obj.get_absolute_url(), obj.section.hearing, obj.section
        )

    @admin.display(description=_("answered"), boolean=True)
    def has_answer(self, obj):
        return bool(obj.answer)

    def has_add_permission(self, request):
        return False  # Comments come from the hearing's pages.

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        comments.moderated(obj, by=request.user, base_url=request.build_absolute_uri("/"))

    def moderate_each(self, request, queryset, status):
        changed = 0
        for item in queryset.select_related("section__hearing"):
            if item.status != status:
                item.status = status
                item.save(update_fields=["status"])
                comments.moderated(item, by=request.user, base_url=request.build_absolute_uri("/"))
                changed += 1
        return changed

    @admin.action(description=_("Publish the selected comments"), permissions=["change"])
    def publish(self, request, queryset):
        changed = self.moderate_each(request, queryset, PublicComment.Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d comment published.", "%(count)d comments published.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reject the selected comments"), permissions=["change"])
    def reject(self, request, queryset):
        changed = self.moderate_each(request, queryset, PublicComment.Status.REJECTED)
        self.message_user(
            request,
            ngettext("%(count)d comment rejected.", "%(count)d comments rejected.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )
