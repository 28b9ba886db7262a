from datetime import timedelta

import factory
import wagtail_factories

from django.utils import timezone
from django.utils.text import slugify

from .models import ArticlePage, SectionPage


class SectionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    show_in_menus = True
    intro = "Stories from this section."


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A live article, published `age` ago (default: one hour)."""

    class Meta:
        model = ArticlePage

    class Params:
        age = timedelta(hours=1)

    title = factory.Sequence(lambda n: f"Story number {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    standfirst = "What happened, in one sentence."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>The first paragraph of the story.</p>")])
    first_published_at = factory.LazyAttribute(lambda obj: timezone.now() - obj.age)
    last_published_at = factory.SelfAttribute("first_published_at")
