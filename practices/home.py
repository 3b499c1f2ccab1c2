from practices.models import Practice

NEWEST_COUNT = 5


def newest_practices(request):
    """The home page's block: the practices published last."""
    practices = Practice.objects.published().order_by("-published_at", "-pk")
    return {"practices": practices[:NEWEST_COUNT]}
