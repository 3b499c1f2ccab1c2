"""Practices, sources and assessments for the tests, in both languages."""

import datetime

import factory
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from practices.models import Adoption, Assessment, Practice, Source, Theme

# `translated` too: tests/monitoring imports it from here.
from tests.translated import TranslatedFactory, in_both_languages, translated  # noqa: F401


def url_for(name, lang="fi", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


class PracticeFactory(TranslatedFactory):
    class Meta:
        model = Practice

    slug = factory.Sequence(lambda n: f"kaytanto-{n}")
    status = Practice.Status.PUBLISHED
    title_fi, title_sv = in_both_languages("Käytäntö", "Praxis")
    summary_fi = factory.LazyAttribute(lambda o: f"Tiivistelmä {o.slug}.")
    summary_sv = factory.LazyAttribute(lambda o: f"Sammanfattning {o.slug}.")


class AdoptionFactory(TranslatedFactory):
    """A practice in use in a municipality (give `municipality` or `actor`)."""

    class Meta:
        model = Adoption

    practice = factory.SubFactory(PracticeFactory)
    started_on = datetime.date(2024, 1, 15)
    adaptation_fi = factory.LazyAttribute(lambda o: f"Sovitettu paikallisesti {o.practice.slug}.")
    adaptation_sv = factory.LazyAttribute(lambda o: f"Anpassad lokalt {o.practice.slug}.")


class ThemeFactory(TranslatedFactory):
    class Meta:
        model = Theme

    slug = factory.Sequence(lambda n: f"teema-{n}")
    name_fi, name_sv = in_both_languages("Teema", "Tema")


class SourceFactory(TranslatedFactory):
    class Meta:
        model = Source

    slug = factory.Sequence(lambda n: f"lahde-{n}")
    kind = Source.Kind.EVALUATION
    title_fi, title_sv = in_both_languages("Lähde", "Källa")


class AssessmentFactory(TranslatedFactory):
    """An assessment; levels 3–5 get a research source when none is given, as the rating
    rules (checked by the database too) want evidence behind them."""

    class Meta:
        model = Assessment

    practice = factory.SubFactory(PracticeFactory)
    level = 2
    assessed_on = factory.LazyFunction(datetime.date.today)
    assessed_by = "Arviointiryhmä"
    rationale_fi, rationale_sv = in_both_languages("Perustelu", "Motivering", key="level")

    @factory.post_generation
    def sources(obj, create, extracted, **kwargs):
        if not create:
            return
        if not extracted and obj.level >= 3:
            extracted = [
                SourceFactory(
                    kind=Source.Kind.RESEARCH,
                    slug=f"evidence-{obj.practice.slug}-{obj.level}-{obj.assessed_on}",
                    title_fi=f"Tutkimus {obj.level}",
                    title_sv=f"Forskning {obj.level}",
                )
            ]
        obj.sources.set(extracted or ())


def assess(practice, level, on=None, sources=(), **fields):
    """An assessment with its sources, written in one transaction as the database's rating
    rules expect (outside a test transaction, e.g. for the browser tests, too)."""
    if on is not None:
        fields["assessed_on"] = on
    with transaction.atomic():
        return AssessmentFactory(practice=practice, level=level, sources=sources, **fields)
