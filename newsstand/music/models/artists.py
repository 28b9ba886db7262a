from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.search import index

from newsstand.core import social
from newsstand.core.models import handle_field

SOCIAL_KEYS = ("x", "instagram", "tiktok", "facebook", "youtube")


class Artist(index.Indexed, models.Model):
    """A musician or group; their page lives under the music section at artists/<slug>/."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    photo = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(blank=True)
    x = handle_field("X")
    instagram = handle_field("Instagram")
    tiktok = handle_field("TikTok")
    facebook = handle_field("Facebook")
    youtube = handle_field("YouTube")
    website = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [*(FieldPanel(key) for key in SOCIAL_KEYS), FieldPanel("website")], "Social links"
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def social_profiles(self) -> list[social.Profile]:
        return social.profiles({key: getattr(self, key) for key in SOCIAL_KEYS})
