from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from networks.models import Municipality, SubRegion


class MunicipalityInline(admin.TabularInline):
    model = Municipality
    fields = ("name", "slug")
    readonly_fields = ("name", "slug")
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(SubRegion)
class SubRegionAdmin(TabbedTranslationAdmin):
    list_display = ("name", "municipality_count")
    search_fields = ("name_fi", "name_sv")
    prepopulated_fields = {"slug": ("name_fi",)}
    inlines = (MunicipalityInline,)

    @admin.display(description=_("municipalities"))
    def municipality_count(self, obj):
        return obj.municipalities.count()


@admin.register(Municipality)
class MunicipalityAdmin(TabbedTranslationAdmin):
    list_display = ("name_fi", "name_sv", "sub_region")
    list_filter = ("sub_region",)
    list_select_related = ("sub_region",)
    search_fields = ("name_fi", "name_sv")
    prepopulated_fields = {"slug": ("name_fi",)}
    autocomplete_fields = ("sub_region",)
