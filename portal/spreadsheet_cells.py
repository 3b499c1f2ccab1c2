"""Cells of the workbooks the portal writes, which spreadsheet programs open safely."""

from openpyxl.cell import WriteOnlyCell


def text_cell(sheet, value, *, font=None):
    """A cell of a write-only sheet that holds `value` as text, never as a formula: openpyxl
    makes a formula of text that starts with "=", and Excel runs it when the file opens
    (a stored name "=cmd|' /C calc'!A0" would). The quote prefix keeps it text when it is
    edited in Excel too, as a typed apostrophe does."""
    cell = WriteOnlyCell(sheet, value=str(value))
    cell.data_type = "s"
    cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell
