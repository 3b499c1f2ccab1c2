"""Page numbers in a list's address that lead nowhere: no number at all shows the first page,
a number out of range (past the end, 0 or below) the last (Paginator.get_page), rather than
"page not found": a link shared before results went away, or a number typed by hand, still leads
to the list."""


class ForgivingPages:
    """For a Django list view (MultipleObjectMixin)."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(
            queryset,
            page_size,
            orphans=self.get_paginate_orphans(),
            allow_empty_first_page=self.get_allow_empty(),
        )
        asked = self.kwargs.get(self.page_kwarg) or self.request.GET.get(self.page_kwarg)
        page = paginator.get_page(paginator.num_pages if asked == "last" else asked)
        return paginator, page, page.object_list, page.has_other_pages()
