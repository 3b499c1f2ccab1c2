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
    path(_("paths/"), views.PathListView.as_view(), name="path-list"),
    path(_("paths/<slug:slug>/"), views.path_detail, name="path-detail"),
    path(_("actors/"), views.ActorListView.as_view(), name="actor-list"),
    path(_("actors/<slug:slug>/"), views.ActorDetailView.as_view(), name="actor-detail"),
    path(_("network-map/"), views.network_map, name="map"),
    path(_("coverage/"), views.coverage, name="coverage"),
    path(_("coverage.csv"), views.coverage_csv, name="coverage-csv"),
    path(_("coverage/gap/"), views.gap, name="gap"),
]
