"""Signing up, confirming, choosing and leaving: what a reader's actions do to the list.

Nothing tells a visitor whether an address is on the list: signing up always answers the
same, and mail goes only to the address itself (a confirmation, or a note that it already
follows us, at most once per FOLLOWERS_MAIL_INTERVAL_SECONDS per address).
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import tasks
from .models import Follow, Mailing, Subscriber
from .topics import Topic


def sign_up(email: str, chosen: list[Topic], consent: str) -> None:
    try:
        with transaction.atomic():
            _sign_up(email, chosen, consent)
    except IntegrityError:  # the same address signing up at the same moment: one wins
        pass


def _sign_up(email: str, chosen: list[Topic], consent: str) -> None:
    subscriber = Subscriber.objects.select_for_update().filter(email__iexact=email).first()
    if subscriber is None:
        subscriber = Subscriber.objects.create(email=email, consent=consent[:255])
    elif subscriber.status == Subscriber.Status.SUPPRESSED:
        return  # it bounced or complained: never mail it again from a web form
    elif subscriber.status == Subscriber.Status.ACTIVE:
        if _may_mail(subscriber):
            tasks.later(tasks.send_already_following, subscriber.pk)
        return
    else:
        subscriber.status = Subscriber.Status.PENDING
        subscriber.consent = consent[:255]
        subscriber.save(update_fields=["status", "consent"])
    follow(subscriber, chosen)
    if _may_mail(subscriber):
        tasks.later(tasks.send_confirmation, subscriber.pk, [t.label for t in chosen])


def _may_mail(subscriber: Subscriber) -> bool:
    """Record a mail to the address now, unless one went too recently (no mail-bombing)."""
    now = timezone.now()
    interval = timedelta(seconds=settings.FOLLOWERS_MAIL_INTERVAL_SECONDS)
    last = subscriber.confirmation_sent_at
    if last is not None and now - last < interval:
        return False
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=now)
    return True


def follow(subscriber: Subscriber, chosen: list[Topic]) -> None:
    """Follow exactly `chosen`."""
    keys = {t.key for t in chosen}
    subscriber.follows.exclude(topic__in=keys).delete()
    Follow.objects.bulk_create(
        [Follow(subscriber=subscriber, topic=key) for key in keys], ignore_conflicts=True
    )


def confirm(subscriber: Subscriber) -> bool:
    """A pending reader proved the address is theirs. Whether this confirmed them."""
    return bool(
        Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.Status.PENDING).update(
            status=Subscriber.Status.ACTIVE, confirmed_at=timezone.now(), left_at=None
        )
    )


def choose(subscriber: Subscriber, chosen: list[Topic]) -> None:
    """From the reader's own link: what they get now. Choosing nothing is leaving."""
    with transaction.atomic():
        follow(subscriber, chosen)
        if not chosen:
            leave(subscriber)
        elif subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            Subscriber.objects.filter(pk=subscriber.pk).update(
                status=Subscriber.Status.ACTIVE, left_at=None, left_from=None
            )


def leave(subscriber: Subscriber, mailing: Mailing | None = None) -> None:
    Subscriber.objects.filter(
        pk=subscriber.pk, status__in=[Subscriber.Status.ACTIVE, Subscriber.Status.PENDING]
    ).update(status=Subscriber.Status.UNSUBSCRIBED, left_at=timezone.now(), left_from=mailing)


def suppress(email: str, reason: str) -> int:
    """Never mail this address again (a hard bounce, a complaint). How many readers that was."""
    return Subscriber.objects.filter(email__iexact=email).update(
        status=Subscriber.Status.SUPPRESSED,
        left_at=timezone.now(),
        suppression_reason=reason[:255],
    )
