from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from networks import admin_import, admin_survey  # noqa: F401 (registers the surveys)
from networks.forms import TieInlineFormSet
from networks.models import (
    Actor,
    IntegrationPath,
    Language,
    Municipality,
    Network,
    PathStage,
    Role,
    SubRegion,
    Tie,
)
from portal.content_admin import (
    ContentTabularInline,
    TranslatedContentAdmin,
    TranslatedTabularInline,
)


class MunicipalityInline(ContentTabularInline):
    model = Municipality
    fields = ("name", "slug")
    readonly_fields = ("name", "slug")
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(SubRegion)
class SubRegionAdmin(TranslatedContentAdmin):
    list_display = ("name", "municipality_count")
    search_fields = ("name_fi", "name_sv")
    prepopulated_fields = {"slug": ("name_fi",)}
    inlines = (MunicipalityInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(municipality_total=Count("municipalities"))

    @admin.display(description=_("municipalities"), ordering="municipality_total")
    def municipality_count(self, obj):
        return obj.municipality_total


@admin.register(Municipality)
class MunicipalityAdmin(TranslatedContentAdmin):
    list_display = ("name_fi", "name_sv", "sub_region")
    list_filter = ("sub_region",)
    list_select_related = ("sub_region",)
    search_fields = ("name_fi", "name_sv")
    prepopulated_fields = {"slug": ("name_fi",)}
    autocomplete_fields = ("sub_region",)


@admin.register(Language)
class LanguageAdmin(TranslatedContentAdmin):
    list_display = ("name", "code", "order")
    list_editable = ("order",)
    search_fields = ("name_fi", "name_sv", "code")


class PathStageInline(TranslatedTabularInline):
    model = PathStage
    fields = ("order", "name", "description")
    extra = 0


@admin.register(IntegrationPath)
class IntegrationPathAdmin(TranslatedContentAdmin):
    list_display = ("name", "order")
    prepopulated_fields = {"slug": ("name_fi",)}
    search_fields = ("name_fi", "name_sv")
    inlines = (PathStageInline,)


@admin.register(PathStage)
class PathStageAdmin(TranslatedContentAdmin):
    list_display = ("name", "path", "order")
    list_filter = ("path",)
    list_select_related = ("path",)
    search_fields = ("name_fi", "name_sv", "path__name_fi", "path__name_sv")


class RoleInline(TranslatedTabularInline):
    model = Role
    fields = (
        "stage",
        "kind",
        "description",
        "municipalities",
        "languages",
        "valid_from",
        "valid_to",
    )
    autocomplete_fields = ("stage", "municipalities", "languages")
    extra = 0


class TieInline(TranslatedTabularInline):
    model = Tie
    formset = TieInlineFormSet
    fk_name = "source"
    fields = ("target", "kind", "strength", "description", "valid_from", "valid_to")
    autocomplete_fields = ("target",)
    extra = 0
    verbose_name = _("tie to another actor")
    verbose_name_plural = _("ties to other actors")


@admin.register(Actor)
class ActorAdmin(TranslatedContentAdmin):
    list_display = ("name", "actor_type", "parent", "tie_count")
    list_filter = ("actor_type", "languages", "municipalities__sub_region", "roles__stage__path")
    list_select_related = ("parent",)
    search_fields = ("name_fi", "name_sv", "description_fi", "description_sv")
    prepopulated_fields = {"slug": ("name_fi",)}
    autocomplete_fields = ("parent", "municipalities", "languages")
    inlines = (RoleInline, TieInline)
    fieldsets = (
        (None, {"fields": ("name", "slug", "actor_type", "parent", "description")}),
        (_("Public contact"), {"fields": ("website", "public_email", "public_phone")}),
        (_("Whom and how it serves"), {"fields": ("municipalities", "languages")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(tie_total=Count("ties_out", distinct=True))

    @admin.display(description=_("ties"), ordering="tie_total")
    def tie_count(self, obj):
        return obj.tie_total

    def get_urls(self):
        return [*admin_import.import_urls(self), *super().get_urls()]


@admin.register(Network)
class NetworkAdmin(TranslatedContentAdmin):
    list_display = ("name",)
    search_fields = ("name_fi", "name_sv")
    prepopulated_fields = {"slug": ("name_fi",)}
    autocomplete_fields = ("actors",)
