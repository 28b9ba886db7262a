"""A podcast episode: a new kind of post, declared here and nowhere else.

No other app names it; the home page, feeds, search, sitemaps and page metadata
show it because it inherits the post contract from core.
"""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from newsstand.core.blocks import BodyBlock
from newsstand.core.models import HomePage
from newsstand.core.pages import BasePage
from newsstand.core.posts import Post


class PodcastEpisodePage(Post, BasePage):
    standfirst = models.TextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)
    audio_url = models.URLField(blank=True)
    audio_bytes = models.PositiveIntegerField(default=0)

    content_panels = [*Page.content_panels, FieldPanel("standfirst"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("standfirst")]
    parent_page_types = [HomePage]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "podcast episode"

    @property
    def summary(self) -> str:
        return self.search_description or self.standfirst

    def post_enclosures(self) -> list[dict]:
        if not self.audio_url:
            return []
        return [{"url": self.audio_url, "length": self.audio_bytes, "mime_type": "audio/mpeg"}]
