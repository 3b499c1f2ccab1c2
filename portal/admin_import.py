"""What the admin's import pages share (the observations', the network's): the upload form's
fields and the page's context. Each app adds its own kinds of file, formats and templates."""

from django import forms
from django.utils.translation import gettext_lazy

from portal.table_files import ADMIN_LIMITS, megabytes


class ImportFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        # The service says "the file is empty" in the same words as the command does.
        allow_empty_file=True,
        help_text=gettext_lazy(
            "A CSV file (.csv, UTF-8) or an Excel workbook (.xlsx) in the documented format."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Only check the file: import nothing yet"), required=False
    )


def import_page_context(request, model_admin, title):
    """The admin's frame (its site, the model's breadcrumbs) and the limits of a file."""
    return {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.model._meta,
        "max_megabytes": megabytes(ADMIN_LIMITS.max_bytes),
        "max_rows": ADMIN_LIMITS.max_rows,
    }
