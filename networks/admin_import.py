"""The admin's pages for importing actors, roles and ties: the upload and its result, the
format, and a template to fill in for each kind of file."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from networks import imports
from networks.models import Actor, IntegrationPath, Language, Role, SubRegion, Tie
from portal.admin_import import ImportFileForm, import_page_context
from portal.csv_export import csv_response
from portal.table_files import ADMIN_LIMITS

MODEL_OF_KIND = {imports.ACTORS: Actor, imports.ROLES: Role, imports.TIES: Tie}
PERIOD_HELP = gettext_lazy("A date: 2024-05-31 or 31.5.2024. Empty: no start or no end.")
DESCRIPTION_HELP = gettext_lazy("Free text in Finnish (_fi) or Swedish (_sv).")
LIST_HELP = gettext_lazy(
    "Identifiers or names separated by commas or semicolons (listed below). When the column "
    "is in the file, the list replaces the earlier one; an empty cell empties it."
)
COLUMN_HELP = {
    "identifier": gettext_lazy(
        "The actor's identifier in addresses: letters a–z, digits, - and _. An actor with "
        "this identifier is changed; otherwise one is created."
    ),
    "name_fi": gettext_lazy("The name in Finnish."),
    "name_sv": gettext_lazy("The name in Swedish."),
    "type": gettext_lazy("The type of actor (listed below)."),
    "parent": gettext_lazy("The identifier of the actor it is a part of, if any."),
    "municipalities": LIST_HELP,
    "languages": LIST_HELP,
    "website": gettext_lazy("The address of its website."),
    "description_fi": DESCRIPTION_HELP,
    "description_sv": DESCRIPTION_HELP,
    "actor": gettext_lazy("The identifier of the actor."),
    "path": gettext_lazy("The integration path by its identifier or name (listed below)."),
    "stage": gettext_lazy("The stage of the path by its number or name (listed below)."),
    "kind": gettext_lazy("The kind (listed below), by its code or its name."),
    "valid_from": PERIOD_HELP,
    "valid_to": PERIOD_HELP,
    "source": gettext_lazy("The identifier of the actor the tie is from."),
    "target": gettext_lazy("The identifier of the actor the tie is to."),
    "strength": gettext_lazy("1, 2 or 3, or its name (listed below); empty: 2."),
}


class NetworkImportForm(ImportFileForm):
    kind = forms.ChoiceField(label=gettext_lazy("The file holds"), choices=imports.kinds)
    field_order = ["kind", "file", "dry_run"]


def import_urls(model_admin):
    """The import pages, under the actors' admin."""
    wrap = model_admin.admin_site.admin_view
    return [
        path(
            "import/",
            wrap(lambda request: upload(request, model_admin)),
            name="networks_actor_import",
        ),
        path(
            "import/format/",
            wrap(lambda request: import_format(request, model_admin)),
            name="networks_actor_import_format",
        ),
        path(
            "import/<str:kind>-template.csv",
            wrap(lambda request, kind: template_csv(request, model_admin, kind)),
            name="networks_actor_import_template",
        ),
    ]


def may_import(request, model) -> bool:
    """Importing adds and changes records of the model: it needs both permissions."""
    opts = model._meta
    return request.user.has_perms(
        [f"{opts.app_label}.add_{opts.model_name}", f"{opts.app_label}.change_{opts.model_name}"]
    )


def page_context(request, model_admin, title):
    return {**import_page_context(request, model_admin, title), "kinds": imports.kinds()}


def upload(request, model_admin):
    if not any(may_import(request, model) for model in MODEL_OF_KIND.values()):
        raise PermissionDenied
    posted = request.method == "POST"
    form = NetworkImportForm(request.POST, request.FILES) if posted else NetworkImportForm()
    result = None
    if posted and form.is_valid():
        kind = form.cleaned_data["kind"]
        if not may_import(request, MODEL_OF_KIND[kind]):
            raise PermissionDenied
        result = imports.import_file(
            kind,
            form.cleaned_data["file"],
            limits=ADMIN_LIMITS,
            dry_run=form.cleaned_data["dry_run"],
        )
        if result.written:
            # A fresh form: uploading the same file again must be a new decision.
            form = NetworkImportForm(initial={"kind": kind})
    context = page_context(request, model_admin, _("Import actors, roles and ties"))
    context.update(form=form, result=result)
    return TemplateResponse(request, "admin/networks/actor/import.html", context)


def import_format(request, model_admin):
    context = page_context(request, model_admin, _("The format of a network import file"))
    context.update(
        files=[
            (
                kind,
                label,
                [
                    (name, name in imports.COLUMNS[kind].required, COLUMN_HELP[name])
                    for name in imports.COLUMNS[kind].names
                ],
            )
            for kind, label in imports.kinds()
        ],
        choice_tables=[
            (_("Types of actor (type)"), Actor.Type.choices),
            (_("Kinds of role (kind)"), Role.Kind.choices),
            (_("Kinds of tie (kind)"), Tie.Kind.choices),
            (_("Strengths of tie (strength)"), Tie.Strength.choices),
        ],
        paths=IntegrationPath.objects.prefetch_related("stages"),
        sub_regions=SubRegion.objects.prefetch_related("municipalities"),
        languages=Language.objects.all(),
    )
    return TemplateResponse(request, "admin/networks/actor/import_format.html", context)


def template_csv(request, model_admin, kind):
    if kind not in imports.COLUMNS:
        raise PermissionDenied
    return csv_response(f"{kind}-template.csv", imports.COLUMNS[kind].names, [])
