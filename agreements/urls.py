from django.urls import path
from django.utils.translation import gettext_lazy as _

from agreements.views import agreement, compare, export, follow_up, reply, review

app_name = "agreements"

urlpatterns = [
    path(_("agreements/"), review.agreement_list, name="agreement-list"),
    path(_("agreements/<slug:slug>/"), agreement.agreement_detail, name="agreement-detail"),
    path(
        _("agreements/<slug:slug>/versions/<int:number>/"),
        review.version_detail,
        name="version-detail",
    ),
    path(
        _("agreements/<slug:slug>/versions/<int:number>/comments/<int:pk>/"),
        review.comment_edit,
        name="comment-edit",
    ),
    path(
        _("agreements/<slug:slug>/versions/<int:number>/comments/<int:pk>/withdraw/"),
        review.comment_withdraw,
        name="comment-withdraw",
    ),
    path(
        _("agreements/<slug:slug>/versions/<int:number>/comments/<int:pk>/reply/"),
        reply.comment_reply,
        name="comment-reply",
    ),
    path(
        _("agreements/<slug:slug>/versions/<int:number>/export/"),
        export.version_export,
        name="version-export",
    ),
    path(_("agreements/<slug:slug>/compare/"), compare.compare, name="compare"),
    path(_("agreements/<slug:slug>/follow-up/"), follow_up.follow_up_page, name="follow-up"),
]
