"""Renditions carry none of the upload's metadata: no EXIF (a reporter's GPS position, the
camera's serial number), no comment, no XMP.

Willow copies a JPEG's EXIF into its renditions, and Pillow its comment and XMP. Every
rendition starts with Willow's `auto_orient` operation (wagtail.images.models.Filter.run),
so that operation is replaced, through Willow's registry, with one that applies the EXIF
orientation and then drops the rest. What changes how the picture looks stays: the colour
profile, transparency and an animation's timing.
"""

from PIL import ImageOps
from willow.plugins.pillow import PillowImage
from willow.registry import registry

KEPT = frozenset({"icc_profile", "transparency", "duration", "loop", "background"})


def auto_orient_without_metadata(image: PillowImage) -> PillowImage:
    oriented = ImageOps.exif_transpose(image.image)  # a copy, upright
    for key in set(oriented.info) - KEPT:
        del oriented.info[key]
    return PillowImage(oriented)


def strip_from_renditions() -> None:
    registry.register_operation(PillowImage, "auto_orient", auto_orient_without_metadata)
