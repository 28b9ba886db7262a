"""What a WordPress post or page becomes, worked out before anything is written.

Dates, visibility, standfirst, body blocks, featured image and author: the
`Prepared` result is then placed (section or series) and written in one
transaction by `articles`.
"""

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from newsstand.people.models import Author

from .authors import Authors
from .body.blocks import Block
from .body.wordpress import wordpress_body
from .context import ImportContext
from .media import MediaLibrary
from .pages import wp_datetime
from .sanitizer import plain_text
from .wxr import ItemRecord

# Part of every fingerprint: bump it when conversion improves, so re-runs redo every post.
CONVERTER_VERSION = "1"
NOT_PUBLIC = {
    "pending": "pending review on WordPress: imported as a draft",
    "private": "private on WordPress: imported as a draft",
    "future": "scheduled on WordPress for {date}: scheduled here for the same time",
}
STANDFIRST_MAX = 400
DESCRIPTION_META = ("_yoast_wpseo_metadesc", "rank_math_description")


@dataclass
class Prepared:
    """Everything a post becomes, worked out before its transaction opens."""

    item: ItemRecord
    kind: str
    title: str
    live: bool
    go_live_at: datetime | None  # a post scheduled on WordPress: scheduled here too
    first_published_at: datetime | None
    last_published_at: datetime | None
    body: list[Block]
    standfirst: str
    search_description: str
    author: Author | None
    featured_image_id: int | None = None
    featured_image_caption: str = ""
    misses: int = 0  # images a --media folder could still provide
    looks: list[str] = field(default_factory=list)

    def fingerprint(self, digest: str) -> str:
        """What the mapping row keeps: a post with missing images is looked at again."""
        return f"partial:{self.misses}:{digest}" if self.misses else digest


def digest(item: ItemRecord) -> str:
    """A fingerprint of everything the import reads from `item`."""
    data = [
        CONVERTER_VERSION,
        item.title,
        item.content,
        item.excerpt,
        item.status,
        item.post_name,
        item.post_date_gmt,
        item.post_date,
        item.post_modified_gmt,
        item.password,
        item.sticky,
        item.creator,
        sorted((t.taxonomy, t.slug, t.name) for t in item.terms),
        sorted(item.meta.items()),
    ]
    return hashlib.sha256(json.dumps(data, default=str).encode()).hexdigest()


def no_better(previous: str, item_digest: str, prepared: Prepared) -> bool:
    """True when a post kept for its missing images still misses as many."""
    kind, _, rest = previous.partition(":")
    misses, _, previous_digest = rest.partition(":")
    return (
        kind == "partial"
        and previous_digest == item_digest
        and misses.isdigit()
        and prepared.misses >= int(misses)
    )


def visibility(item: ItemRecord) -> tuple[bool, str]:
    """Whether the post may go live, and if not, why (for the report)."""
    if item.status == "publish" and item.password:
        return False, "password-protected on WordPress: imported as a draft"
    if item.status == "publish":
        return True, ""
    if item.status == "future" and wp_datetime(item.post_date_gmt, item.post_date) is None:
        return False, "scheduled on WordPress for an unreadable date: imported as a draft"
    if item.status == "future":
        return False, NOT_PUBLIC["future"].format(date=item.post_date)
    return False, NOT_PUBLIC.get(item.status, "")


class Preparer:
    """Works out what each item becomes; reads images (importing found files) and authors."""

    def __init__(self, context: ImportContext, *, media: MediaLibrary, authors: Authors) -> None:
        self.context = context
        self.media = media
        self.authors = authors

    def prepare(self, item: ItemRecord, kind: str, title: str) -> Prepared:
        looks: list[str] = []
        live, reason = visibility(item)
        if reason:
            looks.append(reason)
        published = wp_datetime(item.post_date_gmt, item.post_date)
        modified = wp_datetime(item.post_modified_gmt, item.post_modified) or published
        keeps_date = live or item.status == "private" or bool(item.password)
        misses = self.media.missing
        converted = wordpress_body(
            item.content,
            images=self.media,
            post_attachments=self.context.index.post_attachments.get(item.wp_id, ()),
            site_hosts=self.context.index.hosts,
            footnotes=item.meta.get("footnotes", ""),
        )
        looks += converted.summary()
        prepared = Prepared(
            item=item,
            kind=kind,
            title=title,
            live=live,
            go_live_at=published if item.status == "future" and not item.password else None,
            first_published_at=published if keeps_date else None,
            last_published_at=max(modified, published) if keeps_date and published else None,
            body=converted.blocks,
            standfirst=plain_text(item.excerpt, max_length=STANDFIRST_MAX),
            search_description=next(
                (plain_text(item.meta[k]) for k in DESCRIPTION_META if item.meta.get(k)), ""
            ),
            author=self.authors.get(item.creator),
            looks=looks,
        )
        self.featured_image(prepared)
        prepared.misses = self.media.missing - misses
        return prepared

    def featured_image(self, prepared: Prepared) -> None:
        thumbnail = prepared.item.meta.get("_thumbnail_id", "").strip()
        if not thumbnail.isdigit():
            return
        attachment = self.context.index.attachments.get(int(thumbnail))
        found = self.media.find(
            attachment_id=int(thumbnail), url=attachment.url if attachment else "", alt=""
        )
        if found is None:
            prepared.looks.append(f"featured image (attachment {thumbnail}) not imported")
            return
        prepared.featured_image_id = found.id
        prepared.featured_image_caption = plain_text(found.caption, max_length=250)
