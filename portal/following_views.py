"""The pages of following by e-mail: the form that asks for the address, the page that
says to check the mail, confirming, and ending a subscription (also in one click from the
mail program: RFC 8058's POST, which carries no CSRF token)."""

from django import forms
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from portal import following
from portal.honeypot import HoneypotMixin
from portal.ratelimit import client_ip


class FollowForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We send a link to confirm it. Nothing is sent before you confirm, and each "
            "e-mail has a link to stop."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


def follow(request, kind, ref):
    target = following.followed(kind, ref)
    if target is None:
        raise Http404
    form = FollowForm(request.POST or None)
    context = {"target": target, "form": form}
    if request.method != "POST":
        return render(request, "following/follow.html", context)
    identity = client_ip(request)
    if following.FOLLOWS_PER_HOUR.exceeded(identity):
        return render(request, "following/follow.html", {**context, "too_many": True}, status=429)
    if form.is_spam():
        following.FOLLOWS_PER_HOUR.record(identity)
        return redirect("portal:follow-sent")
    if not form.is_valid():
        return render(request, "following/follow.html", context)
    following.FOLLOWS_PER_HOUR.record(identity)
    email = form.cleaned_data["email"]
    # An address that has had its confirmations is told nothing more for an hour; the page
    # says the same, so it tells nobody whether the address follows anything.
    if not following.CONFIRMATIONS_PER_ADDRESS.exceeded(email):
        following.CONFIRMATIONS_PER_ADDRESS.record(email)
        following.subscribe(target, email, get_language(), base_url=request.build_absolute_uri("/"))
    return redirect("portal:follow-sent")


def follow_sent(request):
    return render(request, "following/sent.html")


@never_cache
def confirm(request, token):
    if request.method == "POST":
        subscription = following.confirm(token)
        if subscription is not None:
            target = following.followed(subscription.kind, subscription.ref)
            return render(request, "following/confirmed.html", {"target": target})
    else:
        subscription = following.subscription_for(
            token, following.CONFIRM_SALT, max_age=following.CONFIRM_VALID
        )
    target = subscription and following.followed(subscription.kind, subscription.ref)
    return render(
        request,
        "following/confirm.html",
        {"subscription": subscription, "target": target},
        status=200 if subscription else 404,
    )


@csrf_exempt  # The signed token in the address is the authority; mail programs post no token.
@never_cache
def unsubscribe(request, token):
    if request.method == "POST":
        subscription = following.unsubscribe(token)
        target = subscription and following.followed(subscription.kind, subscription.ref)
        return render(
            request,
            "following/unsubscribed.html",
            {"target": target, "found": subscription is not None},
        )
    subscription = following.subscription_for(token, following.UNSUBSCRIBE_SALT)
    target = subscription and following.followed(subscription.kind, subscription.ref)
    return render(
        request,
        "following/unsubscribe.html",
        {"subscription": subscription, "target": target},
        status=200 if subscription else 404,
    )
