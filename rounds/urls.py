from django.urls import path
from django.utils.translation import gettext_lazy as _

from rounds import views

app_name = "rounds"

urlpatterns = [
    path(_("priority-rounds/"), views.round_list, name="list"),
    path(_("priority-rounds/<slug:slug>/"), views.round_detail, name="detail"),
]
