"""Story bodies as self-contained HTML for feed readers."""

import json
import re
from collections import defaultdict
from urllib.parse import urljoin
from uuid import uuid4

from django.contrib.contenttypes.models import ContentType
from django.db.models import TextField, Value
from django.db.models.functions import Cast
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from wagtail.blocks import StreamValue
from wagtail.images import get_image_model
from wagtail.rich_text import expand_db_html

from newsstand.core.images import VARIANTS

BODY_IMAGE_SPEC = VARIANTS["body"].spec(960, "jpeg")
URL_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')


class Bodies:
    """The bodies of a feed's posts, with what their blocks need fetched for all at once.

    Each kind names its body (`body_field`); all of them are read in one query, however
    many kinds the feed mixes. Paragraphs are expanded in one pass, so their internal
    links cost the same few queries however many stories link; image blocks become a
    plain JPEG <img> from images fetched together. Every other block renders with its
    own template.
    """

    def __init__(self, pages):
        self.streams = load_bodies(pages)
        self.blocks = {pk: list(stream.raw_data) for pk, stream in self.streams.items()}
        indexed = [
            ((page_id, index), block)
            for page_id, blocks in self.blocks.items()
            for index, block in enumerate(blocks)
        ]
        self.images = load_images(
            {block["value"].get("image") for _, block in indexed if block["type"] == "image"}
        )
        paragraphs = [
            (key, block["value"]) for key, block in indexed if block["type"] == "paragraph"
        ]
        html = expand_rich_text([source for _, source in paragraphs])
        self.paragraphs = dict(zip([key for key, _ in paragraphs], html, strict=True))

    def html(self, page, base_url: str) -> SafeString | None:
        """The post's body, with relative URLs made absolute against `base_url` (None for a
        kind without one)."""
        if page.pk not in self.streams:
            return None
        parts = []
        for index, block in enumerate(self.blocks[page.pk]):
            if block["type"] == "image":
                value = block["value"]
                parts.append(figure(self.images.get(value.get("image")), value.get("caption", "")))
            elif (page.pk, index) in self.paragraphs:
                parts.append(self.paragraphs[page.pk, index])
            else:
                parts.append(self.streams[page.pk][index].render())
        return absolutize("".join(parts), base_url)


def load_bodies(pages) -> dict[int, StreamValue]:
    """The body of each post whose kind has one, read from every kind's table in one query."""
    by_kind = defaultdict(list)
    for page in pages:
        kind = page.specific_class
        if kind is not None and getattr(kind, "body_field", None):
            by_kind[kind].append(page.pk)
    selects = [
        kind.objects.filter(pk__in=ids)
        .order_by()
        .annotate(kind_id=Value(ContentType.objects.get_for_model(kind).pk))
        .values_list("pk", "kind_id", Cast(kind.body_field, TextField()))
        for kind, ids in by_kind.items()
    ]
    if not selects:
        return {}
    kinds = {ContentType.objects.get_for_model(kind).pk: kind for kind in by_kind}
    streams = {}
    for pk, kind_id, raw in selects[0].union(*selects[1:], all=True):
        block = kinds[kind_id]._meta.get_field(kinds[kind_id].body_field).stream_block
        streams[pk] = StreamValue(block, json.loads(raw or "[]"), is_lazy=True)
    return streams


def load_images(ids: set) -> dict:
    """The given images, each with its feed rendition, in two queries."""
    ids.discard(None)
    if not ids:
        return {}
    images = get_image_model().objects.filter(pk__in=ids)
    return images.prefetch_renditions(BODY_IMAGE_SPEC).in_bulk()


def expand_rich_text(sources: list[str]) -> list[str]:
    """Rich text sources as HTML, expanded together so their links are looked up at once."""
    if not sources:
        return []
    separator = f"<!--{uuid4().hex}-->"
    return expand_db_html(separator.join(sources)).split(separator)


def figure(image, caption: str) -> str:
    if image is None:
        return ""
    rendition = image.get_rendition(BODY_IMAGE_SPEC)
    note = " ".join(text for text in (caption, image.credit) if text)
    return format_html(
        '<figure><img src="{}" alt="{}" width="{}" height="{}">{}</figure>',
        rendition.url,
        image.default_alt_text,
        rendition.width,
        rendition.height,
        format_html("<figcaption>{}</figcaption>", note) if note else "",
    )


def absolutize(html: str, base_url: str) -> SafeString:
    """`html` with every href and src resolved against `base_url`."""
    # Only attribute values change, and a URL built by the request is already URI-encoded.
    return mark_safe(URL_ATTRIBUTE.sub(lambda m: f'{m[1]}="{urljoin(base_url, m[2])}"', html))
