"""Importing monitoring data from a CSV or Excel file: the whole file is read and checked
first, and only a file without a single bad row is written, in one transaction.

Used by the admin's upload page and by `manage.py import_observations`; the format is
documented on the admin's format page
(monitoring/templates/admin/monitoring/observation/import_format.html).
"""

import csv
import datetime
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from monitoring.models import Indicator, Observation
from monitoring.periods import parse_period
from networks.areas import name_of_area
from networks.models import Municipality, SubRegion
from portal import caching
from portal.history import bulk as history
from portal.text import normalise_text

COLUMNS = ("indicator", "area", "period", "value", "note_fi", "note_sv")
REQUIRED_COLUMNS = ("indicator", "area", "period", "value")
NOTE_COLUMNS = ("note_fi", "note_sv")
# The whole region is named like a municipality or a sub-region is, by one of these.
REGION_IDENTIFIERS = ("pohjanmaa", "österbotten", "osterbotten")
NOTE_MAX_LENGTH = Observation._meta.get_field("note").max_length
VALUE_MAX_DIGITS = Observation._meta.get_field("value").max_digits
VALUE_DECIMALS = Observation._meta.get_field("value").decimal_places
ZIP_SIGNATURE = b"PK\x03\x04"
# Encrypted workbooks and old .xls files are OLE compound files.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Separators of thousands that people and spreadsheets write: space, no-break spaces.
DIGIT_GROUP_SEPARATORS = (" ", "\u00a0", "\u202f", "'")
PROGRESS_EVERY = 500
# An import file has six columns; room for blank ones between them. openpyxl pads every row
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


@dataclass(frozen=True)
class Change:
    """A row that creates or changes an observation."""

    line: int
    indicator: Indicator
    area: str
    period: object
    old_value: Decimal | None
    new_value: Decimal
    note_changed: bool = False


@dataclass
class ImportResult:
    file_error: str = ""
    row_errors: list[RowError] = field(default_factory=list)
    created: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    unchanged: int = 0
    row_count: int = 0
    dry_run: bool = False

    @property
    def ok(self):
        return not self.file_error and not self.row_errors

    @property
    def written(self):
        return self.ok and not self.dry_run


# --- Reading the file ---------------------------------------------------------------------------


def read_table(file, limits):
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
        return read_xlsx(data, limits)
    if suffix == ".csv":
        if data.startswith(ZIP_SIGNATURE):
            raise ImportFileError(
                _(
                    "The file is named .csv but it is an Excel workbook or another packed "
                    "file: name an Excel workbook .xlsx, or save it as CSV UTF-8."
                )
            )
        return read_csv(data, limits)
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


def read_csv(data, limits):
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
    return table_from(filled_rows)


def read_xlsx(data, limits):
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
    return table_from(filled_rows)


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


def table_from(filled_rows):
    """The header's columns and the data rows, from the (line, cells) that hold something."""
    if not filled_rows:
        raise ImportFileError(_("The file has no rows: not even the header row."))
    (header_line, header), *data_rows = filled_rows
    columns = tuple(normalise_column(name) for name in header)
    check_columns(columns, header_line)
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


def check_columns(columns, line):
    named = [column for column in columns if column]
    unknown = [column for column in named if column not in COLUMNS]
    repeated = sorted({column for column in named if named.count(column) > 1})
    missing = [column for column in REQUIRED_COLUMNS if column not in named]
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
                "%(columns)s; the first four are required."
            )
            % {"line": line, "problems": "; ".join(problems), "columns": ", ".join(COLUMNS)}
        )


# --- Checking the rows --------------------------------------------------------------------------


@dataclass(frozen=True)
class Area:
    """A municipality, a sub-region, or the whole region (both None)."""

    municipality: Municipality | None = None
    sub_region: SubRegion | None = None

    @property
    def key(self):
        return (
            self.municipality.pk if self.municipality else None,
            self.sub_region.pk if self.sub_region else None,
        )

    def __str__(self):
        return name_of_area(self.municipality or self.sub_region)


