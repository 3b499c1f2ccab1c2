from django.urls import path
from django.utils.translation import gettext_lazy as _

from events import views

app_name = "events"

urlpatterns = [
    path(_("events/"), views.event_list, name="list"),
    path(_("events/calendar/<str:kind>.ics"), views.feed, name="feed"),
    path(_("events/cancel/<str:token>/"), views.cancel, name="cancel"),
    path(_("events/<slug:slug>/"), views.event_detail, name="detail"),
    path(_("events/<slug:slug>/event.ics"), views.event_ics, name="ics"),
    path(_("events/<slug:slug>/register/"), views.register, name="register"),
    path(_("events/<slug:slug>/register/done/"), views.registered, name="registered"),
]
