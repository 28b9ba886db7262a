"""Renditions are made when a page is published, so no reader waits for an encode.

An AVIF rendition takes ~0.4 s to make; made on a reader's request, a new story's
images would stall the first readers of a spike (each concurrent miss encodes
again). Publishing makes every rendition the page's templates ask for instead.
Bulk work (an import) can defer it with `deferred()` and run `warm_renditions`.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType

from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from newsstand.core.images import warm_renditions

# The page's own picture appears in lists (card, thumb), on the page (lead) and when shared.
OWN_IMAGE_VARIANTS = ("card", "thumb", "lead", "social")
_deferred = ContextVar("renditions_deferred", default=False)


@contextmanager
def deferred() -> Iterator[None]:
    """Publish without making renditions (for bulk imports)."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)


def is_deferred() -> bool:
    return _deferred.get()


def images_of(page: Page) -> dict[int, tuple[str, ...]]:
    """Every image the page shows, with the variants it is shown in."""
    page = page.specific
    image_type = ContentType.objects.get_for_model(get_image_model())
    referenced = ReferenceIndex.get_references_for_object(page).filter(to_content_type=image_type)
    variants = {int(pk): ("body",) for pk in referenced.values_list("to_object_id", flat=True)}
    own = getattr(page, "listing_image_id", None)
    if own:
        variants[own] = OWN_IMAGE_VARIANTS
    if getattr(page, "social_image_id", None):
        variants.setdefault(page.social_image_id, ("social",))
    return variants


def shown_by(pages: Iterable[Page]) -> dict[int, set[str]]:
    """Every image these pages show, with the variants it is shown in across them all."""
    variants = defaultdict(set)
    for page in pages:
        for pk, names in images_of(page).items():
            variants[pk].update(names)
    return variants


def warm_for_page(page: Page) -> int:
    """Make the page's renditions; returns how many images it shows."""
    variants = images_of(page)
    for image in get_image_model().objects.filter(pk__in=variants):
        warm_renditions(image, *variants[image.pk])
    return len(variants)
