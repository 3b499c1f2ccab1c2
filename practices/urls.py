from django.urls import path
from django.utils.translation import gettext_lazy as _

from practices.views import catalogue, feedback, pages, proposals, sources

app_name = "practices"

urlpatterns = [
    path(_("practices/"), catalogue.PracticeListView.as_view(), name="list"),
    path(_("practices/export.csv"), catalogue.practice_csv, name="export-csv"),
    path(_("practices/feed/"), catalogue.NewPracticesFeed(), name="feed"),
    path(_("practices/compare/"), pages.compare, name="compare"),
    path(_("practices/compare/change/"), pages.compare_change, name="compare-change"),
    path(_("practices/propose/"), proposals.propose, name="propose"),
    path(
        _("practices/propose/confirm/<str:token>/"),
        proposals.confirm_proposal,
        name="propose-confirm",
    ),
    path(_("practices/propose/thanks/"), proposals.proposal_received, name="propose-thanks"),
    path(
        _("practices/feedback/answer/<str:token>/"),
        feedback.organisation_answer,
        name="feedback-answer",
    ),
    path(_("practices/<slug:slug>/"), pages.practice_detail, name="detail"),
    path(_("practices/<slug:slug>/in-use/"), proposals.propose_adoption, name="propose-adoption"),
    path(_("practices/<slug:slug>/feedback/"), feedback.feedback_page, name="feedback"),
    path(
        _("practices/<slug:slug>/feedback/thanks/"),
        feedback.feedback_thanks,
        name="feedback-thanks",
    ),
    path(_("evidence-levels/"), pages.evidence_scale, name="evidence-scale"),
    path(_("priorities/"), pages.priority_list, name="priority-list"),
    path(_("sources/"), sources.SourceListView.as_view(), name="source-list"),
    path(_("sources/<slug:slug>/"), sources.source_detail, name="source-detail"),
    path(_("attachments/<int:pk>/"), pages.attachment_download, name="attachment"),
    path(_("sources/<slug:slug>/file/"), sources.source_file_download, name="source-file"),
]
