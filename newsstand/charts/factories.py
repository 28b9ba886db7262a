from datetime import timedelta

import factory
import wagtail_factories

from django.utils import timezone

from .models import ChartEntry, ChartPage, ChartWeekPage


class ChartPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ChartPage

    title = "Hot 10"
    slug = "hot-10"
    size = 10
    methodology = "Ranked each Friday from streams and radio plays over the week before."
    show_in_menus = True


class ChartWeekPageFactory(wagtail_factories.PageFactory):
    """A live week; `songs` ranks songs, No. 1 first."""

    class Meta:
        model = ChartWeekPage
        skip_postgeneration_save = True

    title = "Generated from the chart and week"
    slug = factory.LazyAttribute(lambda obj: obj.week.isoformat())
    first_published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    last_published_at = factory.SelfAttribute("first_published_at")

    @factory.post_generation
    def songs(week, create, extracted, **kwargs):
        for position, song in enumerate(extracted or [], start=1):
            ChartEntry.objects.create(
                page=week, song=song, sort_order=position - 1, position=position
            )
