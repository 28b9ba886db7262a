"""Sending a mailing to its followers, once each, surviving crashes and restarts.

1. `prepare`: one INSERT … SELECT makes a delivery for every active follower of the
   mailing's topics (a unique row per reader, so preparing twice adds nothing), and one
   more for every device that follows them by web push (`push.py`).
2. `run`: a worker claims a batch of queued deliveries (a lease until `claimed_until`),
   sends each over one connection, and marks each sent as soon as the server accepts it.
   A worker that dies leaves its unsent claims to expire; the scheduler then enqueues the
   mailing again (`resume_stalled`) and another worker sends what is left.
3. A worker stops sending before its lease could run out, so no two workers ever hold
   the same delivery.

A temporary failure (server down, 4xx) puts the rest of the batch back with a growing
delay, up to FOLLOWERS_MAX_ATTEMPTS; a refused recipient (5xx) fails that delivery only.
The one window left is between the server accepting a message and the database
recording it: a crash exactly there sends that message again, with the same Message-ID.
"""

import contextlib
import logging
import secrets
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import mailers
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from . import mail, push
from .models import Delivery, DeviceFollow, Follow, Mailing, Subscriber

logger = logging.getLogger(__name__)


def enqueue(mailing: Mailing) -> None:
    """Queue the mailing for the worker once the current transaction commits."""
    from .tasks import send_mailing

    Mailing.objects.filter(pk=mailing.pk).update(enqueued_at=timezone.now())
    transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk))


def prepare(mailing: Mailing) -> int:
    """Create the mailing's deliveries, once: an email to each active follower of its
    topics and (but for a digest) a notification to each device following them. How many
    were created."""
    if mailing.prepared_at is not None:
        return 0
    topics = list(mailing.topics)
    placeholders = ", ".join(["%s"] * len(topics)) or "NULL"
    insert = (
        f"INSERT INTO {Delivery._meta.db_table} "
        "(mailing_id, {reader}, status, attempts, claim, message_id, error) "
        "SELECT DISTINCT %s, f.{reader}, %s, 0, '', '', '' FROM {follows} f {join} "
        f"WHERE f.topic IN ({placeholders}) {{condition}} "
        "ON CONFLICT (mailing_id, {reader}) DO NOTHING"
    )
    emails = insert.format(
        reader="subscriber_id",
        follows=Follow._meta.db_table,
        join=f"JOIN {Subscriber._meta.db_table} s ON s.id = f.subscriber_id",
        condition="AND s.status = %s",
    )
    pushes = insert.format(
        reader="device_id", follows=DeviceFollow._meta.db_table, join="", condition=""
    )
    queued = [mailing.pk, Delivery.Status.QUEUED]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(emails, [*queued, *topics, Subscriber.Status.ACTIVE])
        created = cursor.rowcount
        if mailing.kind != Mailing.Kind.DIGEST:
            cursor.execute(pushes, [*queued, *topics])
            created += cursor.rowcount
        Mailing.objects.filter(pk=mailing.pk).update(prepared_at=timezone.now())
    mailing.refresh_from_db()
    return created


def claim(mailing: Mailing, size: int) -> list[Delivery]:
    """Lease up to `size` queued deliveries that no live worker holds."""
    now = timezone.now()
    free = Q(status=Delivery.Status.QUEUED) & (
        Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)
    )
    ids = Delivery.objects.filter(free, mailing=mailing).order_by("pk").values("pk")[:size]
    token = secrets.token_hex(16)
    until = now + timedelta(seconds=settings.FOLLOWERS_LEASE_SECONDS)
    # The conditions are repeated outside the subquery: PostgreSQL re-checks them on a row
    # another worker has just claimed, so that row is skipped, not taken twice.
    Delivery.objects.filter(free, pk__in=ids).update(claim=token, claimed_until=until)
    claimed = Delivery.objects.filter(claim=token).select_related("subscriber", "device")
    return list(claimed.order_by("pk"))


def run(mailing_id: int) -> int:
    """Send what is left of a mailing; returns how many this call sent."""
    mailing = Mailing.objects.select_related("page").filter(pk=mailing_id).first()
    if mailing is None or mailing.finished_at is not None:
        return 0
    if mailing.kind != Mailing.Kind.DIGEST and (mailing.page is None or not mailing.page.live):
        _cancel(mailing, "The post was unpublished or deleted before it was sent.")
        return 0
    prepare(mailing)
    rendered = mail.render_mailing(mailing)
    site = mail.site_of(mailing.page)
    notification = push.payload(mailing, site)
    sent = 0
    while batch := claim(mailing, settings.FOLLOWERS_BATCH_SIZE):
        sent += _push_batch(notification, [d for d in batch if d.device_id])
        done, stop = _send_batch(mailing, rendered, site, [d for d in batch if d.subscriber_id])
        sent += done
        if stop:
            return sent
    finish_if_done(mailing)
    return sent


