from django.db.models import Q
from django.urls import reverse

from networks.models import Municipality
from portal.registry import SearchHit


def municipalities_matching(query):
    return Municipality.objects.for_list().filter(
        Q(name_fi__icontains=query) | Q(name_sv__icontains=query)
    )


def municipality_hit(municipality):
    return SearchHit(
        title=municipality.name,
        url=reverse("networks:municipality-detail", kwargs={"slug": municipality.slug}),
        summary=municipality.sub_region.name,
    )
