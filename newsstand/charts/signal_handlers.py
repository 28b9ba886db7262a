from wagtail.signals import page_published

from .models import ChartPage


def rename_weeks(sender, instance, **kwargs):
    instance.rename_weeks()


def register_signal_handlers():
    page_published.connect(rename_weeks, sender=ChartPage)
