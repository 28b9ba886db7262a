from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from newsstand.core.blocks import BodyBlock
from newsstand.core.models import HomePage
from newsstand.core.pages import BasePage


class InfoPage(BasePage):
    """A standing page such as About, Contact or Privacy.

    It has no date or author and never appears in lists, feeds or "latest";
    ticked "Show in menus" (the default), it is linked from the site footer.
    """

    standfirst = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences under the title"
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("standfirst"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
    ]
    parent_page_types = [HomePage]
    subpage_types: list[str] = []
    show_in_menus_default = True
    footer_menu = True

    class Meta:
        verbose_name = "page"

    @property
    def summary(self) -> str:
        return self.search_description or self.standfirst
