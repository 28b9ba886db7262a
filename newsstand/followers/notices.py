"""The mailings editors and publishing make: a new post, a breaking alert (digests: digest.py)."""

from django.db import IntegrityError, transaction

from wagtail.models import Page

from newsstand.core.models.cards import PostCard

from . import sending, topics
from .models import DeviceFollow, Follow, Mailing, Subscriber


def new_post(page: Page) -> Mailing | None:
    """A mailing of `page` to the followers of its topics (by email or push), if any."""
    keys = [topic.key for topic in topics.of_post(page)]
    return _make(Mailing.Kind.POST, page, keys)


def breaking(page: Page) -> Mailing | None:
    """The breaking-news alert of `page`, once per post."""
    return _make(Mailing.Kind.BREAKING, page, [topics.BREAKING.key])


def _make(kind: str, page: Page, keys: list[str]) -> Mailing | None:
    followed = (
        Follow.objects.filter(topic__in=keys, subscriber__status=Subscriber.Status.ACTIVE).exists()
        or DeviceFollow.objects.filter(topic__in=keys).exists()
    )
    if not followed:
        return None
    card = PostCard.objects.filter(page=page).values_list("title", flat=True).first()
    subject = f"Breaking: {card or page.title}" if kind == Mailing.Kind.BREAKING else card
    try:
        with transaction.atomic():
            mailing = Mailing.objects.create(
                kind=kind, page=page, topics=keys, subject=(subject or page.title)[:255]
            )
    except IntegrityError:  # already sent (or being sent) for this post
        return None
    sending.enqueue(mailing)
    return mailing
