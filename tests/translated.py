"""Test data in both languages, stored as django-modeltranslation stores it."""

import factory


def translated(**values):
    """Fill the default-language column too, as django-modeltranslation keeps it."""
    extra = {key[:-3]: value for key, value in values.items() if key.endswith("_fi")}
    return {**extra, **values}


def in_both_languages(finnish, swedish, key="slug"):
    """A factory's Finnish and Swedish values, each a word and the object's key:
    `name_fi, name_sv = in_both_languages("Kunta", "Kommun")`."""
    return (
        factory.LazyAttribute(lambda obj: f"{finnish} {getattr(obj, key)}"),
        factory.LazyAttribute(lambda obj: f"{swedish} {getattr(obj, key)}"),
    )


def many(field_name):
    """A post-generation hook that sets a many-to-many field to the objects given."""

    def set_related(obj, create, extracted, **kwargs):
        if create and extracted is not None:
            getattr(obj, field_name).set(extracted)

    return factory.PostGeneration(set_related)


class TranslatedFactory(factory.django.DjangoModelFactory):
    """A model factory whose Finnish values fill the default-language columns too."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return super()._create(model_class, *args, **translated(**kwargs))


def addresses_in_each_language(addresses):
    """`addresses()` called in Finnish, then in Swedish: the addresses a test walks in both
    languages (reverse() gives each language's own)."""
    from django.conf import settings
    from django.utils import translation

    found = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found += addresses()
    return found
