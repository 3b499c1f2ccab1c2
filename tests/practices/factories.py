"""Test data for the practices app: practices, sources and assessments in both languages."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from practices.models import Assessment, Practice, Source


def translated(**values):
    """Fill the default-language column too, as django-modeltranslation keeps it."""
    extra = {key[:-3]: value for key, value in values.items() if key.endswith("_fi")}
    return {**extra, **values}


def url_for(name, lang="fi", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def make_practice(slug, status=Practice.Status.PUBLISHED, **fields):
    values = {
        "title_fi": f"Käytäntö {slug}",
        "title_sv": f"Praxis {slug}",
        "summary_fi": f"Tiivistelmä {slug}.",
        "summary_sv": f"Sammanfattning {slug}.",
        **fields,
    }
    return Practice.objects.create(slug=slug, status=status, **translated(**values))


def make_source(slug, kind=Source.Kind.EVALUATION, **fields):
    values = {"title_fi": f"Lähde {slug}", "title_sv": f"Källa {slug}", **fields}
    return Source.objects.create(slug=slug, kind=kind, **translated(**values))


def assess(practice, level, on, sources=(), **fields):
    """An assessment with its sources, written in one transaction as the database's rating
    rules expect (outside a test transaction, e.g. for the browser tests, too)."""
    with transaction.atomic():
        return write_assessment(practice, level, on, sources, **fields)


def write_assessment(practice, level, on, sources=(), **fields):
    values = {"rationale_fi": f"Perustelu {level}", "rationale_sv": f"Motivering {level}"}
    assessment = Assessment.objects.create(
        practice=practice,
        level=level,
        assessed_on=on,
        assessed_by=fields.pop("assessed_by", "Arviointiryhmä"),
        **translated(**{**values, **fields}),
    )
    if not sources and level >= 3:
        # The rating rules need evidence behind levels 3–5 (checked by the database too).
        sources = [
            Source.objects.create(
                kind=Source.Kind.RESEARCH,
                slug=f"evidence-{practice.slug}-{level}-{on}",
                **translated(title_fi=f"Tutkimus {level}", title_sv=f"Forskning {level}"),
            )
        ]
    assessment.sources.set(sources)
    return assessment
