from django.db.models import Q
from django.utils.text import Truncator

from networks.models import Actor, IntegrationPath, Municipality
from portal.registry import SearchHit


def fields_contain(fields, query):
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": query})
    return condition


def actors_matching(query):
    fields = ("name_fi", "name_sv", "description_fi", "description_sv")
    return Actor.objects.filter(fields_contain(fields, query)).order_by("name")


def actor_hit(actor):
    return SearchHit(
        title=actor.name, url=actor.get_absolute_url(), summary=actor.get_actor_type_display()
    )


def municipalities_matching(query):
    return Municipality.objects.for_list().filter(fields_contain(("name_fi", "name_sv"), query))


def municipality_hit(municipality):
    return SearchHit(
        title=municipality.name,
        url=municipality.get_absolute_url(),
        summary=municipality.sub_region.name,
    )


def paths_matching(query):
    fields = (
        "name_fi",
        "name_sv",
        "description_fi",
        "description_sv",
        "stages__name_fi",
        "stages__name_sv",
    )
    return IntegrationPath.objects.filter(fields_contain(fields, query)).distinct()


def path_hit(path):
    summary = Truncator(path.description).words(30)
    return SearchHit(title=path.name, url=path.get_absolute_url(), summary=summary)
