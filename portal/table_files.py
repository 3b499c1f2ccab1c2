"""Reading a table of records from a CSV file or an Excel workbook, for the imports: the
whole file is read and its header checked before any row is, with a message in words for
each way a file people make can go wrong (its encoding, its kind, its size, its columns).

Used by the monitoring data's import and the network's (actors, roles and ties)."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException


@dataclass(frozen=True)
class Columns:
    """The columns a file of one kind has, in their documented order, and those required."""

    names: tuple[str, ...]
    required: tuple[str, ...]


ZIP_SIGNATURE = b"PK\x03\x04"
# Encrypted workbooks and old .xls files are OLE compound files.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# An import file has a few columns; room for blank ones between them. openpyxl pads every row
# it reads to the widest one, so no more is ever read.
MAX_COLUMNS = 50
UNPACKED_PER_PACKED_BYTE = 20
# What openpyxl raises for a damaged workbook, when opening it or reading its rows. Broken XML
# inside a sound zip raises xml.etree's ParseError or lxml's XMLSyntaxError: both SyntaxErrors.
BROKEN_WORKBOOK_ERRORS = (
    zipfile.BadZipFile,
    InvalidFileException,
    KeyError,
    OSError,
    ValueError,
    TypeError,
    EOFError,
    SyntaxError,
)


@dataclass(frozen=True)
class Limits:
    """How large a file one import takes."""

    max_bytes: int
    max_rows: int

    @property
    def max_lines(self):
        """Rows read at most, blank ones included: they cost reading time too."""
        return 2 * self.max_rows + 100


# The admin's upload reads the file within a request; the command may take more.
ADMIN_LIMITS = Limits(max_bytes=5 * 1024 * 1024, max_rows=20_000)
COMMAND_LIMITS = Limits(max_bytes=200 * 1024 * 1024, max_rows=2_000_000)


class ImportFileError(Exception):
    """The file as a whole cannot be imported: empty, of the wrong kind, too large, …"""


@dataclass(frozen=True)
class Table:
    """The file's rows as text, each with the line it starts on."""

    columns: tuple[str, ...]
    rows: list[tuple[int, dict[str, str]]]


@dataclass(frozen=True)
class RowError:
    line: int
    reasons: tuple[str, ...]


def read_table(file, limits, columns: Columns):
    """The rows of an uploaded or opened binary file; ImportFileError when it cannot be read."""
    name = Path(getattr(file, "name", "") or "").name
    file.seek(0, io.SEEK_END)
    size = file.tell()
    file.seek(0)
    if size == 0:
        raise ImportFileError(_("The file is empty."))
    if size > limits.max_bytes:
        raise ImportFileError(
            _("The file is too large: %(size)s MB, when one import takes at most %(max)s MB.")
            % {"size": megabytes(size), "max": megabytes(limits.max_bytes)}
        )
    data = file.read(limits.max_bytes + 1)
    suffix = Path(name).suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(
            _(
                "Files of old Excel versions (.xls) cannot be read: save the file as an Excel "
                "workbook (.xlsx) or as CSV UTF-8 and upload it again."
            )
        )
    if suffix == ".xlsx":
        if data.startswith(OLE_SIGNATURE):
            raise ImportFileError(
                _(
                    "The workbook is protected with a password or saved in an old Excel format: "
                    "save it as an Excel workbook (.xlsx) without a password and upload it again."
                )
            )
        if not data.startswith(ZIP_SIGNATURE):
            raise ImportFileError(_("The file is named .xlsx but it is not an Excel workbook."))
        return read_xlsx(data, limits, columns)
    if suffix == ".csv":
        if data.startswith(ZIP_SIGNATURE):
            raise ImportFileError(
                _(
                    "The file is named .csv but it is an Excel workbook or another packed "
                    "file: name an Excel workbook .xlsx, or save it as CSV UTF-8."
                )
            )
        return read_csv(data, limits, columns)
    raise ImportFileError(_("Only CSV files (.csv) and Excel workbooks (.xlsx) can be imported."))


