from django.views.generic import DetailView, ListView

from networks.models import Municipality, SubRegion


class MunicipalityListView(ListView):
    template_name = "networks/municipality_list.html"
    context_object_name = "sub_regions"

    def get_queryset(self):
        return SubRegion.objects.prefetch_related("municipalities")


class MunicipalityDetailView(DetailView):
    template_name = "networks/municipality_detail.html"
    context_object_name = "municipality"

    def get_queryset(self):
        return Municipality.objects.for_list()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["neighbours"] = self.object.sub_region.municipalities.exclude(pk=self.object.pk)
        return context
