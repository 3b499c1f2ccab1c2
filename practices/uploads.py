"""What may be uploaded: documents and images only, of limited size, checked by content."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

# Extension → (content type served, the file's first bytes that prove it is of that kind).
ALLOWED_TYPES = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (b"PK\x03\x04",),
    ),
    ".xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        (b"PK\x03\x04",),
    ),
    ".pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        (b"PK\x03\x04",),
    ),
    ".odt": ("application/vnd.oasis.opendocument.text", (b"PK\x03\x04",)),
    ".ods": ("application/vnd.oasis.opendocument.spreadsheet", (b"PK\x03\x04",)),
    ".odp": ("application/vnd.oasis.opendocument.presentation", (b"PK\x03\x04",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".webp": ("image/webp", (b"RIFF",)),
}


def content_type_for(name):
    return ALLOWED_TYPES.get(Path(name).suffix.lower(), ("application/octet-stream", ()))[0]


def validate_attachment(file):
    suffix = Path(file.name).suffix.lower()
    if suffix not in ALLOWED_TYPES:
        raise ValidationError(
            _(
                "Only documents (PDF, Word, Excel, PowerPoint, OpenDocument) and images "
                "(PNG, JPEG, WebP) can be attached."
            ),
            code="file_type",
        )
    if file.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("The file is too large: at most %(megabytes)d MB.")
            % {"megabytes": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
            code="file_size",
        )
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(16)
    file.seek(position)
    if not any(head.startswith(signature) for signature in ALLOWED_TYPES[suffix][1]):
        raise ValidationError(
            _("The file's content does not match its name: it is not a real %(kind)s file.")
            % {"kind": suffix.lstrip(".").upper()},
            code="file_content",
        )
