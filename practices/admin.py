from django import forms
from django.contrib import admin, messages
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from networks.models import Actor
from portal import private_links
from portal.content_admin import (
    ContentAdmin,
    TranslatedContentAdmin,
    TranslatedStackedInline,
    TranslatedTabularInline,
)
from portal.mail import send_templated_mail
from practices import feedback, services
from practices.forms import (
    AssessmentAdminForm,
    PracticeAdminForm,
    PriorityAdminForm,
    SourceAdminForm,
)
from practices.models import (
    Adoption,
    Assessment,
    Attachment,
    Feedback,
    Link,
    Practice,
    Priority,
    PrioritySelection,
    Source,
    Step,
    TargetGroup,
    Theme,
)


@admin.register(Theme, TargetGroup)
class OrderedTermAdmin(TranslatedContentAdmin):
    """Themes and target groups: a name in both languages, put in order in the list."""

    list_display = ("name", "order")
    list_editable = ("order",)
    search_fields = ("name_fi", "name_sv")
    prepopulated_fields = {"slug": ("name_fi",)}


@admin.register(Source)
class SourceAdmin(TranslatedContentAdmin):
    form = SourceAdminForm
    list_display = ("title", "kind", "year", "publisher")
    list_filter = ("kind", "language")
    list_select_related = ("language",)
    search_fields = ("title_fi", "title_sv", "publisher")
    prepopulated_fields = {"slug": ("title_fi",)}
    autocomplete_fields = ("language",)
    readonly_fields = ("created_at", "updated_at")

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        # Removing the source would leave these assessments without the sources their level
        # needs; the database would refuse it, so the admin says why before it is tried.
        for source in objs:
            protected.extend(
                _("%(assessment)s (its level rests on %(source)s)")
                % {"assessment": assessment, "source": source}
                for assessment in services.assessments_resting_on(source)
            )
        return deleted, counts, perms_needed, protected


class StepInline(TranslatedTabularInline):
    model = Step
    fields = ("order", "title", "description")
    extra = 0


class AssessmentInline(TranslatedStackedInline):
    model = Assessment
    form = AssessmentAdminForm
    fields = ("level", "rationale", "sources", "assessed_by", "assessed_on")
    autocomplete_fields = ("sources",)
    extra = 0


class LinkInline(TranslatedTabularInline):
    model = Link
    fields = ("title", "url")
    extra = 0


class AttachmentInline(TranslatedTabularInline):
    model = Attachment
    fields = ("title", "file")
    extra = 0


ADOPTION_FIELDS = (
    "municipality",
    "actor",
    ("started_on", "ended_on"),
    "adaptation",
    "results",
    ("contact_organisation", "contact_url"),
    "is_published",
)


class AdoptionInline(TranslatedStackedInline):
    model = Adoption
    fields = ADOPTION_FIELDS
    autocomplete_fields = ("municipality", "actor")
    extra = 0


@admin.register(Adoption)
class AdoptionAdmin(TranslatedContentAdmin):
    list_display = ("practice", "municipality", "actor", "started_on", "is_published")
    list_filter = ("is_published", "municipality")
    list_select_related = ("practice", "municipality", "actor")
    search_fields = ("practice__title_fi", "practice__title_sv", "contact_organisation")
    autocomplete_fields = ("practice", "municipality", "actor")
    fields = ("practice", *ADOPTION_FIELDS)


class FeedbackAdminForm(forms.ModelForm):
    ask_organisation = forms.ModelChoiceField(
        label=_("Ask this organisation to answer"),
        queryset=Actor.objects.none(),
        required=False,
        help_text=_(
            "An organisation that runs the practice gets a private link, valid for 30 days and "
            "once, to write its own answer. It is shown at once under the organisation's name "
            "(once the feedback is published); you can edit or remove it here."
        ),
    )
    ask_email = forms.EmailField(
        label=_("Send the link to"),
        required=False,
        help_text=_(
            "The organisation's e-mail address. It is not stored; leave empty to copy the "
            "link yourself from the message shown after saving."
        ),
    )

    class Meta:
        model = Feedback
        fields = ("text", "name", "status", "moderation_note", "answer", "answered_by")


