"""Registries the apps fill in their AppConfig.ready(), so that the portal lists their
records on the home page, in the site-wide search and in the sitemap without importing them,
and an app adds to another's pages (a municipality's) without being imported by it."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet


@dataclass(frozen=True)
class Section:
    """A part of the portal that the home page leads to."""

    title: str
    description: str
    url_name: str
    order: int = 100


@dataclass(frozen=True)
class SearchDocument:
    """What the site-wide search knows of a record, in the active language: `title`,
    `summary` and `body` are searched in that order of weight (the summary also gives the
    snippet under the hit); `shown` is the short line under the title (its kind, its
    level). A title or summary given as portal.localised's LocalisedText says which
    language it is in, so that a fallback is marked with its own lang on the page."""

    title: str
    url: str
    summary: str = ""
    body: str = ""
    shown: str = ""


@dataclass(frozen=True)
class SearchKind:
    """One kind of public record in the site-wide search (portal.search_index keeps its
    index). `indexed`: the records the public may find, as a queryset (by default every
    record of `model`); `document`: a
    record's SearchDocument in the active language; `related`: (model, records of this kind
    whose document shows a row of that model), so that a stage's save re-indexes its path.
    `list_url_name`: the list of that kind that searches the same words (its `q`), where the
    search page leads for every match, with `list_label` as the link's words."""

    key: str
    label: str
    model: type
    document: Callable[[object], SearchDocument]
    indexed: Callable[[], QuerySet] | None = None
    order: int = 100
    related: tuple[tuple[type, Callable[[object], Iterable]], ...] = ()
    list_url_name: str = ""
    list_label: str = ""

    def records(self):
        """The records of this kind that the public may find."""
        return self.indexed() if self.indexed else self.model._default_manager.all()


@dataclass(frozen=True)
class HomeBlock:
    """A part of the home page that an app fills, such as the newest practices."""

    template_name: str
    context: Callable[[object], dict]
    order: int = 100


@dataclass(frozen=True)
class MunicipalityBlock:
    """A part of a municipality's page that an app fills, such as its monitoring figures;
    context is called with the request and the municipality."""

    template_name: str
    context: Callable[[object, object], dict]
    order: int = 100


@dataclass(frozen=True)
class PrioritiesBlock:
    """A part of each priority on the priorities' page that an app fills, such as how its
    indicators move; context is called once with the request and every priority shown, and
    returns {priority pk: the block's context for that priority}."""

    template_name: str
    context: Callable[[object, list], dict]
    order: int = 100


@dataclass(frozen=True)
class ApiRoute:
    """A kind of record in the open-data API: /api/v1/<prefix>/ and /api/v1/<prefix>/<key>/,
    served by a read-only viewset of the app's (portal.api.PublicViewSet)."""

    prefix: str
    viewset: type
    basename: str
    label: str  # what the records are, for the open data's description page
    order: int = 100


@dataclass(frozen=True)
class NewsItem:
    """One thing new in a followed topic, for the followers' e-mail: what it is, its
    address on the site (a path), and a short text."""

    title: str
    url: str
    text: str = ""


@dataclass(frozen=True)
class FollowTopic:
    """A kind of thing anyone may follow by e-mail (portal.following): `find` gives the
    followed thing for the reference in its address, or None; `title` and `url` name it
    in the active language; `news` lists what became new about it after a moment."""

    key: str
    find: Callable[[str], object | None]
    title: Callable[[object], str]
    url: Callable[[object], str]
    news: Callable[[object, object], list[NewsItem]]


@dataclass
class Registry:
    sections: list[Section] = field(default_factory=list)
    search_kinds: list[SearchKind] = field(default_factory=list)
    sitemaps: dict[str, type[Sitemap]] = field(default_factory=dict)
    home_blocks: list[HomeBlock] = field(default_factory=list)
    municipality_blocks: list[MunicipalityBlock] = field(default_factory=list)
    priorities_blocks: list[PrioritiesBlock] = field(default_factory=list)
    api_routes: list[ApiRoute] = field(default_factory=list)
    follow_topics: dict[str, FollowTopic] = field(default_factory=dict)

    def add_follow_topic(self, topic: FollowTopic) -> None:
        self.follow_topics[topic.key] = topic

    def add_api_route(self, route: ApiRoute) -> None:
        self.api_routes = sorted([*self.api_routes, route], key=lambda r: r.order)

    def add_home_block(self, block: HomeBlock) -> None:
        self.home_blocks = sorted([*self.home_blocks, block], key=lambda b: b.order)

    def add_municipality_block(self, block: MunicipalityBlock) -> None:
        self.municipality_blocks = sorted([*self.municipality_blocks, block], key=lambda b: b.order)

    def add_priorities_block(self, block: PrioritiesBlock) -> None:
        self.priorities_blocks = sorted([*self.priorities_blocks, block], key=lambda b: b.order)

    def add_section(self, section: Section) -> None:
        self.sections = sorted([*self.sections, section], key=lambda s: s.order)

    def add_search_kind(self, kind: SearchKind) -> None:
        self.search_kinds = sorted([*self.search_kinds, kind], key=lambda k: k.order)

    def kind_of(self, model) -> SearchKind:
        """The search kind registered for a model."""
        return next(kind for kind in self.search_kinds if kind.model is model)

    def add_sitemap(self, name: str, sitemap: type[Sitemap]) -> None:
        self.sitemaps[name] = sitemap


registry = Registry()
