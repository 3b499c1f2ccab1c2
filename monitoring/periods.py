"""Periods of monitoring data: a year, a quarter or a month, written 2024, 2024-Q2, 2024-05."""

import re
from dataclasses import dataclass

from django.db import models
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

FIRST_YEAR, LAST_YEAR = 1900, 2100
QUARTER_FIRST_MONTHS = (1, 4, 7, 10)
# 2024, 2024-Q2 (also 2024Q2, 2024 q2, 2024/Q2), 2024-05 (also 2024-5, 2024/05).
PERIOD_RE = re.compile(r"^(\d{4})(?:[-/ ]?[Qq]([1-4])|[-/](\d{1,2}))?$")


class PeriodKind(models.TextChoices):
    YEAR = "year", gettext_lazy("Year")
    QUARTER = "quarter", gettext_lazy("Quarter")
    MONTH = "month", gettext_lazy("Month")


@dataclass(frozen=True)
class Period:
    """A year, quarter or month, stored as its year, its first month and its kind."""

    year: int
    month: int
    kind: str

    @property
    def sort_key(self):
        # At the same start, the longer period first: a year before its first quarter.
        rank = {PeriodKind.YEAR: 0, PeriodKind.QUARTER: 1, PeriodKind.MONTH: 2}[self.kind]
        return (self.year, self.month, rank)

    @property
    def position(self):
        """Where the period starts, in years: the x coordinate of a chart."""
        return self.year + (self.month - 1) / 12

    @property
    def code(self):
        """The period as an import file writes it."""
        if self.kind == PeriodKind.QUARTER:
            return f"{self.year}-Q{(self.month - 1) // 3 + 1}"
        if self.kind == PeriodKind.MONTH:
            return f"{self.year}-{self.month:02d}"
        return str(self.year)

    def label(self):
        """The period in the reader's language."""
        if self.kind == PeriodKind.QUARTER:
            return _("%(year)d, quarter %(quarter)d") % {
                "year": self.year,
                "quarter": (self.month - 1) // 3 + 1,
            }
        if self.kind == PeriodKind.MONTH:
            return _("%(month)s %(year)d") % {"month": MONTHS[self.month], "year": self.year}
        return str(self.year)

    def __str__(self):
        return self.label()


def parse_period(text):
    """The period a text names; ValueError with the reason when it names none."""
    match = PERIOD_RE.match(str(text).strip())
    if not match:
        raise ValueError(
            _(
                "“%(text)s” is not a period: write a year (2024), a quarter (2024-Q2) or a "
                "month (2024-05)."
            )
            % {"text": text}
        )
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(
            _("The year %(year)d is outside %(first)d–%(last)d.")
            % {"year": year, "first": FIRST_YEAR, "last": LAST_YEAR}
        )
    if match.group(2):
        return Period(year, QUARTER_FIRST_MONTHS[int(match.group(2)) - 1], PeriodKind.QUARTER)
    if match.group(3):
        month = int(match.group(3))
        if not 1 <= month <= 12:
            raise ValueError(_("There is no month %(month)d: months are 1–12.") % {"month": month})
        return Period(year, month, PeriodKind.MONTH)
    return Period(year, 1, PeriodKind.YEAR)