def megabytes(size):
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def decode(data):
    """The text of a CSV file in UTF-8, with or without a byte-order mark."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            _(
                "The file is in UTF-16 encoding (Excel's “Unicode text”). Save it as "
                "“CSV UTF-8” and upload it again."
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
    try:
        as_windows_text = data.decode("cp1252")
    except UnicodeDecodeError:
        as_windows_text = None
    if as_windows_text is None or any(
        char < " " and char not in "\t\r\n" for char in as_windows_text
    ):
        raise ImportFileError(
            _(
                "The file is not text in UTF-8 encoding (line %(line)d has bytes that UTF-8 "
                "does not allow): it may not be a CSV file at all. Save it as “CSV UTF-8” and "
                "upload it again."
            )
            % {"line": line}
        )
    raise ImportFileError(
        _(
            "The file is not in UTF-8 encoding: line %(line)d has a character in another "
            "encoding, probably Windows-1252 (Latin-1), which older Excel versions use for CSV. "
            "Save the file as “CSV UTF-8” and upload it again."
        )
        % {"line": line}
    )


def delimiter_of(header_line):
    """Finnish and Swedish Excel save CSV with semicolons, others with commas."""
    counts = {delimiter: header_line.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv(data, limits, columns):
    text = decode(data)
    if "\x00" in text:
        raise ImportFileError(_("The file contains null characters, so it is not a CSV text file."))
    text_lines = text.splitlines()
    # The header is the first line with a name in it; failing that, the first line not empty.
    header_line = next((line for line in text_lines if line.strip(" ;,\t")), None)
    header_line = header_line or next((line for line in text_lines if line.strip()), "")
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter_of(header_line), strict=True
    )
    filled_rows, counter = [], RowCounter(limits)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            raise ImportFileError(
                _("Line %(line)d cannot be read as CSV: check its quotation marks.")
                % {"line": start}
            ) from None
        cells = [cell.strip() for cell in cells]
        if counter.add(cells):
            filled_rows.append((start, cells))
    return table_from(filled_rows, columns)


def read_xlsx(data, limits, columns):
    """The first worksheet of a workbook, read in read-only mode (streamed, not all at once)."""
    unreadable = ImportFileError(
        _(
            "The file cannot be read as an Excel workbook (.xlsx): it may be damaged or of "
            "another kind."
        )
    )
    try:
        unpacked = sum(member.file_size for member in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise unreadable from None
    # A small packed file can hold gigabytes of repeated cells.
    if unpacked > UNPACKED_PER_PACKED_BYTE * limits.max_bytes:
        raise ImportFileError(
            _("The workbook is too large when unpacked: split it into smaller files.")
        )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except BROKEN_WORKBOOK_ERRORS:
        raise unreadable from None
    try:
        if not workbook.worksheets:
            raise ImportFileError(_("The workbook has no worksheet."))
        sheet = workbook.worksheets[0]
        check_sheet_size(sheet, limits)
        filled_rows, counter = [], RowCounter(limits)
        # The columns read are bounded whatever the sheet says of its size, or does not say.
        width = min(sheet.max_column or MAX_COLUMNS, MAX_COLUMNS)
        rows = sheet.iter_rows(min_row=1, max_col=width, values_only=True)
        for number, values in enumerate(rows, start=1):
            cells = [excel_text(value) for value in values]
            if counter.add(cells):
                filled_rows.append((number, cells))
    except BROKEN_WORKBOOK_ERRORS:
        raise unreadable from None
    finally:
        workbook.close()
    return table_from(filled_rows, columns)


def check_sheet_size(sheet, limits):
    """Refuses a sheet whose size (its <dimension>, which Excel and LibreOffice write) goes
    beyond what an import reads, before reading a row: a header and one cell at XFD1048576,
    5 KB packed, would otherwise be read as a million rows of 16,384 cells."""
    columns, rows = sheet.max_column or 0, sheet.max_row or 0
    if columns > MAX_COLUMNS or rows > limits.max_lines:
        raise ImportFileError(
            _(
                "The worksheet reaches to cell %(cell)s, but an import reads at most "
                "%(columns)d columns and %(rows)d rows. Delete the rows and columns after your "
                "data (or copy the data into a new workbook) and upload the file again."
            )
            % {
                "cell": f"{get_column_letter(columns)}{rows}",
                "columns": MAX_COLUMNS,
                "rows": limits.max_lines,
            }
        )


def excel_text(value):
    """A cell's value as the text a person would have typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Excel shows 15 significant digits: 0.30000000000000004 is the 0.3 typed.
        return f"{value:.15g}"
    if isinstance(value, datetime.datetime | datetime.date):
        # Excel turns 2024-05 typed in a cell into the date 1.5.2024: read it as the month.
        if value.day == 1:
            return f"{value.year}-{value.month:02d}"
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


class RowCounter:
    """Stops reading a file once it has more data rows than one import takes."""

    def __init__(self, limits):
        self.limits = limits
        self.filled = 0
        self.read = 0

    def add(self, cells):
        """Count a row; True when it holds something."""
        self.read += 1
        filled = any(cells)
        self.filled += filled
        # The header row is not a data row; blank rows cost reading time too.
        if self.filled > self.limits.max_rows + 1 or self.read > self.limits.max_lines:
            raise ImportFileError(
                _("The file has more than %(max)d rows: split it into smaller files.")
                % {"max": self.limits.max_rows}
            )
        return filled


def normalise_column(name):
    return "_".join(name.strip().casefold().replace("-", " ").split())


def table_from(filled_rows, known: Columns):
    """The header's columns and the data rows, from the (line, cells) that hold something."""
    if not filled_rows:
        raise ImportFileError(_("The file has no rows: not even the header row."))
    (header_line, header), *data_rows = filled_rows
    columns = tuple(normalise_column(name) for name in header)
    check_columns(columns, header_line, known)
    rows = []
    for line, cells in data_rows:
        values = dict(zip(columns, cells, strict=False))
        extra = [cell for cell in cells[len(columns) :] if cell]
        if extra:
            values["__extra__"] = str(len(cells))
        rows.append((line, values))
    if not rows:
        raise ImportFileError(_("The file has a header row but no data rows."))
    return Table(columns=columns, rows=rows)


def check_columns(columns, line, known: Columns):
    named = [column for column in columns if column]
    unknown = [column for column in named if column not in known.names]
    repeated = sorted({column for column in named if named.count(column) > 1})
    missing = [column for column in known.required if column not in named]
    problems = []
    if unknown:
        problems.append(_("unknown columns: %(columns)s") % {"columns": ", ".join(unknown)})
    if repeated:
        problems.append(_("columns named twice: %(columns)s") % {"columns": ", ".join(repeated)})
    if missing:
        problems.append(_("missing columns: %(columns)s") % {"columns": ", ".join(missing)})
    if problems:
        raise ImportFileError(
            _(
                "The header row (line %(line)d) is not right: %(problems)s. The columns are "
                "%(columns)s; of them %(required)s are required."
            )
            % {
                "line": line,
                "problems": "; ".join(problems),
                "columns": ", ".join(known.names),
                "required": ", ".join(known.required),
            }
        )
