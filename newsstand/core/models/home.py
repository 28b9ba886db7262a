from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Subquery

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


HOME_LATEST_COUNT = 12
HOME_SECTION_COUNT = 4


class HomePage(BasePage):
    """The front page: a lead story, the latest posts of every kind and a block per section."""

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
        from ..posts import holds_posts, posts

        context = super().get_context(request, *args, **kwargs)
        stream = posts().descendant_of(self)
        latest = list(stream[: HOME_LATEST_COUNT + 1])
        lead = self.listed_lead_story(stream) or (latest[0] if latest else None)
        latest = [post for post in latest if post != lead][:HOME_LATEST_COUNT]
        sections = [
            section
            for section in self.get_children().live().public().in_menu().order_by("path")
            if section.specific_class is not None and holds_posts(section.specific_class)
        ]
        # No post twice on the page: the blocks show what the lead and "Latest" don't.
        above = [*([lead] if lead else []), *latest]
        shown = [post.pk for post in above]
        by_section = self.latest_by_section(stream.exclude(pk__in=shown), sections)
        cards([*above, *(post for group in by_section.values() for post in group)])
        context.update(
            lead=lead,
            latest=latest,
            section_blocks=[(section, by_section.get(section.path, [])) for section in sections],
        )
        return context

    def listed_lead_story(self, stream) -> Page | None:
        if not self.lead_story_id:
            return None
        return stream.filter(pk=self.lead_story_id).first()

    @staticmethod
    def latest_by_section(stream, sections) -> dict[str, list[Page]]:
        """The newest few posts below each section, keyed by section path, in one query.

        Each section's slice is its own indexed sub-query, so the cost follows
        the number of sections, not the number of posts.
        """
        if not sections:
            return {}
        newest = Q()
        for section in sections:
            ids = stream.descendant_of(section).values("pk")[:HOME_SECTION_COUNT]
            newest |= Q(pk__in=Subquery(ids))
        paths = {section.path: section for section in sections}
        grouped: dict[str, list[Page]] = {}
        for post in stream.filter(newest):
            top = next(path for path in paths if post.path.startswith(path))
            grouped.setdefault(top, []).append(post)
        return grouped
