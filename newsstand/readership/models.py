"""What is stored about reading: counts only.

No IP address, user agent, cookie or visitor identifier is ever stored. A view is
deduplicated in the buffer (see `counting`) with a hash salted by a secret that
changes every day and is thrown away after it, then added to the hourly count of
its page and the coarse kind of place the reader came from.
"""

from django.db import models


class Source(models.TextChoices):
    DIRECT = "direct", "Direct or an app"
    INTERNAL = "internal", "This site"
    FACEBOOK = "facebook", "Facebook"
    X = "x", "X (Twitter)"
    WHATSAPP = "whatsapp", "WhatsApp"
    TELEGRAM = "telegram", "Telegram"
    INSTAGRAM = "instagram", "Instagram"
    GOOGLE = "google", "Google"
    SEARCH = "search", "Other search engines"
    OTHER = "other", "Other websites"
    UNKNOWN = "unknown", "Unknown (reading without JavaScript)"


class HourlyViews(models.Model):
    """How many readers viewed a page in one hour (UTC), by where they came from."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    hour = models.DateTimeField(help_text="The start of the hour, in UTC.")
    source = models.CharField(max_length=16, choices=Source.choices)
    views = models.PositiveIntegerField()

    class Meta:
        verbose_name = "hourly views"
        verbose_name_plural = "hourly views"
        constraints = [
            models.UniqueConstraint(fields=["page", "hour", "source"], name="one_count_per_hour")
        ]
        indexes = [models.Index(fields=["hour", "page"])]

    def __str__(self) -> str:
        return f"{self.page_id} {self.hour:%Y-%m-%d %H}:00 {self.source}: {self.views}"


class AppliedBatch(models.Model):
    """A batch of buffered views already added to the counts, so that none is added twice.

    A batch taken from Redis is recorded in the same transaction as its counts; a
    flush that crashed after committing finds its batch here and only clears it.
    """

    token = models.CharField(max_length=64, unique=True)
    applied_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.token


class Ranking(models.Model):
    """One place in a computed list ("most read today"), for the whole site or one section."""

    class List(models.TextChoices):
        DAY = "day", "Most read, 24 hours"
        WEEK = "week", "Most read, 7 days"
        TRENDING = "trending", "Trending"

    list = models.CharField(max_length=8, choices=List.choices)
    scope = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The section whose posts are ranked; empty for the whole site.",
    )
    position = models.PositiveSmallIntegerField()
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    views = models.PositiveIntegerField()
    computed_at = models.DateTimeField()

    class Meta:
        ordering = ["list", "scope", "position"]
        indexes = [models.Index(fields=["scope", "list", "position"])]

    def __str__(self) -> str:
        return f"{self.list} #{self.position}: {self.page_id}"
