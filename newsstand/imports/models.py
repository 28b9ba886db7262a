"""Which WordPress object became which object here, so a re-run updates instead of duplicating."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class WordPressKind(models.TextChoices):
    POST = "post", "post"
    PAGE = "page", "page"
    ATTACHMENT = "attachment", "attachment"
    UPLOAD = "upload", "uploaded file without an attachment"
    CATEGORY = "category", "category"
    TAG = "tag", "tag"
    AUTHOR = "author", "author"
    SERIES = "series", "series"


class ImportedObject(models.Model):
    """One WordPress object (a post, category, author, …) and what it became.

    `source` names the WordPress site, `wp_id` the object within it: the post id for
    posts, pages and attachments, the slug for terms, the login for authors.
    """

    source = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=WordPressKind.choices)
    wp_id = models.CharField(max_length=255)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    # A digest (64 characters), or "partial:<misses>:<digest>" for a post still missing images.
    fingerprint = models.CharField(
        max_length=100, blank=True, help_text="Digest of the WordPress data last imported."
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "imported WordPress object"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "wp_id"], name="imports_one_target_per_wp_object"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.source} {self.kind} {self.wp_id}"
