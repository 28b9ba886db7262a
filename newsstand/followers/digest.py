"""The daily digest: at FOLLOWERS_DIGEST_HOUR (site time), the posts of the 24 hours before."""

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import sending
from .models import Mailing


def window(day: date) -> tuple[datetime, datetime]:
    end = timezone.make_aware(datetime.combine(day, time(settings.FOLLOWERS_DIGEST_HOUR)))
    return end - timedelta(days=1), end


def due(now: datetime | None = None) -> Mailing | None:
    """Today's digest, made once it's time and if there is anything to send; else None."""
    from .mail import digest_posts

    local = timezone.localtime(now)
    day = local.date()
    if local.hour < settings.FOLLOWERS_DIGEST_HOUR:
        return None
    if Mailing.objects.filter(kind=Mailing.Kind.DIGEST, day=day).exists():
        return None
    found = digest_posts(day)
    if not found:
        return None
    more = len(found) - 1
    subject = found[0].card.title + (f", and {more} more" if more else "")
    try:
        with transaction.atomic():
            mailing = Mailing.objects.create(
                kind=Mailing.Kind.DIGEST, day=day, topics=["digest"], subject=subject[:255]
            )
    except IntegrityError:  # another scheduler made it first
        return None
    sending.enqueue(mailing)
    return mailing
