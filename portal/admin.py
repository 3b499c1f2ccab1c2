from django.contrib import admin

from portal.content_admin import TranslatedContentAdmin
from portal.login_throttle import ThrottledAdminAuthenticationForm
from portal.models import Page

admin.site.site_header = admin.site.site_title = "Kotoutumisen tietopankki – Kunskapsbanken"
admin.site.login_form = ThrottledAdminAuthenticationForm


@admin.register(Page)
class PageAdmin(TranslatedContentAdmin):
    list_display = ("__str__", "title", "updated_at")
    readonly_fields = ("key", "updated_at")
    fields = ("key", "title", "lead", "body", "updated_at")

    def has_add_permission(self, request):
        # The pages are fixed: the site links to each of them by its key.
        return False

    def has_delete_permission(self, request, obj=None):
        return False
