from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.models import Event, Registration
from portal.content_admin import TranslatedContentAdmin


class RegistrationInline(admin.TabularInline):
    """Who has a place and who waits: read here, changed only by the people themselves
    (their cancellation link) or deleted by a coordinator."""

    model = Registration
    fields = ("name", "organisation", "email", "status", "created_at", "reminded_at")
    readonly_fields = fields
    extra = 0
    can_delete = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(TranslatedContentAdmin):
    list_display = ("title", "kind", "starts_at", "language", "places_taken", "is_published")
    list_filter = ("kind", "language", "is_published")
    search_fields = ("title_fi", "title_sv", "slug")
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ("title_fi",)}
    autocomplete_fields = ("materials", "practices", "priorities")
    filter_horizontal = ("versions",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "language", "is_published")}),
        (_("When and where"), {"fields": ("starts_at", "ends_at", "place", "online_url")}),
        (_("Content"), {"fields": ("description", "agenda", "minutes")}),
        (_("Linked"), {"fields": ("materials", "versions", "practices", "priorities")}),
        (_("Registration"), {"fields": ("capacity", "registration_closes_at")}),
    )
    inlines = (RegistrationInline,)

    @admin.display(description=_("places taken"))
    def places_taken(self, obj):
        if obj.capacity is None:
            return "–"
        return f"{obj.taken} / {obj.capacity}"

    def get_queryset(self, request):
        return super().get_queryset(request).with_places()
