"""Publishing side effects: anything readers could see changed, so cached pages go stale.

Each handler reports the change to `changes.content_changed`, which makes the app's page
cache stale and purges the caches in front of the app (nginx, a CDN).
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .changes import content_changed


def page_changed(sender, instance, **kwargs):
    content_changed(pages=[instance])


def page_moved(sender, instance, url_path_before=None, parent_page_before=None, **kwargs):
    content_changed(pages=[instance], old_url_path=url_path_before, old_parent=parent_page_before)


def slug_changed(sender, instance, instance_before, **kwargs):
    content_changed(pages=[instance], old_url_path=instance_before.url_path)


def page_deleted(sender, instance, **kwargs):
    # Before the delete, while its tags and authors still exist. A draft was on no list.
    content_changed(pages=[instance] if instance.live else ())


def object_changed(sender, instance, **kwargs):
    content_changed(objects=[instance])


def setting_saved(sender, created=False, **kwargs):
    # A settings row created on first use holds the defaults pages already showed.
    if not created:
        content_changed(site_wide=True)


def routing_changed(sender, **kwargs):
    """A view restriction or a site, added, changed or removed: lists anywhere may show the
    page made private (or public again), and requests are routed from sites and
    restrictions kept in the cache until the next change."""
    content_changed(site_wide=True)


def invalidate_pages_on_change(model) -> None:
    """For models shown on pages (images, authors, songs…): any save or delete invalidates."""
    post_save.connect(object_changed, sender=model, weak=False)
    post_delete.connect(object_changed, sender=model, weak=False)


def register_signal_handlers():
    for model in get_page_models():
        page_published.connect(page_changed, sender=model)
        page_unpublished.connect(page_changed, sender=model)
        post_page_move.connect(page_moved, sender=model)
        page_slug_changed.connect(slug_changed, sender=model)
    # Deleting a page of any type deletes its base row too: one signal per page.
    pre_delete.connect(page_deleted, sender=Page)
    for model in apps.get_models():
        if issubclass(model, BaseSiteSetting):
            post_save.connect(setting_saved, sender=model)
    invalidate_pages_on_change(get_image_model())
    for signal in (post_save, post_delete):
        signal.connect(routing_changed, sender=PageViewRestriction)
        signal.connect(routing_changed, sender=Site)
