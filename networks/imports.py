"""Importing actors, their roles and their ties from a CSV file or an Excel workbook, as the
monitoring data is imported: the whole file is read and every row checked first, and only a
file without a single bad row is written, in one transaction. A row whose record exists
(an actor by its identifier, a tie by its two actors and kind, a role by its actor, stage,
kind and start) changes it; importing the same file again changes nothing.

Used by the actors' admin (networks/admin_import.py); the format is on its format page."""

import datetime
import re
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from networks.models import Actor, IntegrationPath, Language, Municipality, PathStage, Role, Tie
from portal.table_files import Columns, ImportFileError, RowError, read_table
from portal.text import normalise_text

ACTORS, ROLES, TIES = "actors", "roles", "ties"
COLUMNS = {
    ACTORS: Columns(
        names=(
            "identifier",
            "name_fi",
            "name_sv",
            "type",
            "parent",
            "municipalities",
            "languages",
            "website",
            "description_fi",
            "description_sv",
        ),
        required=("identifier", "name_fi", "type"),
    ),
    ROLES: Columns(
        names=(
            "actor",
            "path",
            "stage",
            "kind",
            "valid_from",
            "valid_to",
            "municipalities",
            "languages",
            "description_fi",
            "description_sv",
        ),
        required=("actor", "path", "stage", "kind"),
    ),
    TIES: Columns(
        names=(
            "source",
            "target",
            "kind",
            "strength",
            "valid_from",
            "valid_to",
            "description_fi",
            "description_sv",
        ),
        required=("source", "target", "kind"),
    ),
}
LIST_SEPARATOR = re.compile(r"\s*[,;]\s*")
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def kinds():
    """The kinds of file, named for the upload form."""
    return [(ACTORS, _("Actors")), (ROLES, _("Roles")), (TIES, _("Ties"))]


@dataclass
class ImportResult:
    file_error: str = ""
    row_errors: list[RowError] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    row_count: int = 0
    dry_run: bool = False

    @property
    def ok(self):
        return not self.file_error and not self.row_errors

    @property
    def written(self):
        return self.ok and not self.dry_run


class Row:
    """One row's cells, and the reasons it cannot be imported."""

    def __init__(self, line, cells):
        self.line, self.cells, self.reasons = line, cells, []

    def text(self, column):
        return normalise_text(self.cells.get(column, "")).strip()

    def has(self, column):
        return column in self.cells

    def wrong(self, reason):
        self.reasons.append(reason)


# --- Reading values -----------------------------------------------------------------------------


def labels_of(choices) -> dict[str, str]:
    """A choice's value and its label in Finnish, Swedish and English, to its value."""
    found = {}
    for value, label in choices:
        found[str(value).casefold()] = value
        for language in ("fi", "sv", "en"):
            with translation.override(language):
                found.setdefault(str(label).casefold(), value)
    return found


def choice(row, column, choices, required=True):
    text = row.text(column)
    if not text:
        if required:
            row.wrong(_("%(column)s is empty.") % {"column": column})
        return None
    value = labels_of(choices).get(text.casefold())
    if value is None:
        allowed = ", ".join(str(value) for value, _label in choices)
        row.wrong(
            _("%(column)s: “%(text)s” is not one of %(allowed)s.")
            % {"column": column, "text": text, "allowed": allowed}
        )
    return value


def date_in(row, column):
    """A date as 2024-05-31 or 31.5.2024; 2024-05 (an Excel date on the first of a month,
    as the workbook reader gives it) is the first of the month."""
    text = row.text(column)
    if not text:
        return None
    patterns = (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", (1, 2, 3)),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", (3, 2, 1)),
        (r"(\d{4})-(\d{1,2})", (1, 2, None)),
    )
    for pattern, (year, month, day) in patterns:
        if match := re.fullmatch(pattern, text):
            try:
                return datetime.date(
                    int(match.group(year)),
                    int(match.group(month)),
                    int(match.group(day)) if day else 1,
                )
            except ValueError:
                break
    row.wrong(
        _("%(column)s: “%(text)s” is not a date (write 2024-05-31 or 31.5.2024).")
        % {"column": column, "text": text}
    )
    return None


def period(row, existing=None) -> dict:
    """The start and end of the columns in the file; a record's own where a column is not."""
    dates = {
        column: date_in(row, column) if row.has(column) else getattr(existing, column, None)
        for column in ("valid_from", "valid_to")
    }
    if dates["valid_from"] and dates["valid_to"] and dates["valid_to"] < dates["valid_from"]:
        row.wrong(_("valid_to is before valid_from."))
    return {column: value for column, value in dates.items() if row.has(column)}


