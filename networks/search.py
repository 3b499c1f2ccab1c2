"""The networks app's records in the site-wide search: each hit reads only the columns it shows."""

from django.utils.text import Truncator

from networks.models import Actor, IntegrationPath, Municipality
from portal.registry import SearchHit


def actors_matching(query):
    return Actor.objects.only("name", "slug", "actor_type").matching(query)


def actor_hit(actor):
    return SearchHit(
        title=actor.name, url=actor.get_absolute_url(), summary=actor.get_actor_type_display()
    )


def municipalities_matching(query):
    return Municipality.objects.for_list().only("name", "slug", "sub_region__name").matching(query)


def municipality_hit(municipality):
    return SearchHit(
        title=municipality.name,
        url=municipality.get_absolute_url(),
        summary=municipality.sub_region.name,
    )


def paths_matching(query):
    return IntegrationPath.objects.matching(query)


def path_hit(path):
    summary = Truncator(path.description).words(30)
    return SearchHit(title=path.name, url=path.get_absolute_url(), summary=summary)
