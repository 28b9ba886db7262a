from datetime import timedelta

import factory
import wagtail_factories

from django.utils import timezone
from django.utils.text import slugify

from .models import EpisodePage, SeriesPage, StoriesPage


class StoriesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoriesPage

    title = "Stories"
    slug = "stories"
    show_in_menus = True


class SeriesPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SeriesPage

    title = factory.Sequence(lambda n: f"The Story {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    synopsis = "A family, a secret, and a long rainy season."
    genre = "Drama"
    first_published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=30))


class EpisodePageFactory(wagtail_factories.PageFactory):
    """A live episode; `number` and `age` (time since release) are the usual knobs."""

    class Meta:
        model = EpisodePage

    class Params:
        age = timedelta(days=1)

    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda obj: EpisodePage.title_for(obj.parent.title, obj.number))
    slug = factory.LazyAttribute(lambda obj: f"episode-{obj.number:02d}")
    body = factory.LazyAttribute(
        lambda obj: [("paragraph", f"<p>Text of episode {obj.number}.</p>")]
    )
    first_published_at = factory.LazyAttribute(lambda obj: timezone.now() - obj.age)
    last_published_at = factory.SelfAttribute("first_published_at")
