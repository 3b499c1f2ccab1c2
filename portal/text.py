"""Text as the portal stores and compares it: line breaks as LF, Unicode composed (NFC), no
spaces at line ends. Browsers send CRLF line breaks and some keyboards decomposed letters;
stored alike, the same words are the same text, and comparing two versions shows only what
was really changed."""

import unicodedata

from django.db import models


def normalise_text(text):
    """The text with LF line breaks, in NFC, without whitespace at the end of its lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def is_text_field(field):
    """A field people write text in (the translated columns included)."""
    return field.editable and isinstance(field, models.CharField | models.TextField)


class NormalisedTextModel(models.Model):
    """A model whose text is stored normalised, whoever saves it: a form, the admin, an
    import, a shell."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Through __dict__: a translated field's own attribute (`title`) writes the active
        # language's column, its columns (`title_fi`, `title_sv`) are plain attributes.
        for field in self._meta.concrete_fields:
            value = self.__dict__.get(field.attname)
            if isinstance(value, str) and is_text_field(field):
                self.__dict__[field.attname] = normalise_text(value)
        super().save(*args, **kwargs)
