"""Publishing side effects: anything readers could see changed, so cached pages go stale."""

from django.db.models.signals import post_delete, post_save

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import pagecache


def invalidate_pages(sender, **kwargs):
    pagecache.invalidate()


def invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pagecache.invalidate()


def invalidate_on_setting_save(sender, created=False, **kwargs):
    # A settings row created on first use holds the defaults pages already showed.
    if issubclass(sender, BaseSiteSetting) and not created:
        pagecache.invalidate()


def invalidate_pages_on_change(model) -> None:
    """For models shown on pages (images, authors, songs…): any save or delete invalidates."""
    post_save.connect(invalidate_pages, sender=model, weak=False)
    post_delete.connect(invalidate_pages, sender=model, weak=False)


def register_signal_handlers():
    page_published.connect(invalidate_pages)
    page_unpublished.connect(invalidate_pages)
    post_page_move.connect(invalidate_pages)
    post_delete.connect(invalidate_on_page_delete)
    post_save.connect(invalidate_on_setting_save)
    invalidate_pages_on_change(get_image_model())
