"""Municipal staff propose practices; they arrive as drafts for coordinators."""

from django.http import Http404


def propose(request):
    raise Http404


def confirm_proposal(request, token):
    raise Http404


def proposal_received(request):
    raise Http404
