"""The networks app's records in the site-wide search (portal.search_index)."""

from django.utils.translation import gettext as _

from networks.models import IntegrationPath, Municipality
from portal.localised import localised
from portal.registry import SearchDocument


def actor_document(actor):
    return SearchDocument(
        title=localised(actor, "name"),
        url=actor.get_absolute_url(),
        summary=localised(actor, "description"),
        shown=actor.get_actor_type_display(),
    )


def indexed_municipalities():
    return Municipality.objects.for_list()


def municipality_document(municipality):
    # The sub-region's name and text are searched too: "Kyrönmaa" finds its municipalities.
    sub_region = municipality.sub_region
    return SearchDocument(
        title=localised(municipality, "name"),
        url=municipality.get_absolute_url(),
        # "kunta" and "kommun": "Malax kommun" finds Malax.
        body=f"{_('municipality')}\n{sub_region.name}\n{sub_region.description}",
        shown=sub_region.name,
    )


def municipalities_of(sub_region):
    return sub_region.municipalities.all()


def indexed_paths():
    return IntegrationPath.objects.prefetch_related("stages")


def path_document(path):
    # The stages are parts of the path's page: found by their names, they lead to it.
    stages = [f"{stage.name}\n{stage.description}" for stage in path.stages.all()]
    return SearchDocument(
        title=localised(path, "name"),
        url=path.get_absolute_url(),
        summary=localised(path, "description"),
        body="\n".join(stages),
    )


def path_of(stage):
    return [stage.path]
