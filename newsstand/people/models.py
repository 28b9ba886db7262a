from django.db import models
from django.urls import reverse

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from newsstand.core import social
from newsstand.core.models import handle_field


@register_snippet
class Author(index.Indexed, models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    role = models.CharField(max_length=120, blank=True, help_text="e.g. 'Sports editor'")
    photo = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True)
    x = handle_field("X")
    facebook = handle_field("Facebook")
    instagram = handle_field("Instagram")
    tiktok = handle_field("TikTok")
    website = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [
                FieldPanel("x"),
                FieldPanel("facebook"),
                FieldPanel("instagram"),
                FieldPanel("tiktok"),
                FieldPanel("website"),
            ],
            "Social handles",
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("author", kwargs={"slug": self.slug})

    @property
    def social_profiles(self) -> list[social.Profile]:
        handles = {key: getattr(self, key) for key in ("x", "facebook", "instagram", "tiktok")}
        return social.profiles(handles)


class PageAuthor(Orderable):
    """Credits an author on any page; a page can have several, in order."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="page_authors")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="page_credits")

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "author")]
