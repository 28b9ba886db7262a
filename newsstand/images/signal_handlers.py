from wagtail.signals import page_published

from . import renditions


def warm_published_page(sender, instance, **kwargs):
    if not renditions.is_deferred():
        renditions.warm_for_page(instance)


def register_signal_handlers():
    page_published.connect(warm_published_page)
