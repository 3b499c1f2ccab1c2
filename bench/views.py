from django.http import HttpResponse

FLOOR_BODY = b"floor\n"


def floor(request):
    """The cheapest page Django serves: every middleware, no template, no database."""
    return HttpResponse(FLOOR_BODY, content_type="text/plain")
