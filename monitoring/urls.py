from django.urls import path
from django.utils.translation import gettext_lazy as _

from monitoring import views

app_name = "monitoring"

urlpatterns = [
    path(_("indicators/"), views.indicator_list, name="indicator-list"),
    path(_("indicators/<slug:slug>/"), views.indicator_detail, name="indicator-detail"),
    path(_("indicators/<slug:slug>/figures.csv"), views.indicator_csv, name="indicator-csv"),
    path(_("needs/<slug:slug>/"), views.municipality_needs, name="municipality-needs"),
    path(
        _("needs/<slug:slug>/needs.csv"),
        views.municipality_needs_csv,
        name="municipality-needs-csv",
    ),
]
