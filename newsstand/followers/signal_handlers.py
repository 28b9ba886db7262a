"""Publishing a new post queues an email to its followers; nothing is sent while publishing."""

from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import page_published

from newsstand.core.posts import is_post

from . import notices


@receiver(page_published)
def notify_followers(sender, instance, **kwargs) -> None:
    """Only a post's first publication notifies, and only a recent one: re-publishing an
    edit, or importing an archive with its old dates, tells no one."""
    if not is_post(instance) or instance.first_published_at is None:
        return
    recent = timezone.now() - timedelta(hours=settings.FOLLOWERS_NEW_POST_HOURS)
    if instance.first_published_at < recent:
        return
    notices.new_post(instance)