class AreaNames:
    """Municipalities and sub-regions by their identifier or their Finnish or Swedish name."""

    def __init__(self):
        self.by_name = {}
        self.ambiguous = set()
        for name in REGION_IDENTIFIERS:
            self.by_name[name] = Area()
        for municipality in Municipality.objects.all():
            self.add(Area(municipality=municipality), municipality)
        for sub_region in SubRegion.objects.all():
            self.add(Area(sub_region=sub_region), sub_region)

    def add(self, area, record):
        for name in {record.slug, record.name_fi, record.name_sv}:
            key = (name or "").casefold()
            if not key:
                continue
            if key in self.by_name and self.by_name[key] != area:
                self.ambiguous.add(key)
            self.by_name.setdefault(key, area)

    def find(self, text):
        key = text.casefold()
        if key in self.ambiguous:
            raise ValueError(
                _(
                    "“%(text)s” names more than one area: use the identifier of the "
                    "municipality or the sub-region."
                )
                % {"text": text}
            )
        if key not in self.by_name:
            raise ValueError(
                _(
                    "No municipality or sub-region is called “%(text)s”; the whole region is "
                    "“pohjanmaa”."
                )
                % {"text": text}
            )
        return self.by_name[key]


def parse_value(text):
    """A number written with a decimal point or comma, with or without digit groups."""
    cleaned = text.replace("\u2212", "-")
    for separator in DIGIT_GROUP_SEPARATORS:
        cleaned = cleaned.replace(separator, "")
    if "," in cleaned and "." in cleaned:
        raise ValueError(
            _(
                "“%(text)s” has both a decimal comma and a point: write the number without "
                "separators of thousands."
            )
            % {"text": text}
        )
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValueError(_("“%(text)s” is not a number.") % {"text": text})
    exponent = value.as_tuple().exponent
    if exponent < -VALUE_DECIMALS:
        value = value.normalize()
        if value.as_tuple().exponent < -VALUE_DECIMALS:
            raise ValueError(
                _("“%(text)s” has more than %(decimals)d decimals.")
                % {"text": text, "decimals": VALUE_DECIMALS}
            )
    if abs(value) >= Decimal(10) ** (VALUE_MAX_DIGITS - VALUE_DECIMALS):
        raise ValueError(_("“%(text)s” is too large.") % {"text": text})
    return value.quantize(Decimal(1).scaleb(-VALUE_DECIMALS))


@dataclass
class Planned:
    """A checked row: the observation it names and what it says."""

    line: int
    indicator: Indicator
    area: Area
    period: object
    value: Decimal
    notes: dict[str, str]

    @property
    def key(self):
        return (self.indicator.pk, *self.area.key, self.period)


def check_row(line, cells, indicators, areas):
    """The row as a Planned observation, or the list of what is wrong with it."""
    reasons = []
    if "__extra__" in cells:
        reasons.append(
            _("the row has %(count)s cells, more than the header has columns")
            % {"count": cells["__extra__"]}
        )
    indicator = area = period = value = None
    slug = cells.get("indicator", "")
    if not slug:
        reasons.append(_("the indicator is missing"))
    elif (indicator := indicators.get(slug.casefold())) is None:
        reasons.append(_("no indicator has the identifier “%(slug)s”") % {"slug": slug})
    for column, parse in (("area", areas.find), ("period", parse_period), ("value", parse_value)):
        text = cells.get(column, "")
        if not text:
            reasons.append(
                {
                    "area": _("the area is missing"),
                    "period": _("the period is missing"),
                    "value": _("the value is missing"),
                }[column]
            )
            continue
        try:
            parsed = parse(text)
        except ValueError as error:
            reasons.append(lowercase_first(str(error)))
            continue
        if column == "area":
            area = parsed
        elif column == "period":
            period = parsed
        else:
            value = parsed
    # Written with bulk_create and bulk_update, which skip the models' save(): the text is
    # normalised here as a save would do it.
    notes = {column: normalise_text(cells[column]) for column in NOTE_COLUMNS if column in cells}
    for column, note in notes.items():
        if len(note) > NOTE_MAX_LENGTH:
            reasons.append(
                _("the note in %(column)s is longer than %(max)d characters")
                % {"column": column, "max": NOTE_MAX_LENGTH}
            )
    if reasons:
        return None, reasons
    return Planned(line, indicator, area, period, value, notes), []


def lowercase_first(text):
    return text[:1].lower() + text[1:] if text[:1].isalpha() else text