class Names:
    """Records found by their identifier or by their name in Finnish or Swedish."""

    def __init__(self, records, keys):
        self.by_name, self.ambiguous = {}, set()
        for record in records:
            for name in {str(getattr(record, key) or "").casefold() for key in keys} - {""}:
                if name in self.by_name and self.by_name[name] != record:
                    self.ambiguous.add(name)
                self.by_name.setdefault(name, record)

    def find(self, row, column, text):
        key = text.casefold()
        if key in self.ambiguous:
            row.wrong(
                _("%(column)s: “%(text)s” names more than one: use the identifier.")
                % {"column": column, "text": text}
            )
        elif key not in self.by_name:
            row.wrong(_("%(column)s: no “%(text)s” is known.") % {"column": column, "text": text})
        else:
            return self.by_name[key]
        return None

    def many(self, row, column):
        if not row.text(column):
            return set()
        found = [self.find(row, column, text) for text in LIST_SEPARATOR.split(row.text(column))]
        return {record for record in found if record}


# --- Checking and writing -----------------------------------------------------------------------


@dataclass
class Planned:
    """A record to write: its model instance, the fields set and the links to set."""

    instance: object
    fields: dict
    links: dict = field(default_factory=dict)
    parent_slug: str = ""

    def changes(self) -> bool:
        instance = self.instance
        if instance.pk is None:
            return True
        if any(getattr(instance, name) != value for name, value in self.fields.items()):
            return True
        return any(
            {record.pk for record in getattr(instance, name).all()}
            != {record.pk for record in records}
            for name, records in self.links.items()
        )


def text_fields(row, names) -> dict:
    return {name: row.text(name) for name in names if row.has(name)}


class Checker:
    """What a file's rows are checked against: the records they name, read once."""

    def __init__(self):
        self.actors = {actor.slug: actor for actor in Actor.objects.all()}
        self.municipalities = Names(Municipality.objects.all(), ("slug", "name_fi", "name_sv"))
        self.languages = Names(Language.objects.all(), ("code", "name_fi", "name_sv"))
        self.paths = Names(IntegrationPath.objects.all(), ("slug", "name_fi", "name_sv"))
        self.stages = list(PathStage.objects.all())
        self.ties = {(tie.source_id, tie.target_id, tie.kind): tie for tie in Tie.objects.all()}
        self.roles = {
            (role.actor_id, role.stage_id, role.kind, role.valid_from): role
            for role in Role.objects.all()
        }

    def actor(self, row, column, known=None):
        slug = row.text(column)
        if not slug:
            row.wrong(_("%(column)s is empty.") % {"column": column})
        elif slug in (known or ()) or slug in self.actors:
            return (known or {}).get(slug) or self.actors[slug]
        else:
            row.wrong(
                _("%(column)s: no actor has the identifier “%(text)s”.")
                % {"column": column, "text": slug}
            )
        return None

    def stage(self, row, path):
        text = row.text("stage")
        candidates = [stage for stage in self.stages if stage.path_id == path.pk]
        for stage in candidates:
            names = {
                str(stage.order),
                (stage.name_fi or "").casefold(),
                (stage.name_sv or "").casefold(),
            }
            if text.casefold() in names:
                return stage
        row.wrong(
            _("stage: the path has no stage “%(text)s” (give its number or its name).")
            % {"text": text}
        )
        return None

    def actor_row(self, row, in_file) -> Planned | None:
        slug = row.text("identifier")
        if not SLUG.match(slug):
            row.wrong(
                _("identifier: “%(text)s” may hold only letters a–z, digits, - and _.")
                % {"text": slug}
            )
        elif slug in in_file:
            row.wrong(_("identifier: “%(text)s” is on an earlier row too.") % {"text": slug})
        if not row.text("name_fi"):
            row.wrong(_("name_fi is empty."))
        fields = text_fields(
            row, ("name_fi", "name_sv", "website", "description_fi", "description_sv")
        )
        fields["actor_type"] = choice(row, "type", Actor.Type.choices)
        links = {}
        if row.has("municipalities"):
            links["municipalities"] = self.municipalities.many(row, "municipalities")
        if row.has("languages"):
            links["languages"] = self.languages.many(row, "languages")
        instance = self.actors.get(slug) or Actor(slug=slug)
        return Planned(instance, fields, links, parent_slug=row.text("parent"))

    def tie_row(self, row, in_file) -> Planned | None:
        source, target = self.actor(row, "source"), self.actor(row, "target")
        kind = choice(row, "kind", Tie.Kind.choices)
        if source and source == target:
            row.wrong(_("A tie must point to another actor."))
        fields = text_fields(row, ("description_fi", "description_sv"))
        if row.has("strength"):
            fields["strength"] = choice(row, "strength", Tie.Strength.choices, required=False)
            fields["strength"] = fields["strength"] or Tie.Strength.MODERATE
        key = (getattr(source, "pk", None), getattr(target, "pk", None), kind)
        fields.update(period(row, self.ties.get(key)))
        if row.reasons:
            return None
        if key in in_file:
            row.wrong(_("The same tie is on an earlier row too."))
            return None
        in_file.add(key)
        existing = self.ties.get(key)
        return Planned(existing or Tie(source=source, target=target, kind=kind), fields)

    def role_row(self, row, in_file) -> Planned | None:
        actor = self.actor(row, "actor")
        path = self.paths.find(row, "path", row.text("path")) if row.text("path") else None
        stage = self.stage(row, path) if path else None
        kind = choice(row, "kind", Role.Kind.choices)
        # The start is part of what a role is known by: no column, no start.
        valid_from = date_in(row, "valid_from")
        valid_to = date_in(row, "valid_to") if row.has("valid_to") else None
        if valid_from and valid_to and valid_to < valid_from:
            row.wrong(_("valid_to is before valid_from."))
        fields = text_fields(row, ("description_fi", "description_sv"))
        if row.has("valid_to"):
            fields["valid_to"] = valid_to
        links = {}
        if row.has("municipalities"):
            links["municipalities"] = self.municipalities.many(row, "municipalities")
        if row.has("languages"):
            links["languages"] = self.languages.many(row, "languages")
        if row.reasons:
            return None
        key = (actor.pk, stage.pk, kind, valid_from)
        if key in in_file:
            row.wrong(_("The same role is on an earlier row too."))
            return None
        in_file.add(key)
        identity = {"actor": actor, "stage": stage, "kind": kind, "valid_from": valid_from}
        return Planned(self.roles.get(key) or Role(**identity), fields, links)


