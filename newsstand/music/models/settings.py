from django.db import models

from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .. import titles

PLACEHOLDERS = "{artists} becomes “Artist ft. Guest”, {title} the song's title."


@register_setting(icon="media")
class MusicSettings(BaseSiteSetting):
    """How music posts and their lyrics pages are titled on this site."""

    title_pattern = models.CharField(
        "music post title",
        max_length=120,
        default=titles.DEFAULT_POST_PATTERN,
        validators=[titles.validate_pattern],
        help_text=PLACEHOLDERS,
    )
    lyrics_title_pattern = models.CharField(
        "lyrics page title",
        max_length=120,
        default=titles.DEFAULT_LYRICS_PATTERN,
        validators=[titles.validate_pattern],
        help_text=PLACEHOLDERS,
    )

    class Meta:
        verbose_name = "music"

    @classmethod
    def for_page(cls, page) -> "MusicSettings":
        """The settings of the site `page` belongs to; the defaults outside any site."""
        site = page.get_site()
        return cls.for_site(site) if site else cls()
