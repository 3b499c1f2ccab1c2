"""Finding practices: the list with search and filters, its CSV export and the feed."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.views.generic import View


class PracticeListView(View):
    def get(self, request):
        raise Http404


def practice_csv(request):
    raise Http404


class NewPracticesFeed(Feed):
    def __call__(self, request, *args, **kwargs):
        raise Http404
