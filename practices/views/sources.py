"""The knowledge bank of sources: list with filters and search, source page, file."""

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django_filters.views import FilterView

from portal import caching
from portal.pagination import ForgivingPages
from portal.spelling import CorrectedSearchMixin
from practices.models import Practice, Source
from practices.source_filters import SourceFilter
from practices.views.pages import serve_download


class SourceListView(caching.CachedListingMixin, ForgivingPages, CorrectedSearchMixin, FilterView):
    filterset_class = SourceFilter
    template_name = "practices/source_list.html"
    listing_template_name = "practices/includes/source_listing.html"
    context_object_name = "sources"
    paginate_by = 25
    # Filters that were not understood are left out; the others still narrow the list.
    strict = False

    def get_queryset(self):
        return Source.objects.select_related("language")


def source_detail(request, slug):
    """A source and the published practices that name it or whose assessments rest on it."""
    source = get_object_or_404(Source.objects.select_related("language"), slug=slug)
    practices = (
        Practice.objects.published()
        .filter(Q(sources=source) | Q(assessments__sources=source))
        .distinct()
        .order_by("title")
    )
    return render(
        request, "practices/source_detail.html", {"source": source, "practices": practices}
    )


def source_file_download(request, slug):
    source = get_object_or_404(Source, slug=slug)
    return serve_download(source.file)
