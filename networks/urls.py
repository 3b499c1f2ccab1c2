from django.urls import path
from django.utils.translation import gettext_lazy as _

from networks import map_views, survey_views, views

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
    path(_("network-map/"), map_views.network_map_page, name="map"),
    path(_("network-map/changes/"), map_views.network_changes_page, name="map-changes"),
    path(_("network-map/map.svg"), map_views.network_map_svg, name="map-svg"),
    path(
        _("network-map/network.graphml"),
        map_views.network_map_file,
        {"file_format": "graphml"},
        name="map-graphml",
    ),
    path(
        _("network-map/network.gexf"),
        map_views.network_map_file,
        {"file_format": "gexf"},
        name="map-gexf",
    ),
    path(_("network-map/ties.csv"), map_views.network_map_ties_csv, name="map-ties-csv"),
    path(_("network-map/<slug:slug>/"), map_views.actor_map_page, name="actor-map"),
    path(_("tie-survey/<str:token>/"), survey_views.tie_survey_page, name="tie-survey"),
    path(_("coverage/"), views.coverage, name="coverage"),
    path(_("coverage.csv"), views.coverage_csv, name="coverage-csv"),
    path(_("coverage/gap/"), views.gap, name="gap"),
]
