"""Agreements, their versions, sections and parties for the tests, in both languages."""

import factory

from agreements.models import Agreement, Party, Section, Version
from tests.agreements.helpers import NEXT_YEAR
from tests.networks.factories import ActorFactory
from tests.translated import TranslatedFactory, in_both_languages


class AgreementFactory(TranslatedFactory):
    class Meta:
        model = Agreement

    slug = factory.Sequence(lambda n: f"aiesopimus-{n}")
    title_fi, title_sv = in_both_languages("Aiesopimus", "Avsiktsförklaring")


class SectionFactory(TranslatedFactory):
    class Meta:
        model = Section

    order = factory.Sequence(lambda n: n + 1)
    heading_fi, heading_sv = in_both_languages("Osio", "Avsnitt", key="order")
    text_fi = factory.LazyAttribute(lambda o: f"Osion {o.order} teksti.")
    text_sv = factory.LazyAttribute(lambda o: f"Avsnittets {o.order} text.")


class VersionFactory(TranslatedFactory):
    """A version with `sections` sections; a version in review closes in a year unless told."""

    class Meta:
        model = Version

    agreement = factory.SubFactory(AgreementFactory)
    number = factory.Sequence(lambda n: n + 1)
    audience = Version.Audience.STEERING_GROUP
    status = Version.Status.DRAFT
    review_closes_on = None
    sections = 2

    @classmethod
    def _create(cls, model_class, *args, status, review_closes_on, sections, **kwargs):
        # The status is set afterwards: sections of a frozen version cannot be created.
        version = super()._create(model_class, *args, **kwargs)
        for order in range(1, sections + 1):
            SectionFactory(version=version, order=order)
        if status == Version.Status.IN_REVIEW and review_closes_on is None:
            review_closes_on = NEXT_YEAR
        Version.objects.filter(pk=version.pk).update(
            status=status, review_closes_on=review_closes_on
        )
        version.refresh_from_db()
        return version


class PartyFactory(TranslatedFactory):
    class Meta:
        model = Party

    agreement = factory.SubFactory(AgreementFactory)
    actor = factory.SubFactory(ActorFactory)
    order = 1
