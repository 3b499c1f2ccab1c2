"""Priority rounds in the admin: the candidates listed, the period set, the result published
once the round has closed, and priorities made of the best-ranked candidate priorities."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.admin_stamps import stamp_each
from portal.content_admin import TranslatedContentAdmin, TranslatedStackedInline
from rounds import results
from rounds.models import Candidate, Round
from rounds.priorities import make_priorities


class CandidateInline(TranslatedStackedInline):
    model = Candidate
    fields = ("kind", "order", "title", "description", "practice", "priority")
    readonly_fields = ("priority",)
    autocomplete_fields = ("practice",)
    extra = 0


@admin.register(Round)
class RoundAdmin(TranslatedContentAdmin):
    list_display = ("title", "opens_at", "closes_at", "open_to_public", "ballots", "result_shown")
    list_filter = ("open_to_public", "is_published")
    search_fields = ("title_fi", "title_sv", "slug")
    prepopulated_fields = {"slug": ("title_fi",)}
    readonly_fields = ("result_published_at",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "introduction", "is_published")}),
        (
            _("Ranking"),
            {"fields": ("opens_at", "closes_at", "places", "open_to_public", "period_starts_on")},
        ),
        (_("Result"), {"fields": ("result_published_at",)}),
    )
    inlines = (CandidateInline,)
    actions = ("publish_result", "make_priorities_of_the_result")

    @admin.display(description=_("rankings"))
    def ballots(self, obj):
        return results.ballot_counts(obj)["all"]

    @admin.display(description=_("result published"), boolean=True)
    def result_shown(self, obj):
        return obj.result_published

    @admin.action(description=_("Publish the result of the selected closed rounds"))
    def publish_result(self, request, queryset):
        if queryset.filter(closes_at__gt=timezone.now()).exists():
            self.message_user(
                request,
                _("A result is published once its round has closed; nothing was changed."),
                messages.ERROR,
            )
            return
        changed = stamp_each(queryset, "result_published_at")
        self.message_user(
            request,
            ngettext("%(count)d result published.", "%(count)d results published.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Make regional priorities of the best-ranked candidates"))
    def make_priorities_of_the_result(self, request, queryset):
        made = 0
        for round_ in queryset:
            if not round_.result_published:
                self.message_user(
                    request,
                    _("Publish the result of “%(round)s” first.") % {"round": round_},
                    messages.ERROR,
                )
                continue
            made += len(make_priorities(round_))
        self.message_user(
            request,
            ngettext("%(count)d priority made.", "%(count)d priorities made.", made)
            % {"count": made},
            messages.SUCCESS,
        )
