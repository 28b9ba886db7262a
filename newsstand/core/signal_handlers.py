"""Publishing side effects: anything readers could see changed, so cached pages go stale.

The app's page cache is invalidated site-wide; caches in front of the app (nginx, a CDN)
are purged of every URL that could show the change (see frontend_cache.py).
"""

from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import frontend_cache, pagecache


def invalidate_pages(sender, **kwargs):
    pagecache.invalidate()


def invalidate_page(sender, instance, **kwargs):
    pagecache.invalidate()
    frontend_cache.purge_page(instance)


def invalidate_moved_page(sender, instance, url_path_before="", parent_page_before=None, **kwargs):
    pagecache.invalidate()
    frontend_cache.purge_page(instance, old_url_path=url_path_before, old_parent=parent_page_before)


def purge_deleted_page(sender, instance, **kwargs):
    # Before the delete, while its tags and authors still exist; once per page (the base row).
    if type(instance) is Page and instance.live:
        frontend_cache.purge_page(instance)


def invalidate_object(sender, instance, **kwargs):
    pagecache.invalidate()
    frontend_cache.purge_object(instance)


def invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pagecache.invalidate()


def invalidate_on_setting_save(sender, created=False, **kwargs):
    # A settings row created on first use holds the defaults pages already showed.
    if issubclass(sender, BaseSiteSetting) and not created:
        pagecache.invalidate()
        frontend_cache.purge_site()


def invalidate_pages_on_change(model) -> None:
    """For models shown on pages (images, authors, songs…): any save or delete invalidates."""
    post_save.connect(invalidate_object, sender=model, weak=False)
    post_delete.connect(invalidate_object, sender=model, weak=False)


def register_signal_handlers():
    page_published.connect(invalidate_page)
    page_unpublished.connect(invalidate_page)
    post_page_move.connect(invalidate_moved_page)
    pre_delete.connect(purge_deleted_page)
    post_delete.connect(invalidate_on_page_delete)
    post_save.connect(invalidate_on_setting_save)
    invalidate_pages_on_change(get_image_model())
