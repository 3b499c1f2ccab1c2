from django.urls import path
from django.utils.translation import gettext_lazy as _

from networks import views

app_name = "networks"

urlpatterns = [
    path(_("municipalities/"), views.MunicipalityListView.as_view(), name="municipality-list"),
    path(
        _("municipalities/<slug:slug>/"),
        views.MunicipalityDetailView.as_view(),
        name="municipality-detail",
    ),
]