@admin.register(Feedback)
class FeedbackAdmin(ContentAdmin):
    """Questions and comments from the practices' pages: published, rejected and answered
    here. Every change is on record (its history), the e-mail address excepted."""

    list_display = ("short_text", "practice", "kind", "status", "has_answer", "created_at")
    list_filter = ("status", "kind", "language")
    list_select_related = ("practice",)
    search_fields = ("text", "name", "practice__title_fi", "practice__title_sv")
    date_hierarchy = "created_at"
    readonly_fields = (
        "practice",
        "kind",
        "language",
        "email",
        "created_at",
        "published_at",
        "answered_at",
        "answer_sent_at",
        "answer_link_actor",
        "answer_link_expires_at",
    )
    form = FeedbackAdminForm
    fieldsets = (
        (None, {"fields": ("practice", "kind", "language", "created_at")}),
        (_("What was written"), {"fields": ("text", "name", "email")}),
        (_("Moderation"), {"fields": ("status", "moderation_note", "published_at")}),
        (_("Answer"), {"fields": ("answer", "answered_by", "answered_at", "answer_sent_at")}),
        (
            _("The organisation's own answer"),
            {
                "fields": (
                    "ask_organisation",
                    "ask_email",
                    "answer_link_actor",
                    "answer_link_expires_at",
                )
            },
        ),
    )
    actions = ("publish", "reject")

    @admin.display(description=_("text"))
    def short_text(self, obj):
        return obj.text[:80]

    @admin.display(description=_("answered"), boolean=True)
    def has_answer(self, obj):
        return bool(obj.answer)

    def has_add_permission(self, request):
        return False  # Feedback comes from the site's form.

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None:
            # Only an organisation that runs the practice answers as itself.
            for name in ("answered_by", "ask_organisation"):
                if name in form.base_fields:
                    form.base_fields[name].queryset = obj.practice.actors.all()
        return form

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        base_url = request.build_absolute_uri("/")
        feedback.moderated(obj, base_url=base_url)
        if organisation := form.cleaned_data.get("ask_organisation"):
            self.ask_to_answer(request, obj, organisation, form.cleaned_data.get("ask_email"))

    def ask_to_answer(self, request, obj, organisation, address):
        token = feedback.ask_organisation(obj, organisation)
        links = private_links.addresses(request, "practices:feedback-answer", token=token)
        messages.success(
            request,
            format_html(
                "{} {}",
                gettext("The organisation's private link, shown only now:"),
                format_html_join(" · ", '<a href="{}">{}</a>', ((u, u) for u in links.values())),
            ),
        )
        if address:
            send_templated_mail(
                "practices/email/feedback_answer_request",
                [address],
                lambda code: {
                    "feedback": obj,
                    "title": getattr(obj.practice, f"title_{code}") or obj.practice.title,
                    "url": links[code],
                    "expires": obj.answer_link_expires_at,
                },
            )
            messages.info(
                request, gettext("The link was sent to %(address)s.") % {"address": address}
            )

    def moderate_each(self, request, queryset, status):
        changed = 0
        for item in queryset.select_related("practice"):
            if item.status != status:
                item.status = status
                item.save(update_fields=["status"])
                feedback.moderated(item, base_url=request.build_absolute_uri("/"))
                changed += 1
        return changed

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        changed = self.moderate_each(request, queryset, Feedback.Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reject the selected items"), permissions=["change"])
    def reject(self, request, queryset):
        changed = self.moderate_each(request, queryset, Feedback.Status.REJECTED)
        self.message_user(
            request,
            ngettext("%(count)d item rejected.", "%(count)d items rejected.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )


class ReviewOverdueFilter(admin.SimpleListFilter):
    title = _("review overdue")
    parameter_name = "review_overdue"

    def lookups(self, request, model_admin):
        return (("yes", _("Yes")), ("no", _("No")))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.review_overdue()
        if self.value() == "no":
            return queryset.filter(
                Q(next_review_due__isnull=True) | Q(next_review_due__gte=timezone.localdate())
            )
        return queryset


class ProposedOnSiteFilter(admin.SimpleListFilter):
    title = _("proposed on the site")
    parameter_name = "proposed"

    def lookups(self, request, model_admin):
        return (("yes", _("Yes")), ("no", _("No")))

    def queryset(self, request, queryset):
        proposed = Q(proposed_by__isnull=False) | ~Q(proposed_by_email="")
        if self.value() == "yes":
            return queryset.filter(proposed)
        if self.value() == "no":
            return queryset.exclude(proposed)
        return queryset


@admin.register(Practice)
class PracticeAdmin(TranslatedContentAdmin):
    form = PracticeAdminForm
    list_display = (
        "title",
        "status",
        "evidence_level",
        "assessed_on",
        "next_review_due",
        "updated_at",
    )
    list_filter = (
        "status",
        "evidence_level",
        ReviewOverdueFilter,
        ProposedOnSiteFilter,
        "themes",
        "stages__path",
    )
    list_select_related = ("latest_assessment",)
    # By title and id, as the indexes practices_title_fi and _sv hold them: with the admin's
    # own tiebreak (-pk) every page of the list sorted all the practices.
    ordering = ("title", "pk")
    search_fields = ("title_fi", "title_sv", "summary_fi", "summary_sv", "contact_organisation")
    prepopulated_fields = {"slug": ("title_fi",)}
    autocomplete_fields = (
        "themes",
        "target_groups",
        "stages",
        "actors",
        "municipalities",
        "languages",
        "sources",
        "related",
    )
    readonly_fields = (
        "evidence_level",
        "created_at",
        "updated_at",
        "published_at",
        "proposed_by",
    )
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "summary")}),
        (
            _("Description"),
            {
                "fields": (
                    "description",
                    "aims",
                    "results",
                    "resources",
                    "duration",
                    "cost",
                    "origin",
                    "country",
                )
            },
        ),
        (
            _("Classification"),
            {
                "fields": (
                    "themes",
                    "target_groups",
                    "stages",
                    "actors",
                    "municipalities",
                    "languages",
                    "sources",
                    "related",
                )
            },
        ),
        (
            _("Period and contact"),
            {
                "fields": (
                    "started_on",
                    "ended_on",
                    "contact_organisation",
                    "contact_email",
                    "contact_url",
                )
            },
        ),
        (
            _("Evidence and review"),
            {"fields": ("evidence_level", "last_reviewed_on", "next_review_due")},
        ),
        (
            _("Record"),
            {
                "fields": (
                    "created_at",
                    "updated_at",
                    "published_at",
                    "proposed_by",
                    "proposed_by_email",
                )
            },
        ),
    )
    inlines = (StepInline, AssessmentInline, LinkInline, AttachmentInline, AdoptionInline)
    actions = ("publish_selected", "archive_selected")

    @admin.display(description=_("assessed"), ordering="latest_assessment__assessed_on")
    def assessed_on(self, obj):
        return obj.latest_assessment.assessed_on if obj.latest_assessment else None

    def save_model(self, request, obj, form, change):
        becomes_published = obj.status == Practice.Status.PUBLISHED and (
            not change or form.initial.get("status") != Practice.Status.PUBLISHED
        )
        if becomes_published:
            # Through the service, so the proposer is told whichever way it is published.
            services.publish(obj, base_url=request.build_absolute_uri("/"))
        else:
            super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish the selected practices"), permissions=("change",))
    def publish_selected(self, request, queryset):
        published, skipped = 0, []
        for practice in queryset.exclude(status=Practice.Status.PUBLISHED):
            missing = practice.missing_for_publishing()
            if missing:
                skipped.append(f"{practice} ({services.missing_labels(missing)})")
                continue
            services.publish(practice, base_url=request.build_absolute_uri("/"))
            published += 1
        if published:
            self.message_user(
                request,
                ngettext(
                    "Published %(count)d practice.", "Published %(count)d practices.", published
                )
                % {"count": published},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                _(
                    "Not published, as publishing needs the title and summary in both "
                    "languages: %(practices)s."
                )
                % {"practices": "; ".join(skipped)},
                messages.WARNING,
            )

    @admin.action(description=_("Archive the selected practices"), permissions=("change",))
    def archive_selected(self, request, queryset):
        practices = list(queryset.exclude(status=Practice.Status.ARCHIVED))
        for practice in practices:
            services.archive(practice)
        self.message_user(
            request,
            ngettext(
                "Archived %(count)d practice.", "Archived %(count)d practices.", len(practices)
            )
            % {"count": len(practices)},
            messages.SUCCESS,
        )


class PrioritySelectionInline(TranslatedTabularInline):
    model = PrioritySelection
    fields = ("practice", "reason")
    autocomplete_fields = ("practice",)
    extra = 0


@admin.register(Priority)
class PriorityAdmin(TranslatedContentAdmin):
    form = PriorityAdminForm
    list_display = ("title", "starts_on", "ends_on")
    search_fields = ("title_fi", "title_sv")
    prepopulated_fields = {"slug": ("title_fi",)}
    autocomplete_fields = ("stages",)
    inlines = (PrioritySelectionInline,)
