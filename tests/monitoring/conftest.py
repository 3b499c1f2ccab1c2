"""A small known region for the monitoring tests: two sub-regions, three municipalities and
two indicators, one of them example figures."""

import io
import re
import zipfile
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from openpyxl.styles import Font

from monitoring.models import Indicator, Observation
from networks.models import Municipality, SubRegion
from practices.models import Source, Theme
from tests.translated import translated


def make_indicator(slug, theme, source, **fields):
    values = {
        "name_fi": f"Indikaattori {slug}",
        "name_sv": f"Indikator {slug}",
        "definition_fi": f"Määritelmä {slug}.",
        "definition_sv": f"Definition {slug}.",
        "unit_fi": "%",
        "unit_sv": "%",
        **fields,
    }
    plain = {key: value for key, value in values.items() if key[-3:] not in ("_fi", "_sv")}
    named = {key: value for key, value in values.items() if key not in plain}
    return Indicator.objects.create(
        slug=slug, theme=theme, source=source, **plain, **translated(**named)
    )


@pytest.fixture
def region(db):
    north = SubRegion.objects.create(
        slug="pohjoinen", **translated(name_fi="Pohjoinen seutu", name_sv="Norra regionen")
    )
    south = SubRegion.objects.create(
        slug="etela", **translated(name_fi="Eteläinen seutu", name_sv="Södra regionen")
    )
    alfa = Municipality.objects.create(
        slug="alfa", sub_region=north, **translated(name_fi="Alfa", name_sv="Alfaby")
    )
    beeta = Municipality.objects.create(
        slug="beeta", sub_region=north, **translated(name_fi="Beeta", name_sv="Betaby")
    )
    gamma = Municipality.objects.create(
        slug="gamma", sub_region=south, **translated(name_fi="Gamma", name_sv="Gammaby")
    )
    theme = Theme.objects.create(
        slug="tyollisyys", **translated(name_fi="Työllisyys", name_sv="Sysselsättning")
    )
    source = Source.objects.create(
        slug="tilasto",
        kind=Source.Kind.MONITORING,
        **translated(title_fi="Työllisyystilasto", title_sv="Sysselsättningsstatistik"),
    )
    rate = make_indicator(
        "tyollisyysaste",
        theme,
        source,
        name_fi="Työllisyysaste",
        name_sv="Sysselsättningsgrad",
        better=Indicator.Better.HIGHER,
    )
    unemployed = make_indicator(
        "tyottomat",
        theme,
        source,
        name_fi="Työttömät",
        name_sv="Arbetslösa",
        unit_fi="henkilöä",
        unit_sv="personer",
        decimals=0,
        better=Indicator.Better.LOWER,
        is_example=True,
    )
    return {
        "sub_regions": (north, south),
        "municipalities": (alfa, beeta, gamma),
        "indicators": (rate, unemployed),
        "theme": theme,
        "source": source,
    }


def observe(indicator, year, value, municipality=None, sub_region=None, **fields):
    return Observation.objects.create(
        indicator=indicator,
        municipality=municipality,
        sub_region=sub_region,
        year=year,
        value=Decimal(str(value)),
        **fields,
    )


def upload(name, data):
    return SimpleUploadedFile(name, data)


def csv_upload(text, name="observations.csv", encoding="utf-8"):
    return upload(name, text.encode(encoding))


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_upload(rows, name="observations.xlsx"):
    return SimpleUploadedFile(name, xlsx_bytes(rows))


def xlsx_reaching(cell, content="x", header=("indicator", "area", "period", "value")):
    """A small workbook: the header row and one more cell far away, at `cell` (a value, a
    formula, or only a style with content=None)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    sheet[cell] = content
    sheet[cell].font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def without_dimension(data):
    """The workbook with its first sheet's <dimension> left out, as some programs write it."""
    packed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(packed, "w") as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb"<dimension [^>]*/>", b"", content)
                assert b"<dimension" not in content
            target.writestr(member, content)
    return packed.getvalue()


def xlsx_with_broken_part(part, rows=(("indicator", "area", "period", "value"),)):
    """A workbook whose zip is sound but whose XML part `part` is cut off halfway."""
    packed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx_bytes(rows))) as source,
        zipfile.ZipFile(packed, "w") as target,
    ):
        assert part in source.namelist()
        for member in source.infolist():
            content = source.read(member)
            target.writestr(
                member, content[: len(content) // 2] if member.filename == part else content
            )
    return packed.getvalue()


@pytest.fixture
def rows_read(monkeypatch):
    """The calls to read a worksheet's rows: a workbook refused "at once" is refused from
    its stated size, before any (counted, not timed: a timed test failed on a busy machine)."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    calls = []
    reading = ReadOnlyWorksheet.iter_rows

    def counted(sheet, *args, **kwargs):
        calls.append(kwargs)
        return reading(sheet, *args, **kwargs)

    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", counted)
    return calls
