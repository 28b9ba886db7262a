from django.db import models

from wagtail.images import get_image_model_string


class PostCard(models.Model):
    """What lists, feeds, search results and sitemaps show of one post, as its kind declared it.

    Written from the post's own declarations (`newsstand.core.posts.Post`) whenever its
    page row is saved in full (created, published, unpublished, moved) and whenever
    something it is derived from changes (its series, its song). Lists read these
    rows with the pages' own, so a list costs the same few queries however many
    kinds of post it mixes; no list loads the kinds' own tables.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="post_card"
    )
    kind = models.CharField(max_length=100, help_text="The kind's name, e.g. “episode”.")
    title = models.CharField(max_length=255, help_text="The title lists show.")
    kicker = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page that labels the post in lists: its section, series or chart.",
    )
    summary = models.TextField(blank=True)
    feed_summary = models.TextField(blank=True)
    image = models.ForeignKey(
        get_image_model_string(), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    credits_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page whose author credits the post carries (a series for its episodes).",
    )
    tags = models.JSONField(default=list, blank=True)
    links = models.JSONField(
        default=list, blank=True, help_text="More views of the post: [{label, path}]."
    )
    enclosures = models.JSONField(
        default=list, blank=True, help_text="Files for feeds: [{url, length, mime_type}]."
    )
    indexable = models.BooleanField(default=True)
    # A section's posts, newest first, are read through the index below. Read through the
    # pages' tree path and publication date, a quiet section's few posts took a scan of
    # every newer post of the site (~40 ms at 50,000).
    section = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The top-level page the post is below: a section, the Stories, the music.",
    )
    published_at = models.DateTimeField(
        null=True, help_text="When the post was first published, as its page has it."
    )

    class Meta:
        verbose_name = "post card"
        indexes = [
            models.Index(
                fields=["section", "-published_at", "-page"], name="postcard_section_newest"
            )
        ]

    def __str__(self) -> str:
        return self.title
