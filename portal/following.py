"""Following by e-mail: anyone subscribes to a topic (a public hearing, the questions and
comments on a practice, a kind of event) without an account, confirms it through a link
sent to the address (double opt-in), and then gets one e-mail a day at most, of what is
new, each with a link that ends the subscription in one click (List-Unsubscribe and
List-Unsubscribe-Post, RFC 8058). The apps register their topics in portal.registry.

The links carry the subscription's number signed with the secret key: nothing to store,
and nobody can make one for another's subscription."""

import datetime
from dataclasses import dataclass

from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from portal.mail import absolute, send_templated_mail
from portal.models import Subscription
from portal.ratelimit import RateLimit
from portal.registry import registry

HOUR = 60 * 60
CONFIRM_SALT = "portal.following.confirm"
UNSUBSCRIBE_SALT = "portal.following.unsubscribe"
CONFIRM_VALID = datetime.timedelta(days=7)
# From one visitor: enough to follow a few things; and to one address, few enough that the
# form cannot be used to flood someone's mailbox with confirmation requests.
FOLLOWS_PER_HOUR = RateLimit("follow", limit=10, period=HOUR)
CONFIRMATIONS_PER_ADDRESS = RateLimit("follow-address", limit=3, period=HOUR)


@dataclass(frozen=True)
class Followed:
    """A topic and the thing followed in it."""

    topic: object
    ref: str
    thing: object

    @property
    def title(self):
        return self.topic.title(self.thing)

    @property
    def url(self):
        return self.topic.url(self.thing)


def followed(kind, ref):
    """The thing `kind`/`ref` names, or None when there is no such thing to follow."""
    topic = registry.follow_topics.get(kind)
    thing = topic.find(ref) if topic else None
    return Followed(topic, ref, thing) if thing is not None else None


def link(subscription, url_name, salt, base_url, language=None):
    token = signing.dumps(subscription.pk, salt=salt)
    with translation.override(language or subscription.language):
        return absolute(base_url, reverse(url_name, kwargs={"token": token}))


def subscribe(target, email, language, base_url=""):
    """Asks the address to confirm; an address already following is told so instead, so the
    page says the same whoever typed the address."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            subscription, _created = Subscription.objects.get_or_create(
                kind=target.topic.key,
                ref=target.ref,
                email=email,
                defaults={"language": language},
            )
    except IntegrityError:  # The same address sent twice at once.
        subscription = Subscription.objects.get(kind=target.topic.key, ref=target.ref, email=email)
    template = "confirm" if subscription.confirmed_at is None else "already"
    with translation.override(subscription.language):
        context = {
            "title": target.title,
            "url": absolute(base_url, target.url),
            "confirm_url": link(subscription, "portal:follow-confirm", CONFIRM_SALT, base_url),
            "unsubscribe_url": unsubscribe_link(subscription, base_url),
            "days": CONFIRM_VALID.days,
        }
    send_templated_mail(
        f"following/email/{template}",
        [email],
        lambda code: context,
        languages=[subscription.language],
    )
    return subscription


def unsubscribe_link(subscription, base_url=""):
    return link(subscription, "portal:follow-unsubscribe", UNSUBSCRIBE_SALT, base_url)


def subscription_for(token, salt, max_age=None):
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:  # also an expired one
        return None
    return Subscription.objects.filter(pk=pk).first()


def confirm(token):
    """The subscription confirmed, or None when the link is not valid (any more)."""
    subscription = subscription_for(token, CONFIRM_SALT, max_age=CONFIRM_VALID)
    if subscription is not None and subscription.confirmed_at is None:
        subscription.confirmed_at = subscription.notified_at = timezone.now()
        subscription.save(update_fields=["confirmed_at", "notified_at"])
    return subscription


def unsubscribe(token):
    """Deletes the subscription; the one deleted, or None if there was none."""
    subscription = subscription_for(token, UNSUBSCRIBE_SALT)
    if subscription is not None:
        subscription.delete()
    return subscription


def send_news(base_url="", now=None):
    """One e-mail to each confirmed subscription whose topic has news since its last one;
    returns how many went."""
    now = now or timezone.now()
    sent = 0
    subscriptions = Subscription.objects.filter(confirmed_at__isnull=False).order_by("pk")
    for subscription in subscriptions:
        target = followed(subscription.kind, subscription.ref)
        if target is None:
            continue  # The thing is gone or hidden: its followers hear nothing more.
        since = subscription.notified_at or subscription.confirmed_at
        with translation.override(subscription.language):
            title, url = target.title, target.url
            items = target.topic.news(target.thing, since)
        if not items:
            continue
        unsubscribe_url = unsubscribe_link(subscription, base_url)
        delivered = send_templated_mail(
            "following/email/news",
            [subscription.email],
            lambda code, title=title, url=url, items=items, stop=unsubscribe_url: {
                "title": title,
                "url": absolute(base_url, url),
                "items": [(item, absolute(base_url, item.url)) for item in items],
                "unsubscribe_url": stop,
            },
            languages=[subscription.language],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        if delivered:
            Subscription.objects.filter(pk=subscription.pk).update(notified_at=now)
            sent += 1
    return sent


def forget_unconfirmed(now=None):
    """Deletes the subscriptions not confirmed within CONFIRM_VALID; returns how many."""
    cutoff = (now or timezone.now()) - CONFIRM_VALID
    deleted, _by_model = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted
