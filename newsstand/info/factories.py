import factory
import wagtail_factories

from django.utils import timezone

from .models import InfoPage


class InfoPageFactory(wagtail_factories.PageFactory):
    """A live page in the footer menu, such as About."""

    class Meta:
        model = InfoPage

    title = "About us"
    slug = "about"
    standfirst = "An independent newsroom in Lagos."
    show_in_menus = True
    body = factory.LazyAttribute(
        lambda obj: [("paragraph", "<p>We have covered the city since 2015.</p>")]
    )
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")
