"""Importing monitoring data from a CSV or Excel file: the whole file is read and checked
first, and only a file without a single bad row is written, in one transaction.

Used by the admin's upload page and by `manage.py import_observations`; the format is
documented on the admin's format page
(monitoring/templates/admin/monitoring/observation/import_format.html).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from monitoring.models import Indicator, Observation
from monitoring.periods import parse_period
from networks.areas import name_of_area
from networks.models import Municipality, SubRegion
from portal import caching, table_files
from portal.history import bulk as history
from portal.table_files import ImportFileError, RowError
from portal.text import normalise_text

COLUMNS = ("indicator", "area", "period", "value", "note_fi", "note_sv")
REQUIRED_COLUMNS = ("indicator", "area", "period", "value")
NOTE_COLUMNS = ("note_fi", "note_sv")
OBSERVATION_COLUMNS = table_files.Columns(COLUMNS, REQUIRED_COLUMNS)
# The whole region is named like a municipality or a sub-region is, by one of these.
REGION_IDENTIFIERS = ("pohjanmaa", "österbotten", "osterbotten")
NOTE_MAX_LENGTH = Observation._meta.get_field("note").max_length
VALUE_MAX_DIGITS = Observation._meta.get_field("value").max_digits
VALUE_DECIMALS = Observation._meta.get_field("value").decimal_places
# Separators of thousands that people and spreadsheets write: space, no-break spaces.
DIGIT_GROUP_SEPARATORS = (" ", "\u00a0", "\u202f", "'")
PROGRESS_EVERY = 500


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


def read_table(file, limits):
    """The rows of an observations file; ImportFileError when it cannot be read."""
    return table_files.read_table(file, limits, OBSERVATION_COLUMNS)


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