def check_table(table, progress=None):
    """The planned observations, and every bad row with its reasons."""
    indicators = {indicator.slug.casefold(): indicator for indicator in Indicator.objects.all()}
    areas = AreaNames()
    planned, errors, first_line = [], [], {}
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows, start=1):
        row, reasons = check_row(line, cells, indicators, areas)
        if row is not None:
            if row.key in first_line:
                reasons = [
                    _("it repeats line %(line)d: the same indicator, area and period")
                    % {"line": first_line[row.key]}
                ]
            else:
                first_line[row.key] = line
                planned.append(row)
        if reasons:
            errors.append(RowError(line, tuple(capitalise(reason) for reason in reasons)))
        if progress and (done % PROGRESS_EVERY == 0 or done == total):
            progress("check", done, total)
    return planned, errors


def capitalise(text):
    return text[:1].upper() + text[1:]


# --- Writing ------------------------------------------------------------------------------------


def observation_key(observation):
    return (
        observation.indicator_id,
        observation.municipality_id,
        observation.sub_region_id,
        observation.period,
    )


def existing_observations(planned):
    indicator_ids = {row.indicator.pk for row in planned}
    # Whole rows: the history of an updated observation is written from the object.
    observations = Observation.objects.filter(indicator_id__in=indicator_ids)
    return {observation_key(observation): observation for observation in observations}


def plan_changes(planned, result):
    """Sort the rows into new, changed and unchanged observations."""
    existing = existing_observations(planned)
    new, changed = [], []
    now = timezone.now()
    for row in planned:
        observation = existing.get(row.key)
        if observation is None:
            new.append(
                Observation(
                    indicator=row.indicator,
                    municipality=row.area.municipality,
                    sub_region=row.area.sub_region,
                    year=row.period.year,
                    month=row.period.month,
                    period_kind=row.period.kind,
                    value=row.value,
                    note_fi=row.notes.get("note_fi", ""),
                    note_sv=row.notes.get("note_sv", ""),
                )
            )
            result.created.append(
                Change(row.line, row.indicator, str(row.area), row.period, None, row.value)
            )
            continue
        note_changed = any(
            getattr(observation, column) != note for column, note in row.notes.items()
        )
        if observation.value == row.value and not note_changed:
            result.unchanged += 1
            continue
        result.updated.append(
            Change(
                row.line,
                row.indicator,
                str(row.area),
                row.period,
                observation.value,
                row.value,
                note_changed,
            )
        )
        observation.value = row.value
        for column, note in row.notes.items():
            setattr(observation, column, note)
        observation.updated_at = now
        changed.append(observation)
    return new, changed


def import_table(table, *, dry_run=False, progress: Callable | None = None):
    """Check every row; write the file's observations only when none is bad."""
    result = ImportResult(dry_run=dry_run, row_count=len(table.rows))
    planned, result.row_errors = check_table(table, progress)
    if result.row_errors:
        return result
    new, changed = plan_changes(planned, result)
    if dry_run:
        return result
    try:
        with transaction.atomic():
            write(new, changed, progress)
            # Bulk writes send no signals: the cached pages learn of the new figures here.
            caching.content_changed("monitoring")
    except IntegrityError:
        # Another import saved the same observations between the check and the write.
        result.created, result.updated, result.unchanged = [], [], 0
        result.file_error = _(
            "Someone saved some of the same observations at the same moment, so nothing was "
            "imported. Upload the file again."
        )
    return result


def write(new, changed, progress):
    total = len(new) + len(changed)
    done = 0
    for start in range(0, len(new), PROGRESS_EVERY):
        batch = new[start : start + PROGRESS_EVERY]
        history.bulk_create(Observation, batch)
        done += len(batch)
        if progress:
            progress("write", done, total)
    for start in range(0, len(changed), PROGRESS_EVERY):
        batch = changed[start : start + PROGRESS_EVERY]
        history.bulk_update(Observation, batch, ["value", "note_fi", "note_sv", "updated_at"])
        done += len(batch)
        if progress:
            progress("write", done, total)


def import_file(file, *, limits, dry_run=False, progress=None):
    """Read, check and import a file; every problem is in the result, none is raised."""
    try:
        table = read_table(file, limits)
    except ImportFileError as error:
        return ImportResult(file_error=str(error), dry_run=dry_run)
    return import_table(table, dry_run=dry_run, progress=progress)