def check_parents(checked, checker, by_slug):
    """Each actor's parent, named by an identifier in the database or anywhere in the file."""
    for row, plan in checked:
        if not plan.parent_slug:
            continue
        parent = by_slug.get(plan.parent_slug) or checker.actors.get(plan.parent_slug)
        if parent is None:
            row.wrong(
                _("parent: no actor has the identifier “%(text)s”.") % {"text": plan.parent_slug}
            )
        elif parent is plan.instance:
            row.wrong(_("parent: an actor cannot be a part of itself."))
        else:
            plan.fields["parent"] = parent


def check_rows(kind, table) -> tuple[list[Planned], list[RowError]]:
    checker = Checker()
    checked, in_file = [], set()
    check_row = {ACTORS: checker.actor_row, TIES: checker.tie_row, ROLES: checker.role_row}[kind]
    for line, cells in table.rows:
        row = Row(line, cells)
        if "__extra__" in cells:
            row.wrong(_("The row has more cells than the header has columns."))
        checked.append((row, check_row(row, in_file)))
        if kind == ACTORS:
            in_file.add(row.text("identifier"))
    if kind == ACTORS:
        by_slug = {plan.instance.slug: plan.instance for _row, plan in checked if plan}
        check_parents(checked, checker, by_slug)
    errors = [RowError(row.line, tuple(row.reasons)) for row, _plan in checked if row.reasons]
    return [plan for row, plan in checked if plan and not row.reasons], errors


def write(planned: list[Planned]):
    # Actors first without their parents, which may be created by the same file.
    parents = {}
    for plan in planned:
        if "parent" in plan.fields:
            parents[id(plan)] = plan.fields.pop("parent")
    for plan in planned:
        for name, value in plan.fields.items():
            setattr(plan.instance, name, value)
        plan.instance.save()
        for name, records in plan.links.items():
            getattr(plan.instance, name).set(records)
    for plan in planned:
        if id(plan) in parents:
            plan.instance.parent = parents[id(plan)]
            plan.instance.save()


def import_table(kind, table, *, dry_run=False) -> ImportResult:
    result = ImportResult(row_count=len(table.rows), dry_run=dry_run)
    planned, result.row_errors = check_rows(kind, table)
    if result.row_errors:
        return result
    changing = [plan for plan in planned if plan.changes()]
    result.created = sum(plan.instance.pk is None for plan in changing)
    result.updated = len(changing) - result.created
    result.unchanged = len(planned) - len(changing)
    if not dry_run:
        try:
            with transaction.atomic():
                write(changing)
        except IntegrityError:
            result.file_error = _(
                "The records changed while the file was imported; nothing was imported. "
                "Upload the file again."
            )
    return result


def import_file(kind, file, *, limits, dry_run=False) -> ImportResult:
    try:
        table = read_table(file, limits, COLUMNS[kind])
    except ImportFileError as error:
        return ImportResult(file_error=str(error), dry_run=dry_run)
    return import_table(kind, table, dry_run=dry_run)
