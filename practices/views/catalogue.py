"""Finding practices: the list with search and filters, its CSV export and the feed."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django_filters.views import FilterView

from portal import caching
from portal.csv_export import csv_response
from portal.localised import LocalisedText, localised
from portal.pagination import ForgivingPages
from portal.spelling import corrected_query
from practices import comparison, search
from practices.filters import SORT_CHOICES, PracticeFilter
from practices.models import Practice

FEED_SIZE = 20


class CountedPaginator(Paginator):
    """The list's pages, as the filterset's counting statement found them: the number of
    results, and the practices of the page asked for (PracticeFilter.page_of_results)."""

    def __init__(self, filterset, per_page, **kwargs):
        super().__init__(filterset.qs, per_page, **kwargs)
        self.filterset = filterset

    @cached_property
    def count(self):
        return self.filterset.facets.total

    def page(self, number):
        number = self.validate_number(number)
        return self._get_page(self.filterset.page_of_results(number), number, self)


@dataclass(frozen=True)
class ResultRow:
    """A practice as the list shows it: title and summary in the reader's language, with the
    searched words marked."""

    practice: Practice
    title: LocalisedText
    title_html: str
    summary: LocalisedText
    summary_html: str


def result_rows(practices, search_words):
    rows = []
    for practice in practices:
        title, summary = localised(practice, "title"), localised(practice, "summary")
        rows.append(
            ResultRow(
                practice=practice,
                title=title,
                title_html=search.highlight(title.text, search_words),
                summary=summary,
                summary_html=search.highlight(summary.text, search_words),
            )
        )
    return rows


class PracticeListView(caching.CachedListingMixin, ForgivingPages, FilterView):
    """The filters, results and pages are drawn cold in one counting statement and kept
    as HTML per address (portal.caching): at 10,000 practices on the busy machine the
    list answered 5.8 requests a second without it, and some hundreds with it."""

    filterset_class = PracticeFilter
    template_name = "practices/practice_list.html"
    listing_template_name = "practices/includes/practice_listing.html"
    context_object_name = "practices"
    paginate_by = 25
    # Filters that were not understood are left out and reported, not an empty list.
    strict = False

    def get_queryset(self):
        return Practice.objects.published().for_list()

    def get_filterset_kwargs(self, filterset_class):
        page = self.request.GET.get(self.page_kwarg, "")
        return {
            **super().get_filterset_kwargs(filterset_class),
            # Always bound, so that the order applies to the page without a query string too.
            "data": self.request.GET,
            "page": int(page) if page.isascii() and page.isdigit() and len(page) < 9 else 1,
            "per_page": self.paginate_by,
        }

    def get_filterset(self, filterset_class):
        return super().get_filterset(filterset_class).with_corrected_words()

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kw):
        return CountedPaginator(
            self.filterset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            **kw,
        )

    def listing_facts(self, context):
        return {"page_number": context["page_obj"].number}

    def page_context(self, request):
        return {"comparison": comparison.bar(request)}

    def personalised(self, html, page_context):
        chosen = page_context["comparison"]
        if not chosen:
            return html
        return comparison.mark_chosen(html, chosen["practices"], self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        context.update(
            facets=filterset.facets,
            rows=result_rows(context["practices"], filterset.search_words),
            search_text=filterset.search_words.text,
            typed_text=filterset.typed,
            sort_choices=SORT_CHOICES,
            sort_key=filterset.sort_key,
        )
        if not context["rows"] and filterset.search_words:
            context["suggestion"] = self.suggestion(filterset.search_words)
        return context

    def suggestion(self, search_words):
        """ "Did you mean …?": the words with each that finds no practice replaced by the
        nearest word written in the portal, and the address of this list searching them."""
        words = corrected_query(search_words, Practice.objects.published().matching)
        if not words:
            return None
        parameters = self.request.GET.copy()
        parameters["q"] = words
        parameters.pop(self.page_kwarg, None)
        return {"words": words, "url": f"?{parameters.urlencode()}"}


@caching.query_parameters(*PracticeFilter.base_filters)
def practice_csv(request):
    """The whole result set of the list's query string, one practice a row."""
    practices = Practice.objects.published().prefetch_related(
        "themes", "target_groups", "municipalities"
    )
    filterset = PracticeFilter(request.GET, queryset=practices).with_corrected_words()
    header = [
        _("Title"),
        _("Summary"),
        _("Evidence level"),
        _("Themes"),
        _("Target groups"),
        _("Origin"),
        _("Municipalities"),
        _("Web address"),
    ]
    rows = (
        [
            localised(practice, "title").text,
            localised(practice, "summary").text,
            str(practice.get_evidence_level_display()),
            ", ".join(theme.name for theme in practice.themes.all()),
            ", ".join(group.name for group in practice.target_groups.all()),
            str(practice.get_origin_display()),
            ", ".join(municipality.name for municipality in practice.municipalities.all()),
            request.build_absolute_uri(practice.get_absolute_url()),
        ]
        for practice in filterset.qs
    )
    return csv_response("practices.csv", header, rows)


class PlainTextSummaryAtomFeed(Atom1Feed):
    """Atom with the entries' summaries as text: Django marks them type="html", so a
    reader would draw any markup a summary holds. Ours are plain text, as typed."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class NewPracticesFeed(Feed):
    """The latest published practices as an Atom feed, in the reader's language."""

    feed_type = PlainTextSummaryAtomFeed

    def author_name(self):
        # Atom requires an author; the coordinators publish on behalf of the network.
        return _("Knowledge bank for integration – Ostrobothnia")

    def title(self):
        return _("New practices – Knowledge bank for integration")

    def subtitle(self):
        return _("Practices newly published in Ostrobothnia's knowledge bank for integration.")

    def link(self):
        return reverse("practices:list")

    def feed_url(self):
        return reverse("practices:feed")

    def items(self):
        return Practice.objects.published().order_by("-published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return localised(item, "title").text

    def item_description(self, item):
        return localised(item, "summary").text

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
