"""The knowledge bank of sources: list with filters and search, source page, file."""

from django.http import Http404
from django.views.generic import View


class SourceListView(View):
    def get(self, request):
        raise Http404


def source_detail(request, slug):
    raise Http404


def source_file_download(request, slug):
    raise Http404
