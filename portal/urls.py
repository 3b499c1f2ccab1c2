from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from portal import following_views, open_data, views
from portal.login_throttle import ThrottledAuthenticationForm
from portal.password_reset import CountResettingSetPasswordForm, LimitedPasswordResetForm
from portal.registry import registry

portal_patterns = (
    [
        path("", views.home, name="home"),
        path(_("search/"), views.search, name="search"),
        path("opensearch.xml", views.opensearch_description, name="opensearch"),
        path(_("accessibility/"), views.page, {"key": "accessibility"}, name="accessibility"),
        path(
            _("accessibility/feedback/"),
            views.accessibility_feedback,
            name="accessibility-feedback",
        ),
        path(
            _("accessibility/feedback/thanks/"),
            views.accessibility_feedback_sent,
            name="accessibility-feedback-sent",
        ),
        path(_("privacy/"), views.page, {"key": "privacy"}, name="privacy"),
        path(_("open-data/"), open_data.open_data, name="open-data"),
        path(_("follow/sent/"), following_views.follow_sent, name="follow-sent"),
        path(_("follow/confirm/<str:token>/"), following_views.confirm, name="follow-confirm"),
        path(_("follow/stop/<str:token>/"), following_views.unsubscribe, name="follow-unsubscribe"),
        path(_("follow/<slug:kind>/<slug:ref>/"), following_views.follow, name="follow"),
    ],
    "portal",
)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("api/v1/", include("portal.api_urls")),
    path(
        "sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": registry.sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

urlpatterns += i18n_patterns(
    path("", include(portal_patterns)),
    path("", include("networks.urls")),
    path("", include("practices.urls")),
    path("", include("monitoring.urls")),
    path("", include("rounds.urls")),
    path("", include("agreements.urls")),
    path("", include("events.urls")),
    path("", include("hearings.urls")),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(authentication_form=ThrottledAuthenticationForm),
        name="login",
    ),
    path(
        "accounts/password_reset/",
        auth_views.PasswordResetView.as_view(form_class=LimitedPasswordResetForm),
        name="password_reset",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(form_class=CountResettingSetPasswordForm),
        name="password_reset_confirm",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

handler500 = "portal.views.server_error"