def _push_batch(notification: bytes, batch: list[Delivery]) -> int:
    """Notify a leased batch of devices, each on its own: one push service's trouble is
    not another's. How many were sent."""
    sent = 0
    for i, delivery in enumerate(batch):
        if timezone.now() + _safety() >= delivery.claimed_until:
            _release(batch[i:])
            break
        try:
            push.send(delivery.device, notification)
        except push.Gone:  # the browser turned notifications off: forget it
            delivery.device.delete()
            continue
        except push.Failed as error:
            _fail(delivery, _reason(error))
            continue
        except push.Later as error:
            _retry_later([delivery], _reason(error))
            continue
        _mark_sent(delivery, "")
        sent += 1
    return sent


def _mark_sent(delivery: Delivery, message_id: str) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.SENT,
        sent_at=timezone.now(),
        message_id=message_id,
        claimed_until=None,
    )
    delivery.status = Delivery.Status.SENT


def _send_batch(mailing, rendered, site, batch: list[Delivery]) -> tuple[int, bool]:
    """Send a leased batch of emails over one connection. (how many were sent, whether to
    stop)."""
    if not batch:
        return 0, False
    sent = 0
    smtp = mailers.default
    try:
        smtp.open()
        for i, delivery in enumerate(batch):
            if timezone.now() + _safety() >= delivery.claimed_until:
                _release(batch[i:])  # out of lease: leave the rest to the next claim
                return sent, False
            message_id = mail.message_id("m", mailing.pk, delivery.pk)
            email = mail.message(rendered, delivery.subscriber, mailing, message_id, site)
            try:
                smtp.send_messages([email])
            except smtplib.SMTPRecipientsRefused as error:
                _fail(delivery, _reason(error))
                continue
            _mark_sent(delivery, _provider_id(email) or message_id)
            sent += 1
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("Mailing %s: sending failed, will retry: %s", mailing.pk, error)
        _retry_later([d for d in batch if d.status != Delivery.Status.SENT], _reason(error))
        return sent, True
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.close()
    return sent, False


def _safety() -> timedelta:
    """Stop this long before a lease ends: a tenth of it (a minute, by default)."""
    return timedelta(seconds=settings.FOLLOWERS_LEASE_SECONDS / 10)


def _provider_id(email) -> str:
    """The id an email service (django-anymail) gave the message, for its webhooks."""
    status = getattr(email, "anymail_status", None)
    return status.message_id if status is not None and status.message_id else ""


def _reason(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:255]


def _fail(delivery: Delivery, reason: str) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.FAILED, error=reason, claimed_until=None
    )


def _release(deliveries: list[Delivery]) -> None:
    Delivery.objects.filter(pk__in=[d.pk for d in deliveries]).update(claimed_until=None)


def _retry_later(deliveries: list[Delivery], reason: str) -> None:
    now = timezone.now()
    for delivery in deliveries:
        attempts = delivery.attempts + 1
        if attempts >= settings.FOLLOWERS_MAX_ATTEMPTS:
            _fail(delivery, reason)
            continue
        delay = settings.FOLLOWERS_RETRY_SECONDS * 2 ** (attempts - 1)
        Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.QUEUED).update(
            attempts=attempts, error=reason, claimed_until=now + timedelta(seconds=delay)
        )


def _cancel(mailing: Mailing, reason: str) -> None:
    """A post taken down before its email went: what hasn't gone never goes."""
    mailing.deliveries.filter(status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.FAILED, error=reason, claimed_until=None
    )
    Mailing.objects.filter(pk=mailing.pk).update(finished_at=timezone.now())


def finish_if_done(mailing: Mailing) -> bool:
    if mailing.deliveries.filter(status=Delivery.Status.QUEUED).exists():
        return False
    Mailing.objects.filter(pk=mailing.pk, finished_at=None).update(finished_at=timezone.now())
    return True


def resume_stalled(now=None) -> int:
    """Enqueue again every unfinished mailing no worker is on (its worker died, or its
    retries are due). How many."""
    now = now or timezone.now()
    lease = timedelta(seconds=settings.FOLLOWERS_LEASE_SECONDS)
    held = Delivery.objects.filter(
        mailing=OuterRef("pk"), status=Delivery.Status.QUEUED, claimed_until__gt=now
    )
    stalled = Mailing.objects.filter(finished_at=None, enqueued_at__lte=now - lease).exclude(
        Exists(held)
    )
    found = list(stalled)
    for mailing in found:
        if mailing.prepared_at is not None and finish_if_done(mailing):
            continue
        enqueue(mailing)
    return len(found)
