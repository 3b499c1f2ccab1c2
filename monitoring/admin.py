from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from monitoring import admin_import
from monitoring.models import Indicator, Observation
from portal.content_admin import TranslatedContentAdmin


@admin.register(Indicator)
class IndicatorAdmin(TranslatedContentAdmin):
    list_display = ("name", "slug", "theme", "unit", "better", "is_example", "order")
    list_filter = ("theme", "better", "is_example")
    list_select_related = ("theme",)
    search_fields = ("name_fi", "name_sv", "slug")
    prepopulated_fields = {"slug": ("name_fi",)}
    autocomplete_fields = ("source", "practices", "stages", "priorities")
    readonly_fields = ("created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("name", "slug", "definition", "theme", "source", "is_example")}),
        (_("Figures"), {"fields": ("unit", "decimals", "better", "order")}),
        (_("What it follows"), {"fields": ("stages", "practices", "priorities")}),
        (_("Record"), {"fields": ("created_at", "updated_at")}),
    )


@admin.register(Observation)
class ObservationAdmin(TranslatedContentAdmin):
    list_display = ("indicator", "area", "period_label", "value", "updated_at")
    list_filter = ("indicator", "period_kind", "year", "sub_region", "municipality")
    list_select_related = ("indicator", "municipality", "sub_region")
    search_fields = ("indicator__slug", "indicator__name_fi", "municipality__name_fi")
    autocomplete_fields = ("indicator",)
    readonly_fields = ("created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("indicator", "municipality", "sub_region", "value", "note")}),
        (
            _("Period"),
            {
                "fields": ("year", "period_kind", "month"),
                "description": _(
                    "A year starts in month 1; a quarter in month 1, 4, 7 or 10; a month is "
                    "its own number."
                ),
            },
        ),
        (_("Record"), {"fields": ("created_at", "updated_at")}),
    )

    def get_urls(self):
        return [*admin_import.import_urls(self), *super().get_urls()]

    @admin.display(description=_("area"))
    def area(self, obj):
        return obj.area_name

    @admin.display(description=_("period"), ordering="year")
    def period_label(self, obj):
        return obj.period.label()
