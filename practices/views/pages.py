"""The practice page, compare, the evidence scale, priorities and attachments."""

from django.http import Http404


def practice_detail(request, slug):
    raise Http404


def compare(request):
    raise Http404


def evidence_scale(request):
    raise Http404


def priority_list(request):
    raise Http404


def attachment_download(request, pk):
    raise Http404
