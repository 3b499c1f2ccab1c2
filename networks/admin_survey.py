"""The tie surveys in the admin: a coordinator makes one for an actor and gets its private
link (shown once, and sent by e-mail if an address is given), then approves or rejects the
answer, which is kept on record with the decision."""

import datetime

from django import forms
from django.contrib import admin, messages
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from networks import surveys
from networks.models import TieSurvey
from portal import private_links

VALID_DAYS = 30


class TieSurveyForm(forms.ModelForm):
    send_to = forms.EmailField(
        label=gettext_lazy("Send the link to"),
        required=False,
        help_text=gettext_lazy(
            "The organisation's e-mail address. It is not stored; leave empty to copy the "
            "link yourself from the message shown after saving."
        ),
    )

    class Meta:
        model = TieSurvey
        fields = ("actor", "expires_at")


@admin.register(TieSurvey)
class TieSurveyAdmin(admin.ModelAdmin):
    form = TieSurveyForm
    list_display = ("actor", "status", "expires_at", "answered_at", "decided_at")
    list_filter = ("status",)
    autocomplete_fields = ("actor",)
    actions = ("approve", "reject")
    readonly_fields = (
        "status",
        "created_at",
        "created_by",
        "answered_at",
        "respondent",
        "proposed_changes",
        "comment",
        "decided_at",
        "decided_by",
    )

    def get_changeform_initial_data(self, request):
        return {"expires_at": timezone.now() + datetime.timedelta(days=VALID_DAYS)}

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("actor", "expires_at", "send_to")
        return ("actor", "expires_at", *self.readonly_fields)

    def get_readonly_fields(self, request, obj=None):
        return ("actor", *self.readonly_fields) if obj else ()

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        survey, token = surveys.new_survey(obj.actor, obj.expires_at, request.user)
        obj.pk, obj.token_hash = survey.pk, survey.token_hash
        links = private_links.addresses(request, "networks:tie-survey", token=token)
        messages.success(
            request,
            format_html(
                "{} {}",
                _("The survey's private link, shown only now:"),
                format_html_join(
                    " · ", '<a href="{}">{}</a>', ((url, url) for url in links.values())
                ),
            ),
        )
        if address := form.cleaned_data.get("send_to"):
            context = {"actor": obj.actor, "links": links, "expires_at": obj.expires_at}
            send_mail(
                _("Your organisation's ties and roles on the integration network map"),
                render_to_string("networks/emails/tie_survey.txt", context),
                None,
                [address],
            )
            messages.info(request, _("The link was sent to %(address)s.") % {"address": address})

    @admin.display(description=_("answered by"))
    def respondent(self, obj):
        return obj.answer.get("respondent", "")

    @admin.display(description=_("comment"))
    def comment(self, obj):
        return obj.answer.get("comment", "")

    @admin.display(description=_("proposed changes"))
    def proposed_changes(self, obj):
        if obj.status == TieSurvey.Status.OPEN:
            return "–"
        lines = surveys.changes_in(obj)
        if not lines:
            return _("No changes: everything still holds.")
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((line,) for line in lines))
        )

    @admin.action(description=gettext_lazy("Approve the answers: change the ties and roles"))
    def approve(self, request, queryset):
        self.decide(request, queryset, surveys.approve)

    @admin.action(description=gettext_lazy("Reject the answers"))
    def reject(self, request, queryset):
        self.decide(
            request,
            queryset,
            lambda survey, user: surveys.decide(survey, user, TieSurvey.Status.REJECTED),
        )

    def decide(self, request, queryset, decision):
        answered = list(queryset.filter(status=TieSurvey.Status.ANSWERED).select_related("actor"))
        for survey in answered:
            decision(survey, request.user)
        skipped = queryset.count() - len(answered)
        messages.success(request, _("Decided: %(count)d.") % {"count": len(answered)})
        if skipped:
            messages.warning(
                request,
                _("%(count)d were left as they were: only answered surveys are decided on.")
                % {"count": skipped},
            )
