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
    fields = ("key", "title", "lead", "body", "feedback_email", "updated_at")

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if obj is None or obj.key != Page.Key.ACCESSIBILITY:
            # Only the accessibility statement has a feedback form.
            return [name for name in fields if name != "feedback_email"]
        return fields

    def has_add_permission(self, request):
        # The pages are fixed: the site links to each of them by its key.
        return False

    def has_delete_permission(self, request, obj=None):
        return False
