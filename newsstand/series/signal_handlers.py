from wagtail.signals import page_published

from .models import SeriesPage


def rename_episodes(sender, instance, **kwargs):
    instance.rename_episodes()


def register_signal_handlers():
    page_published.connect(rename_episodes, sender=SeriesPage)
