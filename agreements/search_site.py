"""Signed letters of intent in the site-wide search (portal.search_index): a signed
version's text is public (agreements.access.can_view); drafts and versions in review are
never indexed."""

from agreements.models import Version
from portal.registry import SearchDocument


def indexed_versions():
    return (
        Version.objects.filter(status=Version.Status.SIGNED)
        .select_related("agreement")
        .prefetch_related("sections")
    )


def version_document(version):
    sections = [f"{section.heading}\n{section.text}" for section in version.sections.all()]
    return SearchDocument(
        title=str(version),
        url=version.get_absolute_url(),
        summary=version.agreement.description,
        body="\n".join(sections),
    )


def versions_of_agreement(agreement):
    return agreement.versions.all()


def version_of(section):
    return [section.version]
