"""The admin's pages for importing monitoring data: the upload and its result, the format
documentation, and templates to fill in (CSV and Excel)."""

import io

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from monitoring.imports import COLUMNS, REGION_IDENTIFIERS, import_file
from monitoring.models import Indicator
from networks.areas import region_name
from networks.models import SubRegion
from portal.admin_import import ImportFileForm, import_page_context
from portal.csv_export import csv_response
from portal.spreadsheet_cells import text_cell
from portal.table_files import ADMIN_LIMITS

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def import_urls(model_admin):
    """The import pages, under the observations' admin."""
    wrap = model_admin.admin_site.admin_view
    return [
        path(
            "import/",
            wrap(lambda request: upload(request, model_admin)),
            name="monitoring_observation_import",
        ),
        path(
            "import/format/",
            wrap(lambda request: import_format(request, model_admin)),
            name="monitoring_observation_import_format",
        ),
        path(
            "import/template.csv",
            wrap(lambda request: template_csv(request, model_admin)),
            name="monitoring_observation_import_template_csv",
        ),
        path(
            "import/template.xlsx",
            wrap(lambda request: template_xlsx(request, model_admin)),
            name="monitoring_observation_import_template_xlsx",
        ),
    ]


def check_permission(request, model_admin):
    """Importing adds and changes observations: it needs both permissions."""
    if not (model_admin.has_add_permission(request) and model_admin.has_change_permission(request)):
        raise PermissionDenied


def upload(request, model_admin):
    check_permission(request, model_admin)
    posted = request.method == "POST"
    form = ImportFileForm(request.POST, request.FILES) if posted else ImportFileForm()
    result = None
    if posted and form.is_valid():
        uploaded = form.cleaned_data["file"]
        result = import_file(uploaded, limits=ADMIN_LIMITS, dry_run=form.cleaned_data["dry_run"])
        if result.written:
            # A fresh form: uploading the same file again must be a new decision.
            form = ImportFileForm()
    context = import_page_context(request, model_admin, _("Import observations"))
    context.update(form=form, result=result)
    return TemplateResponse(request, "admin/monitoring/observation/import.html", context)


def area_identifiers():
    """The sub-regions with their municipalities, as the format page lists them."""
    return SubRegion.objects.prefetch_related("municipalities")


def import_format(request, model_admin):
    check_permission(request, model_admin)
    context = import_page_context(request, model_admin, _("The format of an import file"))
    context.update(
        columns=COLUMNS,
        region_identifiers=REGION_IDENTIFIERS,
        indicators=Indicator.objects.all(),
        sub_regions=area_identifiers(),
    )
    return TemplateResponse(request, "admin/monitoring/observation/import_format.html", context)


def template_csv(request, model_admin):
    check_permission(request, model_admin)
    return csv_response("observations-template.csv", COLUMNS, [])


def template_xlsx(request, model_admin):
    """A workbook: the observations' sheet to fill in first, the identifiers beside it.
    Every cell is text (portal.spreadsheet_cells): the names are stored text."""
    check_permission(request, model_admin)
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    sheet = workbook.create_sheet(_("observations"))
    sheet.append([text_cell(sheet, column, font=bold) for column in COLUMNS])
    identifiers = workbook.create_sheet(_("identifiers"))
    identifiers.append(
        [
            text_cell(identifiers, text, font=bold)
            for text in (_("identifier"), _("name"), _("kind"))
        ]
    )

    def row(*texts):
        identifiers.append([text_cell(identifiers, text) for text in texts])

    for indicator in Indicator.objects.all():
        row(indicator.slug, indicator.name, _("indicator"))
    row(REGION_IDENTIFIERS[0], region_name(), _("the whole region"))
    for sub_region in area_identifiers():
        row(sub_region.slug, sub_region.name, _("sub-region"))
        for municipality in sub_region.municipalities.all():
            row(municipality.slug, municipality.name, _("municipality"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="observations-template.xlsx"'
    return response
