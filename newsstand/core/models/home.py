from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from ..listing import cards
from ..pages import BasePage


class PostChooser(AdminPageChooser):
    """A page chooser that offers posts of every kind, whichever apps declare them."""

    def __init__(self, **kwargs):
        from ..posts import post_types

        super().__init__(target_models=post_types(), **kwargs)


SECONDARY_COUNT = 3
LATEST_COUNT = 6


class HomePage(BasePage):
    """The front page: the lead and secondary stories, the latest posts of every kind, and a
    block per top-level page that holds posts (see core.front_page)."""

    lead_story = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Any story, episode or music post. Leave empty to lead with the newest.",
    )

    content_panels = [*Page.content_panels, FieldPanel("lead_story", widget=PostChooser)]
    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: each top-level type names HomePage among its parents.
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def clean(self):
        super().clean()
        from ..posts import is_post

        if self.lead_story is not None and not is_post(self.lead_story):
            raise ValidationError({"lead_story": "Choose a story, an episode or a music post."})

    def get_context(self, request, *args, **kwargs):
        from ..front_page import front_page
        from ..menus import top_pages
        from ..posts import holds_posts, posts

        context = super().get_context(request, *args, **kwargs)
        stream = posts().descendant_of(self)
        holders = [page for page in top_pages(self) if holds_posts(type(page))]
        shown = front_page(
            stream, holders, 1 + SECONDARY_COUNT + LATEST_COUNT, self.listed_lead_story(stream)
        )
        cards(
            [*shown.top, *(page for block in shown.blocks for page in block.pages)],
            known=holders,  # most cards' kickers
        )
        lead, others = (shown.top[0], shown.top[1:]) if shown.top else (None, [])
        context.update(
            lead=lead,
            secondary=others[:SECONDARY_COUNT],
            latest=others[SECONDARY_COUNT:],
            blocks=shown.blocks,
        )
        return context

    def listed_lead_story(self, stream) -> Page | None:
        if not self.lead_story_id:
            return None
        return stream.filter(pk=self.lead_story_id).first()
