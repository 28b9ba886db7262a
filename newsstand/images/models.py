from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage


class CustomImage(AbstractImage):
    """A library image with the alt text and credit that every use of it needs."""

    description = models.CharField(
        "alt text",
        max_length=255,
        blank=True,
        default="",
        help_text=(
            "Describe the picture for readers who can't see it. "
            "Leave empty only if it is decorative."
        ),
    )
    credit = models.CharField(
        max_length=255, blank=True, help_text="Photographer or source, e.g. 'Photo: Tunde Bello'"
    )

    admin_form_fields = (*WagtailImage.admin_form_fields, "credit")


class Rendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
