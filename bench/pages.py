"""The pages the benchmark measures, with their addresses in the generated content."""

from dataclasses import asdict, dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import urlencode

from agreements.models import Version
from networks.models import Actor, IntegrationPath, Municipality
from practices.models import Practice

MEMBER = "bench-member-0"
COMMON_WORD, RARE_WORD = "kotoutuminen", "mentori"


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    member: bool = False  # fetched as a logged-in member of the steering group
    cached: bool = True  # the same for every anonymous visitor until the content changes

    def as_dict(self):
        return asdict(self)


def busiest(queryset, relation):
    """The record with most of a relation among the generated ones: the heaviest page."""
    from django.db.models import Count

    return queryset.annotate(n=Count(relation)).order_by("-n", "pk").first()


def pages():
    practices = Practice.objects.published().filter(slug__startswith="bench-")
    detail = busiest(practices, "municipalities")
    three = list(practices.order_by("pk").values_list("slug", flat=True)[:3])
    actor = busiest(Actor.objects.filter(slug__startswith="bench-"), "ties_out")
    path = busiest(IntegrationPath.objects.all(), "stages__roles")
    version = Version.objects.filter(status=Version.Status.IN_REVIEW).latest("number")
    agreement = version.agreement
    practice_list = reverse("practices:list")
    filters = urlencode({"theme": "tyollisyys", "municipality": "vaasa", "evidence": "1"})
    search = urlencode({"q": "työllisyyttä"})
    # In the generated bank "kotoutuminen" finds about three practices in five, "mentori"
    # about one in ten (bench/generate.py: the demo's own sentences recombined).
    common, rare = urlencode({"q": COMMON_WORD}), urlencode({"q": RARE_WORD})
    version_kwargs = {"slug": agreement.slug, "number": version.number}
    compare = urlencode({"a": version.number - 1, "b": version.number})
    # The municipality with most practices in use, and its gap at the stage with most
    # practices: the heaviest ranking.
    municipality = busiest(Municipality.objects.all(), "practices")
    stage = path.stages.annotate(n=Count("practices")).order_by("-n", "pk").first()
    gap = urlencode({"municipality": municipality.slug, "stage": stage.pk, "language": "sv"})
    return [
        Page("floor", "/_bench/floor"),
        Page("home", reverse("portal:home")),
        Page("practice list", practice_list),
        Page("practice list, 3 filters", f"{practice_list}?{filters}"),
        Page("practice list, search", f"{practice_list}?{search}"),
        Page("practice list, common word", f"{practice_list}?{common}"),
        Page("practice list, rare word", f"{practice_list}?{rare}"),
        Page("site search", f"{reverse('portal:search')}?{common}"),
        Page("practice detail", detail.get_absolute_url()),
        Page(
            "compare practices", f"{reverse('practices:compare')}?{urlencode({'p': three}, True)}"
        ),
        Page("sources", reverse("practices:source-list")),
        Page("actor list", reverse("networks:actor-list")),
        Page("actor page", actor.get_absolute_url()),
        Page("path page", path.get_absolute_url()),
        Page("network map", reverse("networks:map")),
        Page("coverage matrix", reverse("networks:coverage")),
        Page("gap page", f"{reverse('networks:gap')}?{gap}"),
        Page(
            "municipality needs",
            reverse("monitoring:municipality-needs", kwargs={"slug": municipality.slug}),
        ),
        Page(
            "review page",
            reverse("agreements:version-detail", kwargs=version_kwargs),
            member=True,
            cached=False,
        ),
        Page(
            "compare versions",
            f"{reverse('agreements:compare', kwargs={'slug': agreement.slug})}?{compare}",
            member=True,
            cached=False,
        ),
        Page("api: practice list", reverse("api:practice-list")),
        Page("api: practice list, search", f"{reverse('api:practice-list')}?{common}"),
        Page("api: practice", reverse("api:practice-detail", kwargs={"slug": detail.slug})),
        Page("api: actor list", reverse("api:actor-list")),
        Page("api: actor", reverse("api:actor-detail", kwargs={"slug": actor.slug})),
        Page("static file", static("portal/css/site.css")),
    ]


def member():
    return get_user_model().objects.get(username=MEMBER)


def clients():
    """(an anonymous visitor's test client, the steering group member's), for timing the
    pages in the process."""
    from django.test import Client

    logged_in = Client()
    logged_in.force_login(member())
    return Client(), logged_in
