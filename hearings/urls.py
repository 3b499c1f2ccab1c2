from django.urls import path
from django.utils.translation import gettext_lazy as _

from hearings import views

app_name = "hearings"

urlpatterns = [
    path(_("hearings/"), views.hearing_list, name="list"),
    path(_("hearings/<slug:slug>/"), views.hearing_detail, name="detail"),
    path(_("hearings/<slug:slug>/report/"), views.report, name="report"),
    path(_("hearings/<slug:slug>/report.docx"), views.report_download, name="report-docx"),
    path(_("hearings/<slug:slug>/<int:pk>/"), views.hearing_section, name="section"),
    path(_("hearings/<slug:slug>/<int:pk>/sent/"), views.comment_sent, name="comment-sent"),
    path(_("hearings/<slug:slug>/support/<int:pk>/"), views.support, name="support"),
]
